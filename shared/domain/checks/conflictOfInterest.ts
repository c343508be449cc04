import { holdsRole } from '../../schema/assignment.ts'
import type { Role } from '../../schema/role.ts'
import { DEFAULT_CONFLICT_RULES, type ConflictRule } from '../../vocabulary/conflictRules.ts'
import type { Label } from '../../vocabulary/label.ts'
import type { DomainModel } from '../model.ts'
import type { Finding } from './finding.ts'

function matches(role: Role, refs: readonly string[]): boolean {
  return refs.includes(role.id) || (role.catalogueId !== null && refs.includes(role.catalogueId))
}

function reasonParams(reason: Label | string): Record<string, string> {
  return typeof reason === 'string'
    ? { reasonDe: reason, reasonEn: reason }
    : { reasonDe: reason.de, reasonEn: reason.en }
}

/**
 * A person or org unit that holds (R or A) two roles that must not be combined: the built-in
 * rules (data protection officer and information security officer independence) and the
 * facilitators' own. One finding per holder, rule and pair of roles; it points at the holder
 * and both role cards.
 */
export function conflictOfInterest(
  model: DomainModel,
  rules: readonly ConflictRule[] = [...DEFAULT_CONFLICT_RULES, ...model.settings.conflictRules],
): Finding[] {
  const findings: Finding[] = []
  const roles = new Map(model.roles.map((r) => [r.id, r]))
  for (const person of model.people) {
    const held = model.assignments
      .filter((a) => a.personId === person.id && holdsRole(a.raci))
      .map((a) => roles.get(a.roleId))
      .filter((r): r is Role => r !== undefined)
    if (held.length < 2) continue
    for (const rule of rules) {
      for (const first of held.filter((r) => matches(r, rule.roles))) {
        for (const second of held.filter(
          (r) => r.id !== first.id && matches(r, rule.conflictsWith),
        )) {
          findings.push({
            id: `conflictOfInterest:${rule.id}:${person.id}:${first.id}:${second.id}`,
            rule: 'conflictOfInterest',
            severity: 'warning',
            message: 'checks.conflictOfInterest',
            params: {
              person: person.name,
              role: first.title,
              otherRole: second.title,
              ruleId: rule.id,
              ...reasonParams(rule.reason),
            },
            elementIds: [person.id, first.id, second.id],
          })
        }
      }
    }
  }
  return findings
}
