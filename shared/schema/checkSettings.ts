import type * as Y from 'yjs'
import { readConflictRule, type ConflictRule } from '../vocabulary/conflictRules.ts'
import { metaMap } from './doc.ts'

/** How many roles one person may hold before the checks warn, unless the board says otherwise. */
export const DEFAULT_MAX_ROLES_PER_PERSON = 3
export const MAX_ROLES_PER_PERSON_LIMIT = 50

/** What facilitators have set for the checks on this board. */
export interface CheckSettings {
  maxRolesPerPerson: number
  /** The facilitators' own conflict-of-interest rules (the built-in ones always apply). */
  conflictRules: ConflictRule[]
}

/**
 * The facilitators' rules: the root map `conflictRules`, rule id → rule as plain JSON. A root
 * map rather than a map inside `meta`, because two facilitators who add the first rule at the
 * same moment would each create that inner map, and one of them would lose their rule.
 */
export function conflictRulesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('conflictRules')
}

export function readCheckSettings(doc: Y.Doc): CheckSettings {
  const limit = metaMap(doc).get('maxRolesPerPerson')
  const conflictRules: ConflictRule[] = []
  for (const [id, value] of conflictRulesMap(doc).entries()) {
    const rule = readConflictRule(id, value)
    if (rule) conflictRules.push(rule)
  }
  conflictRules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return {
    maxRolesPerPerson:
      typeof limit === 'number' && Number.isInteger(limit) && limit >= 1
        ? Math.min(limit, MAX_ROLES_PER_PERSON_LIMIT)
        : DEFAULT_MAX_ROLES_PER_PERSON,
    conflictRules,
  }
}
