import type * as Y from 'yjs'
import { actorCategory, NO_CATEGORY } from '../vocabulary/actorCategories.ts'
import { personLoad, roleHolders, usedTime } from '../domain/assignmentFacts.ts'
import { indexDomain, type DomainFacts } from '../domain/domainIndex.ts'
import { FIELDS_OF_ACTION } from '../vocabulary/fieldsOfAction.ts'
import type { Locale } from '../vocabulary/label.ts'
import { readDomain } from '../domain/model.ts'
import { relationLabel } from '../vocabulary/relationKinds.ts'
import { ECOSYSTEM_RINGS } from '../vocabulary/rings.ts'
import { ROLE_GROUPS } from '../vocabulary/rolesCatalogue.ts'
import type { CardTexts } from './cardTexts.ts'
import { PICTURE_WORDS } from './wording.ts'

/**
 * The words and facts the domain cards show in `language`, from the domain's facts: who holds
 * a role and a person's load as `assignmentFacts` defines them, asked for card by card (the
 * board page feeds its live indexes, so drawing a card costs a few lookups).
 */
export function cardTextsFrom(facts: DomainFacts, language: Locale): CardTexts {
  const words = PICTURE_WORDS[language]
  return {
    category(actor) {
      if (actor.category === null) return NO_CATEGORY[language]
      if (actor.category === 'custom') return actor.customCategory || words.customCategory
      return actorCategory(actor.category)?.label[language] ?? actor.category
    },
    place(actor) {
      const parts: string[] = []
      const ring = ECOSYSTEM_RINGS.find((r) => r.id === actor.ring)
      if (actor.ring) parts.push(ring ? ring.label[language] : actor.ring)
      const field = FIELDS_OF_ACTION.find((f) => f.id === actor.field)
      if (actor.field) parts.push(field ? field.label[language] : actor.field)
      return parts.join(' · ')
    },
    group(role) {
      const group = ROLE_GROUPS.find((g) => g.id === role.group)
      return group ? group.label[language] : words.role
    },
    holders: (roleId) =>
      roleHolders(facts.cellsOfRole(roleId), facts.person).map((h) =>
        h.name === '' ? { ...h, name: words.unnamed } : h,
      ),
    vacant: words.vacant,
    personKind: (person) => (person.personKind === 'orgUnit' ? words.orgUnit : words.person),
    load: (personId) => personLoad(facts.cellsOfPerson(personId)),
    time: (person, load) => words.time(usedTime(person, load), person.availability),
    unnamed: words.unnamed,
    relation: (kind) => relationLabel(kind)[language],
  }
}

/**
 * The card words and facts read from the document in `language`: the same category, place,
 * group, holders and time the board page shows, so an export carries the screen's words.
 * Assignments whose person or role is gone are left out, as on screen.
 */
export function cardTextsFor(doc: Y.Doc, language: Locale): CardTexts {
  return cardTextsFrom(indexDomain(readDomain(doc)), language)
}
