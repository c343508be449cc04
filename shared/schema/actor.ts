import type * as Y from 'yjs'
import { isActorCategory, type ActorCategory } from '../vocabulary/actorCategories.ts'
import { isFieldOfActionId, type FieldOfActionId } from '../vocabulary/fieldsOfAction.ts'
import { isRingId, type RingId } from '../vocabulary/rings.ts'
import { readBase, readText, type ElementBase, type UnknownElement } from './element.ts'
import { oneOfOr } from './palette.ts'

/**
 * An actor on the ecosystem map: an organisation or group with a category, the ring and field
 * of action it belongs to, and a note. Ring and field follow where the card is placed on an
 * ecosystem map (`placement: 'map'`) until someone sets them by hand (`'manual'`).
 */
export interface Actor extends ElementBase {
  kind: 'actor'
  type: 'actor'
  /** The name (a Y.Text under `text`). */
  name: string
  /**
   * The category, or null while nobody has picked one: a new card has none ("noch keine
   * Kategorie"), so the check for missing categories does not count it as anything.
   */
  category: ActorCategory | null
  /** The category's name when `category` is `custom`, '' otherwise or when none was given. */
  customCategory: string
  ring: RingId | null
  field: FieldOfActionId | null
  placement: ActorPlacement
  /** A free note (a Y.Text under `note`). */
  note: string
}

export const ACTOR_PLACEMENTS = ['map', 'manual'] as const
export type ActorPlacement = (typeof ACTOR_PLACEMENTS)[number]

/** Size of a new actor card (board units). */
export const ACTOR_CARD_SIZE = { w: 220, h: 110 } as const
export const ACTOR_NAME_MAX = 200
export const ACTOR_NOTE_MAX = 2_000
export const CUSTOM_CATEGORY_MAX = 100

export function readActor(id: string, map: Y.Map<unknown>): Actor | UnknownElement {
  const { base, problem } = readBase(id, map)
  if (problem) return { ...base, kind: 'unknown', reason: problem }
  const category = map.get('category')
  const custom = map.get('customCategory')
  const ring = map.get('ring')
  const field = map.get('field')
  return {
    ...base,
    kind: 'actor',
    type: 'actor',
    name: readText(map, 'text', ACTOR_NAME_MAX),
    // No key: none picked yet. A value this version does not know (from a newer one) reads as
    // an own category, as before.
    category: category === undefined ? null : isActorCategory(category) ? category : 'custom',
    customCategory: typeof custom === 'string' ? custom.slice(0, CUSTOM_CATEGORY_MAX) : '',
    ring: isRingId(ring) ? ring : null,
    field: isFieldOfActionId(field) ? field : null,
    placement: oneOfOr(ACTOR_PLACEMENTS, map.get('placement'), 'map'),
    note: readText(map, 'note', ACTOR_NOTE_MAX),
  }
}
