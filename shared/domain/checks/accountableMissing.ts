import { isVacant } from '../assignmentFacts.ts'
import { indexDomain } from '../domainIndex.ts'
import type { DomainModel } from '../model.ts'
import type { Finding } from './finding.ts'

/**
 * A role that is held (someone is Responsible) but has no Accountable. A vacant role is
 * reported by `vacantRole` alone, so one gap is not reported twice.
 */
export function accountableMissing(model: DomainModel): Finding[] {
  const findings: Finding[] = []
  const index = indexDomain(model)
  for (const role of model.roles) {
    const cells = index.cellsOfRole(role.id)
    if (isVacant(cells)) continue
    if (cells.some((a) => a.raci === 'A')) continue
    findings.push({
      id: `accountableMissing:${role.id}`,
      rule: 'accountableMissing',
      severity: 'warning',
      message: 'checks.accountableMissing',
      params: { role: role.title },
      elementIds: [role.id, ...cells.map((a) => a.personId)],
    })
  }
  return findings
}
