import { holdsRole } from '../../schema/assignment.ts'
import type { DomainModel } from '../model.ts'
import type { Finding } from './finding.ts'

/** A role that nobody holds: no person or org unit is Responsible or Accountable for it. */
export function vacantRole(model: DomainModel): Finding[] {
  const held = new Set(model.assignments.filter((a) => holdsRole(a.raci)).map((a) => a.roleId))
  return model.roles
    .filter((role) => !held.has(role.id))
    .map((role) => ({
      id: `vacantRole:${role.id}`,
      rule: 'vacantRole',
      severity: 'warning',
      message: 'checks.vacantRole',
      params: { role: role.title },
      elementIds: [role.id],
    }))
}
