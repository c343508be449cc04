import { isVacant } from '../assignmentFacts.ts'
import { indexDomain } from '../domainIndex.ts'
import type { DomainModel } from '../model.ts'
import type { Finding } from './finding.ts'

/** A role that nobody holds: no person or org unit is Responsible or Accountable for it. */
export function vacantRole(model: DomainModel): Finding[] {
  const index = indexDomain(model)
  return model.roles
    .filter((role) => isVacant(index.cellsOfRole(role.id)))
    .map((role) => ({
      id: `vacantRole:${role.id}`,
      rule: 'vacantRole',
      severity: 'warning',
      message: 'checks.vacantRole',
      params: { role: role.title },
      elementIds: [role.id],
    }))
}
