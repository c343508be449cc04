import type { DomainModel } from '../model.ts'
import type { Finding } from './finding.ts'

/** A role with more than one Accountable: every role should have exactly one. */
export function accountableMultiple(model: DomainModel): Finding[] {
  const findings: Finding[] = []
  const names = new Map(model.people.map((p) => [p.id, p.name]))
  for (const role of model.roles) {
    const accountable = model.assignments.filter((a) => a.roleId === role.id && a.raci === 'A')
    if (accountable.length < 2) continue
    findings.push({
      id: `accountableMultiple:${role.id}`,
      rule: 'accountableMultiple',
      severity: 'warning',
      message: 'checks.accountableMultiple',
      params: {
        role: role.title,
        count: accountable.length,
        people: accountable.map((a) => names.get(a.personId) ?? '').join(', '),
      },
      elementIds: [role.id, ...accountable.map((a) => a.personId)],
    })
  }
  return findings
}
