import { actorCategory, isActorCategory } from '../../vocabulary/actorCategories.ts'
import type { Label, Locale } from '../../vocabulary/label.ts'
import type { CheckRule, Finding } from './finding.ts'

/**
 * The sentence of each finding message, in German and English: the one wording of the checks
 * panel, the announcement of a new conflict, the report and the tables.
 */
export const FINDING_SENTENCES: Readonly<Record<string, Label>> = {
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
  // The card's and the properties' own words: "noch keine Kategorie" (NO_CATEGORY).
  'checks.actorWithoutCategory': {
    de: '„{actor}“ hat noch keine Kategorie.',
    en: '“{actor}” has no category yet.',
  },
  'checks.missingActorCategory': {
    de: 'Noch niemand aus der Kategorie „{category}“ auf dem Board.',
    en: 'Nobody from the category “{category}” on the board yet.',
  },
}

/** Vacant roles folded into one line of the checks panel (`foldVacancies`). */
const VACANCIES: Label = { de: '{count} Rollen unbesetzt', en: '{count} roles vacant' }

/** The folded vacancies' line in `locale`: "20 Rollen unbesetzt". */
export function vacanciesWords(count: number, locale: Locale): string {
  return VACANCIES[locale].replace('{count}', String(count))
}

/** What an empty name reads as, as in the checks panel. */
export const UNNAMED: Label = { de: '(ohne Namen)', en: '(unnamed)' }

/** Each check's name, for the column or line that says which check found something. */
export const CHECK_RULE_NAMES: Readonly<Record<CheckRule, Label>> = {
  vacantRole: { de: 'Unbesetzte Rolle', en: 'Vacant role' },
  accountableMissing: { de: 'Kein A', en: 'No Accountable' },
  accountableMultiple: { de: 'Mehrere A', en: 'Several Accountables' },
  conflictOfInterest: { de: 'Interessenkonflikt', en: 'Conflict of interest' },
  personOverloaded: { de: 'Überlastung', en: 'Overload' },
  actorsWithoutRelation: { de: 'Akteur:in ohne Beziehung', en: 'Actor without relation' },
  missingActorCategories: { de: 'Fehlende Kategorie', en: 'Missing category' },
}
const UNKNOWN: Label = {
  de: 'Prüfung „{rule}“ meldet etwas.',
  en: 'Check “{rule}” reports something.',
}

/** A finding in words: the sentence, and why (a conflict rule's reason; '' when there is none). */
export interface FindingWords {
  message: string
  reason: string
}

/**
 * A finding in `locale`. Empty names read as "unnamed", a category id becomes its name, and a
 * conflict's reason comes in the language it was written in (built-in rules have both, a
 * facilitator's rule has their own words).
 */
export function findingWords(finding: Finding, locale: Locale): FindingWords {
  const params: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(finding.params)) {
    params[name] = value === '' ? UNNAMED[locale] : value
  }
  const category = finding.params.category
  if (typeof category === 'string' && isActorCategory(category)) {
    params.category = actorCategory(category)?.label[locale] ?? category
  }
  const sentence = FINDING_SENTENCES[finding.message]
  const template = sentence ? sentence[locale] : UNKNOWN[locale]
  const message = template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name === 'rule' && !sentence
      ? finding.rule
      : Object.hasOwn(params, name)
        ? String(params[name])
        : whole,
  )
  const reason = finding.params[locale === 'de' ? 'reasonDe' : 'reasonEn']
  return { message, reason: typeof reason === 'string' ? reason : '' }
}
