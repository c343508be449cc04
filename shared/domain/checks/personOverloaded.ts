import { holdsRole } from '../../schema/assignment.ts'
import { personLoad, personOverload } from '../assignmentFacts.ts'
import { indexDomain } from '../domainIndex.ts'
import type { DomainModel } from '../model.ts'
import type { Finding } from './finding.ts'

/**
 * A person (not an org unit) who holds more roles than the board's limit, or whose roles take
 * more than 100 % of their available time. Both can be true at once: two findings then.
 */
export function personOverloaded(model: DomainModel): Finding[] {
  const findings: Finding[] = []
  const limit = model.settings.maxRolesPerPerson
  const index = indexDomain(model)
  for (const person of model.people) {
    const cells = index.cellsOfPerson(person.id)
    const load = personLoad(cells)
    const overload = personOverload(person, load, limit)
    if (overload.tooManyRoles) {
      findings.push({
        id: `personOverloaded:roles:${person.id}`,
        rule: 'personOverloaded',
        severity: 'warning',
        message: 'checks.tooManyRoles',
        params: { person: person.name, count: load.held, limit },
        elementIds: [person.id, ...cells.filter((a) => holdsRole(a.raci)).map((a) => a.roleId)],
      })
    }
    if (overload.overCapacity) {
      findings.push({
        id: `personOverloaded:time:${person.id}`,
        rule: 'personOverloaded',
        severity: 'warning',
        message: 'checks.overCapacity',
        params: { person: person.name, share: load.share },
        elementIds: [person.id, ...cells.filter((a) => a.share > 0).map((a) => a.roleId)],
      })
    }
  }
  return findings
}
