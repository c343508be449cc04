import type { Label } from './label.ts'

/**
 * A conflict of interest: one person or org unit must not hold a role of `roles` together with
 * one of `conflictsWith`. A reference names a catalogue role (its id, e.g. `cio`) or one role card
 * (its element id), so facilitators can add rules for roles of their own.
 */
export interface ConflictRule {
  id: string
  roles: readonly string[]
  conflictsWith: readonly string[]
  /** Why: the built-in rules cite their source; a facilitator's rule carries their own words. */
  reason: Label | string
}

/** The rules every board checks (DOMAIN.md); facilitators add more (root map `conflictRules`). */
export const DEFAULT_CONFLICT_RULES = [
  {
    id: 'dataProtectionIndependence',
    roles: ['dataProtectionOfficer'],
    conflictsWith: ['administrationHead', 'cio', 'hrHead'],
    reason: {
      de: 'Die:der Datenschutzbeauftragte darf keine Position haben, die über Zwecke und Mittel der Verarbeitung entscheidet (Art. 38 Abs. 6 DSGVO).',
      en: 'The data protection officer must not hold a position that decides on the purposes and means of processing (Art. 38(6) GDPR).',
    },
  },
  {
    id: 'securityIndependence',
    roles: ['informationSecurityOfficer'],
    conflictsWith: ['cio', 'itOperations'],
    reason: {
      de: 'Die:der Informationssicherheitsbeauftragte soll unabhängig von IT-Leitung und IT-Betrieb sein (BSI IT-Grundschutz).',
      en: 'The information security officer should be independent of IT leadership and IT operations (BSI IT-Grundschutz).',
    },
  },
] as const satisfies readonly ConflictRule[]

/** Longest list of role references in one rule, and longest reason a facilitator may write. */
export const CONFLICT_RULE_REFS_MAX = 50
export const CONFLICT_RULE_REASON_MAX = 500

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function readRefs(v: unknown): string[] | null {
  if (!Array.isArray(v)) return null
  const refs = v.filter((r): r is string => typeof r === 'string' && r !== '')
  return refs.length > 0 ? refs.slice(0, CONFLICT_RULE_REFS_MAX) : null
}

/** Reads a facilitator's rule as stored (plain JSON); null when it cannot be a rule. */
export function readConflictRule(id: string, v: unknown): ConflictRule | null {
  if (!isRecord(v)) return null
  const roles = readRefs(v.roles)
  const conflictsWith = readRefs(v.conflictsWith)
  if (!roles || !conflictsWith) return null
  const reason = typeof v.reason === 'string' ? v.reason.slice(0, CONFLICT_RULE_REASON_MAX) : ''
  return { id, roles, conflictsWith, reason }
}
