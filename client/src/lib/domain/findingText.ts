import { actorCategory, isActorCategory } from '../../../../shared/domain/actorCategories.ts'
import type { Finding } from '../../../../shared/domain/checks/index.ts'
import type { Locale } from '../../../../shared/domain/label.ts'
import type { MessageKey } from '../i18n/de.ts'
import type { MessageParams } from '../i18n/format.ts'

/** The message keys check findings name (`Finding.message`), each in de.ts and en.ts. */
export const FINDING_MESSAGES = [
  'checks.vacantRole',
  'checks.accountableMissing',
  'checks.accountableMultiple',
  'checks.conflictOfInterest',
  'checks.tooManyRoles',
  'checks.overCapacity',
  'checks.actorWithoutRelation',
  'checks.missingActorCategory',
] as const satisfies readonly MessageKey[]

type FindingMessage = (typeof FINDING_MESSAGES)[number]

function isFindingMessage(key: string): key is FindingMessage {
  return (FINDING_MESSAGES as readonly string[]).includes(key)
}

/** What the checks panel shows for a finding: the sentence, and why (a rule's reason). */
export interface FindingText {
  message: string
  detail: string
}

/**
 * A finding in words. Names left empty on a card read as "unnamed"; a category id becomes its
 * name in the language; a conflict's reason comes in the language it was written in (built-in
 * rules have both, a facilitator's rule has their own words).
 */
export function findingText(
  finding: Finding,
  locale: Locale,
  t: (key: MessageKey, params?: MessageParams) => string,
): FindingText {
  const params: MessageParams = {}
  for (const [name, value] of Object.entries(finding.params)) {
    params[name] = value === '' ? t('checks.unnamed') : value
  }
  const category = finding.params.category
  if (typeof category === 'string' && isActorCategory(category)) {
    params.category = actorCategory(category)?.label[locale] ?? category
  }
  const reason = finding.params[locale === 'de' ? 'reasonDe' : 'reasonEn']
  const detail = typeof reason === 'string' ? reason : ''
  const message = isFindingMessage(finding.message)
    ? t(finding.message, params)
    : t('checks.unknown', { rule: finding.rule })
  return { message, detail }
}
