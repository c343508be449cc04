import {
  actorCategory,
  ACTOR_CATEGORIES,
  NO_CATEGORY,
} from '../../../../shared/vocabulary/actorCategories.ts'
import {
  FIELDS_OF_ACTION,
  type FieldOfActionId,
} from '../../../../shared/vocabulary/fieldsOfAction.ts'
import type { Label } from '../../../../shared/vocabulary/label.ts'
import { relationLabel, type RelationKind } from '../../../../shared/vocabulary/relationKinds.ts'
import { ECOSYSTEM_RINGS, type RingId } from '../../../../shared/vocabulary/rings.ts'
import { ROLE_GROUPS, type RoleGroupId } from '../../../../shared/vocabulary/rolesCatalogue.ts'
import type { Actor, Person } from '../../../../shared/schema/index.ts'
import { i18n, t } from './i18n.svelte.ts'

/**
 * The catalogue's words in the reader's language. The document stores catalogue ids; every
 * client names them in its own language (docs/schema.md, Domain).
 */
function say(label: Label): string {
  return label[i18n.locale]
}

/** The actor's category: the catalogue's name, or the custom category's own ("eigene"). */
export function categoryName(actor: Pick<Actor, 'category' | 'customCategory'>): string {
  if (actor.category === null) return say(NO_CATEGORY)
  if (actor.category === 'custom') return actor.customCategory || t('card.customCategory')
  const entry = actorCategory(actor.category)
  return entry ? say(entry.label) : actor.category
}

export function ringName(ring: RingId): string {
  const entry = ECOSYSTEM_RINGS.find((r) => r.id === ring)
  return entry ? say(entry.label) : ring
}

export function fieldName(field: FieldOfActionId): string {
  const entry = FIELDS_OF_ACTION.find((f) => f.id === field)
  return entry ? say(entry.label) : field
}

/** "Verwaltung · Daten": where the actor sits on the map; '' when not known. */
export function placeName(actor: Pick<Actor, 'ring' | 'field'>): string {
  const parts: string[] = []
  if (actor.ring) parts.push(ringName(actor.ring))
  if (actor.field) parts.push(fieldName(actor.field))
  return parts.join(' · ')
}

export function groupName(group: RoleGroupId | null): string {
  const entry = group === null ? undefined : ROLE_GROUPS.find((g) => g.id === group)
  return entry ? say(entry.label) : ''
}

export function relationName(kind: RelationKind): string {
  return say(relationLabel(kind))
}

export function personKindName(person: Pick<Person, 'personKind'>): string {
  return t(person.personKind === 'orgUnit' ? 'card.orgUnit' : 'card.person')
}

/** The catalogue's categories as choices (id and name), in catalogue order. */
export function categoryChoices(): { id: string; name: string }[] {
  return ACTOR_CATEGORIES.map((c) => ({ id: c.id, name: say(c.label) }))
}
