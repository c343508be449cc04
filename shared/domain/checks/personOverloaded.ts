import { holdsRole } from '../../schema/assignment.ts'
import type { DomainModel } from '../model.ts'
import type { Finding } from './finding.ts'

/**
 * A person (not an org unit) who holds more roles than the board's limit, or whose roles take
 * more than 100 % of their available time. Both can be true at once: two findings then.
 */
export function personOverloaded(model: DomainModel): Finding[] {
  const findings: Finding[] = []
  const limit = model.settings.maxRolesPerPerson
  for (const person of model.people) {
    if (person.personKind !== 'person') continue
    const cells = model.assignments.filter((a) => a.personId === person.id)
    const held = cells.filter((a) => holdsRole(a.raci))
    if (held.length > limit) {
      findings.push({
        id: `personOverloaded:roles:${person.id}`,
        rule: 'personOverloaded',
        severity: 'warning',
        message: 'checks.tooManyRoles',
        params: { person: person.name, count: held.length, limit },
        elementIds: [person.id, ...held.map((a) => a.roleId)],
      })
    }
    const share = cells.reduce((sum, a) => sum + a.share, 0)
    if (share > 100) {
      findings.push({
        id: `personOverloaded:time:${person.id}`,
        rule: 'personOverloaded',
        severity: 'warning',
        message: 'checks.overCapacity',
        params: { person: person.name, share },
        elementIds: [person.id, ...cells.filter((a) => a.share > 0).map((a) => a.roleId)],
      })
    }
  }
  return findings
}
