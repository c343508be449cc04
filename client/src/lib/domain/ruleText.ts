import {
  DEFAULT_CONFLICT_RULES,
  type ConflictRule,
} from '../../../../shared/vocabulary/conflictRules.ts'
import type { Locale } from '../../../../shared/vocabulary/label.ts'
import type { DomainModel } from '../../../../shared/domain/model.ts'
import { catalogueRole, ROLES_CATALOGUE } from '../../../../shared/vocabulary/rolesCatalogue.ts'

/** A role a conflict rule can name: a catalogue entry, or an own role card on this board. */
export interface RoleChoice {
  ref: string
  name: string
  fromCatalogue: boolean
}

/** The roles a facilitator can pick for a rule: the catalogue, then own roles on the board. */
export function roleChoices(model: DomainModel, locale: Locale): RoleChoice[] {
  const catalogue = ROLES_CATALOGUE.map((r) => ({
    ref: r.id as string,
    name: r.title[locale],
    fromCatalogue: true,
  }))
  const own = model.roles
    .filter((r) => r.catalogueId === null)
    .map((r) => ({ ref: r.id, name: r.title, fromCatalogue: false }))
  return [...catalogue, ...own]
}

/** The name of a rule's role reference: a catalogue title, a card's title, or the reference. */
export function roleRefName(ref: string, model: DomainModel, locale: Locale): string {
  const entry = catalogueRole(ref)
  if (entry) return entry.title[locale]
  return model.roles.find((r) => r.id === ref)?.title || ref
}

/** The built-in rules, then the facilitators' own (built-in ones cannot be removed). */
export function conflictRules(model: DomainModel): { rule: ConflictRule; builtIn: boolean }[] {
  return [
    ...DEFAULT_CONFLICT_RULES.map((rule) => ({ rule, builtIn: true })),
    ...model.settings.conflictRules.map((rule) => ({ rule, builtIn: false })),
  ]
}

/** A rule's reason in the language: built-in rules carry both, own rules their own words. */
export function ruleReason(rule: ConflictRule, locale: Locale): string {
  return typeof rule.reason === 'string' ? rule.reason : rule.reason[locale]
}
