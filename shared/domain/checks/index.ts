import type { DomainModel } from '../model.ts'
import { accountableMissing } from './accountableMissing.ts'
import { accountableMultiple } from './accountableMultiple.ts'
import { actorsWithoutRelation } from './actorsWithoutRelation.ts'
import { conflictOfInterest } from './conflictOfInterest.ts'
import type { CheckRule, Finding } from './finding.ts'
import { byUrgency } from './findingOrder.ts'
import { missingActorCategories } from './missingActorCategories.ts'
import { personOverloaded } from './personOverloaded.ts'
import { vacantRole } from './vacantRole.ts'

export * from './finding.ts'
export * from './findingOrder.ts'

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

/**
 * Runs every check: most urgent first (conflicts of interest, then overload and Accountables,
 * then vacant roles: the warnings; then the hints), each urgency in rule order.
 */
export function runChecks(model: DomainModel): Finding[] {
  return byUrgency(Object.values(CHECKS).flatMap((check) => check(model)))
}
