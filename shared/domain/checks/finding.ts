/** How much a finding matters: a warning asks for a decision, a hint only points something out. */
export const SEVERITIES = ['warning', 'hint'] as const
export type Severity = (typeof SEVERITIES)[number]

/** The checks, one per file in this folder. */
export const CHECK_RULES = [
  'vacantRole',
  'accountableMissing',
  'accountableMultiple',
  'conflictOfInterest',
  'personOverloaded',
  'actorsWithoutRelation',
  'missingActorCategories',
] as const
export type CheckRule = (typeof CHECK_RULES)[number]

/**
 * One result of a check. `message` names its sentence (`FINDING_SENTENCES` in findingText.ts,
 * `checks.*`), `params` fill it in; `elementIds` are the cards it concerns, for the panel to point at them.
 * `id` is stable while the cause lasts, so the panel can keep focus on a finding across updates.
 */
export interface Finding {
  id: string
  rule: CheckRule
  severity: Severity
  message: string
  params: Record<string, string | number>
  elementIds: string[]
}
