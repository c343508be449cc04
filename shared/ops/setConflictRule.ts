import type * as Y from 'yjs'
import { CONFLICT_RULE_REASON_MAX, CONFLICT_RULE_REFS_MAX } from '../vocabulary/conflictRules.ts'
import { randomId } from '../ids.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { conflictRulesMap } from '../schema/checkSettings.ts'
import { metaMap } from '../schema/doc.ts'

export interface SetConflictRuleInput {
  /** Omitted: a new rule. */
  id?: string
  /** Role references: catalogue ids (e.g. `cio`) or role card ids. */
  roles: readonly string[]
  conflictsWith: readonly string[]
  reason?: string
}

/**
 * Adds or replaces a facilitator's conflict-of-interest rule (kept in the root map `conflictRules`).
 * Returns its id, or null when either side names no role.
 */
export function setConflictRule(
  doc: Y.Doc,
  input: SetConflictRuleInput,
  origin: unknown = LOCAL_ORIGIN,
): string | null {
  const clean = (refs: readonly string[]) =>
    [...new Set(refs.filter((r) => r !== ''))].slice(0, CONFLICT_RULE_REFS_MAX)
  const roles = clean(input.roles)
  const conflictsWith = clean(input.conflictsWith)
  if (roles.length === 0 || conflictsWith.length === 0) return null
  const id = input.id ?? randomId()
  doc.transact(() => {
    conflictRulesMap(doc).set(id, {
      roles,
      conflictsWith,
      reason: (input.reason ?? '').slice(0, CONFLICT_RULE_REASON_MAX),
    })
  }, origin)
  return id
}

/** Removes a facilitator's conflict-of-interest rule; the built-in ones cannot be removed. */
export function removeConflictRule(
  doc: Y.Doc,
  input: { id: string },
  origin: unknown = LOCAL_ORIGIN,
): void {
  const rules = conflictRulesMap(doc)
  if (!rules.has(input.id)) return
  doc.transact(() => rules.delete(input.id), origin)
}

/** Sets how many roles one person may hold before the checks warn (1–50). */
export function setMaxRolesPerPerson(
  doc: Y.Doc,
  input: { limit: number },
  origin: unknown = LOCAL_ORIGIN,
): void {
  if (!Number.isFinite(input.limit)) return
  const limit = Math.min(50, Math.max(1, Math.round(input.limit)))
  if (metaMap(doc).get('maxRolesPerPerson') === limit) return
  doc.transact(() => metaMap(doc).set('maxRolesPerPerson', limit), origin)
}
