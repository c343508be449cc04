import type * as Y from 'yjs'
import { actorCategory } from '../domain/actorCategories.ts'
import { FIELDS_OF_ACTION } from '../domain/fieldsOfAction.ts'
import type { Locale } from '../domain/label.ts'
import { readDomain } from '../domain/model.ts'
import { relationLabel } from '../domain/relationKinds.ts'
import { ECOSYSTEM_RINGS } from '../domain/rings.ts'
import { ROLE_GROUPS } from '../domain/rolesCatalogue.ts'
import { holdsRole, type Raci } from '../schema/index.ts'
import type { CardTexts, PersonLoad, RoleHolder } from './cardTexts.ts'
import { PICTURE_WORDS } from './wording.ts'

/** Accountable first, then Responsible, Consulted, Informed: who answers for a role leads. */
const RACI_ORDER: Record<Raci, number> = { A: 0, R: 1, C: 2, I: 3 }

/**
 * The words and facts the domain cards show, read from the document in `language`: the same
 * category, place, group, holders and time the board page shows, so an export carries the
 * screen's words. Assignments whose person or role is gone are left out, as on screen.
 */
export function cardTextsFor(doc: Y.Doc, language: Locale): CardTexts {
  const words = PICTURE_WORDS[language]
  const domain = readDomain(doc)
  const people = new Map(domain.people.map((p) => [p.id, p]))
  const holders = new Map<string, RoleHolder[]>()
  const loads = new Map<string, PersonLoad>()
  for (const a of domain.assignments) {
    const person = people.get(a.personId)
    if (!person) continue
    const list = holders.get(a.roleId) ?? []
    list.push({ personId: a.personId, name: person.name || words.unnamed, raci: a.raci })
    holders.set(a.roleId, list)
    const load = loads.get(a.personId) ?? { roles: 0, used: 0 }
    if (holdsRole(a.raci)) load.roles++
    load.used += a.share
    loads.set(a.personId, load)
  }
  for (const list of holders.values()) list.sort((x, y) => RACI_ORDER[x.raci] - RACI_ORDER[y.raci])
  return {
    category(actor) {
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
    holders: (roleId) => holders.get(roleId) ?? [],
    vacant: words.vacant,
    personKind: (person) => (person.personKind === 'orgUnit' ? words.orgUnit : words.person),
    load: (personId) => loads.get(personId) ?? { roles: 0, used: 0 },
    time(person, load) {
      // Shares are percent of the person's own time, shown as percent of a full-time position.
      const used = Math.round((load.used * person.availability) / 100)
      return words.time(used, person.availability)
    },
    unnamed: words.unnamed,
    relation: (kind) => relationLabel(kind)[language],
  }
}
