import type { ActorCategory, CatalogueActorCategory } from '../../vocabulary/actorCategories.ts'
import type { FieldOfActionId } from '../../vocabulary/fieldsOfAction.ts'
import type { RingId } from '../../vocabulary/rings.ts'
import type { RoleGroupId } from '../../vocabulary/rolesCatalogue.ts'
import { ACTOR_NAME_MAX, ACTOR_NOTE_MAX, CUSTOM_CATEGORY_MAX } from '../../schema/actor.ts'
import {
  DEFAULT_AVAILABILITY,
  ORG_UNIT_MAX,
  PERSON_NAME_MAX,
  type PersonKind,
} from '../../schema/person.ts'
import { ROLE_DESCRIPTION_MAX, ROLE_TITLE_MAX } from '../../schema/role.ts'
import type { ListField, ListKind, ListMapping } from './listFields.ts'
import type { ListTable } from './listTable.ts'
import {
  matchCatalogueRole,
  matchCategory,
  matchField,
  matchPersonKind,
  matchRing,
  matchRoleGroup,
  parsePercent,
} from './matchValues.ts'

/** One card a row becomes, before it has a place. */
export type ListCard =
  | {
      kind: 'actor'
      name: string
      category: ActorCategory
      /** The category's name for a custom one. */
      customCategory: string
      ring: RingId | null
      field: FieldOfActionId | null
      note: string
    }
  | {
      kind: 'person'
      name: string
      personKind: PersonKind
      orgUnit: string
      availability: number
    }
  | {
      kind: 'role'
      name: string
      catalogueId: string | null
      group: RoleGroupId | null
      description: string
    }

/**
 * What an actor whose category the catalogue does not know becomes: an own category named as in
 * the file (`custom`), or one of the catalogue's.
 */
export type UnknownCategoryChoice = 'custom' | CatalogueActorCategory

export interface ListPlanOptions {
  unknownCategory: UnknownCategoryChoice
}

/** A value that matched nothing: the row's line in the file, the field and the value. */
export interface UnmatchedValue {
  line: number
  field: ListField
  value: string
}

/** The cards a list becomes, and what a person should know before they are made. */
export interface ListPlan {
  cards: ListCard[]
  /** Lines without a name, left out. */
  skippedLines: number[]
  /** Values no category, ring, field or number matched (the card is made all the same). */
  unmatched: UnmatchedValue[]
}

/**
 * Turns a list into cards under a mapping: a row without a name is left out, values are matched
 * to the catalogue's categories, rings, fields and groups in either language; what matches
 * nothing is named in `unmatched` and handled as `options` say (an unknown ring or field is left
 * empty, an unknown category becomes `options.unknownCategory`).
 */
export function planCards(
  table: ListTable,
  kind: ListKind,
  mapping: ListMapping,
  options: ListPlanOptions,
): ListPlan {
  const plan: ListPlan = { cards: [], skippedLines: [], unmatched: [] }
  table.rows.forEach((row, index) => {
    const line = table.lines[index] ?? index + 2
    const cell = (field: ListField): string => {
      const column = mapping[field]
      return column === null || column === undefined ? '' : (row[column] ?? '')
    }
    const unmatched = (field: ListField) => plan.unmatched.push({ line, field, value: cell(field) })
    const name = cell('name')
    if (name === '') {
      plan.skippedLines.push(line)
      return
    }
    if (kind === 'actors') {
      const text = cell('category')
      const known = text === '' ? null : matchCategory(text)
      if (text !== '' && known === null) unmatched('category')
      const category: ActorCategory = known ?? (text === '' ? 'custom' : options.unknownCategory)
      const ring = cell('ring') === '' ? null : matchRing(cell('ring'))
      if (cell('ring') !== '' && ring === null) unmatched('ring')
      const field = cell('field') === '' ? null : matchField(cell('field'))
      if (cell('field') !== '' && field === null) unmatched('field')
      plan.cards.push({
        kind: 'actor',
        name: name.slice(0, ACTOR_NAME_MAX),
        category,
        customCategory: category === 'custom' ? text.slice(0, CUSTOM_CATEGORY_MAX) : '',
        ring,
        field,
        note: cell('note').slice(0, ACTOR_NOTE_MAX),
      })
    } else if (kind === 'people') {
      const share = cell('availability')
      const availability = share === '' ? null : parsePercent(share)
      if (share !== '' && availability === null) unmatched('availability')
      const personKind = matchPersonKind(cell('personKind'))
      plan.cards.push({
        kind: 'person',
        name: name.slice(0, PERSON_NAME_MAX),
        personKind,
        orgUnit: personKind === 'person' ? cell('orgUnit').slice(0, ORG_UNIT_MAX) : '',
        availability: availability ?? DEFAULT_AVAILABILITY,
      })
    } else {
      const catalogueId = matchCatalogueRole(name)
      const group = cell('group') === '' ? null : matchRoleGroup(cell('group'))
      if (cell('group') !== '' && group === null) unmatched('group')
      plan.cards.push({
        kind: 'role',
        name: name.slice(0, ROLE_TITLE_MAX),
        catalogueId,
        group,
        description: cell('description').slice(0, ROLE_DESCRIPTION_MAX),
      })
    }
  })
  return plan
}
