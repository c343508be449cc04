import type { DomainModel } from '../model.ts'
import { accountableMissing } from './accountableMissing.ts'
import { accountableMultiple } from './accountableMultiple.ts'
import { actorsWithoutRelation } from './actorsWithoutRelation.ts'
import { conflictOfInterest } from './conflictOfInterest.ts'
import type { CheckRule, Finding } from './finding.ts'
import { missingActorCategories } from './missingActorCategories.ts'
import { personOverloaded } from './personOverloaded.ts'
import { vacantRole } from './vacantRole.ts'

export * from './finding.ts'

/** Every check by rule name; each is a pure function of the domain model. */
export const CHECKS: Record<CheckRule, (model: DomainModel) => Finding[]> = {
  vacantRole,
  accountableMissing,
  accountableMultiple,
  conflictOfInterest: (model) => conflictOfInterest(model),
  personOverloaded,
  actorsWithoutRelation,
  missingActorCategories,
}

/** Runs every check: warnings first, then hints, each in rule order. */
export function runChecks(model: DomainModel): Finding[] {
  const findings = Object.values(CHECKS).flatMap((check) => check(model))
  const rank = (f: Finding) => (f.severity === 'warning' ? 0 : 1)
  return findings.sort((a, b) => rank(a) - rank(b))
}
