import { actorCategory, isActorCategory } from '../../domain/actorCategories.ts'
import type { CheckRule, Finding } from '../../domain/checks/index.ts'
import type { Label, Locale } from '../../domain/label.ts'

/**
 * The findings' sentences for files that leave Werkraum, in the same words as the checks panel
 * (client/src/lib/i18n, `checks.*`): the server writes the tables without the client's catalogue.
 */
const SENTENCES: Record<string, Label> = {
  'checks.vacantRole': {
    de: '„{role}“ ist unbesetzt: Niemand ist mit R oder A eingetragen.',
    en: '“{role}” is vacant: nobody is down as R or A.',
  },
  'checks.accountableMissing': {
    de: '„{role}“ hat kein A: Niemand trägt die Verantwortung.',
    en: '“{role}” has no A: nobody answers for it.',
  },
  'checks.accountableMultiple': {
    de: '„{role}“ hat {count}-mal A ({people}): Genau eine:r sollte die Verantwortung tragen.',
    en: '“{role}” has {count} As ({people}): exactly one should answer for it.',
  },
  'checks.conflictOfInterest': {
    de: 'Interessenkonflikt: {person} hat „{role}“ und „{otherRole}“.',
    en: 'Conflict of interest: {person} holds “{role}” and “{otherRole}”.',
  },
  'checks.tooManyRoles': {
    de: '{person} hat {count} Rollen, mehr als die Grenze von {limit}.',
    en: '{person} holds {count} roles, more than the limit of {limit}.',
  },
  'checks.overCapacity': {
    de: 'Die Rollen von {person} brauchen {share} % der Zeit, mehr als 100 %.',
    en: 'The roles of {person} take {share} % of their time, more than 100 %.',
  },
  'checks.actorWithoutRelation': {
    de: '„{actor}“ hat noch keine Beziehung zu anderen Akteur:innen.',
    en: '“{actor}” has no relation to other actors yet.',
  },
  'checks.missingActorCategory': {
    de: 'Noch niemand aus der Kategorie „{category}“ auf dem Board.',
    en: 'Nobody from the category “{category}” on the board yet.',
  },
}

/** Each check's name, for the column that says which check found something. */
export const CHECK_RULE_NAMES: Record<CheckRule, Label> = {
  vacantRole: { de: 'Unbesetzte Rolle', en: 'Vacant role' },
  accountableMissing: { de: 'Kein A', en: 'No Accountable' },
  accountableMultiple: { de: 'Mehrere A', en: 'Several Accountables' },
  conflictOfInterest: { de: 'Interessenkonflikt', en: 'Conflict of interest' },
  personOverloaded: { de: 'Überlastung', en: 'Overload' },
  actorsWithoutRelation: { de: 'Akteur:in ohne Beziehung', en: 'Actor without relation' },
  missingActorCategories: { de: 'Fehlende Kategorie', en: 'Missing category' },
}

/** What an empty name reads as, as in the checks panel. */
export const UNNAMED: Label = { de: '(ohne Namen)', en: '(unnamed)' }

/** A finding as a sentence and its reason (a conflict rule's why; '' for the other checks). */
export function findingWords(
  finding: Finding,
  locale: Locale,
): { sentence: string; reason: string } {
  const params: Record<string, string> = {}
  for (const [name, value] of Object.entries(finding.params)) {
    params[name] = value === '' ? UNNAMED[locale] : String(value)
  }
  const category = finding.params.category
  if (isActorCategory(category)) {
    params.category = actorCategory(category)?.label[locale] ?? String(category)
  }
  const template = SENTENCES[finding.message]?.[locale]
  const sentence =
    template === undefined
      ? CHECK_RULE_NAMES[finding.rule][locale]
      : template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole)
  const reason = finding.params[locale === 'de' ? 'reasonDe' : 'reasonEn']
  return { sentence, reason: typeof reason === 'string' ? reason : '' }
}
