import type * as Y from 'yjs'
import type { ActorCategory } from '../vocabulary/actorCategories.ts'
import type { FieldOfActionId } from '../vocabulary/fieldsOfAction.ts'
import type { RingId } from '../vocabulary/rings.ts'
import { randomId } from '../ids.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import {
  ACTOR_CARD_SIZE,
  ACTOR_NAME_MAX,
  ACTOR_NOTE_MAX,
  CUSTOM_CATEGORY_MAX,
} from '../schema/actor.ts'
import { getElement } from '../schema/doc.ts'
import { putNewElement } from './elementRect.ts'
import { placeActors } from './placeActors.ts'
import { setTextKey } from './setTextKey.ts'
import { zAboveAll } from './zOrder.ts'

export interface CreateActorInput {
  /** Centre of the new card in board units. */
  x: number
  y: number
  name: string
  /** Left out: the card has no category until someone picks one. */
  category?: ActorCategory
  customCategory?: string
  note?: string
  /** Ring and field set by hand; without them they follow the card's place on the map. */
  ring?: RingId
  field?: FieldOfActionId
  id?: string
}

/**
 * Creates an actor card centred on (x, y), on top of everything. On an ecosystem map it takes
 * the ring and field of action where it lands, unless they are given. Returns its id.
 */
export function createActor(
  doc: Y.Doc,
  input: CreateActorInput,
  origin: unknown = LOCAL_ORIGIN,
): string {
  const id = input.id ?? randomId()
  const { w, h } = ACTOR_CARD_SIZE
  const manual = input.ring !== undefined || input.field !== undefined
  doc.transact(() => {
    const keys: Record<string, unknown> = { placement: manual ? 'manual' : 'map' }
    if (input.category !== undefined) keys.category = input.category
    if (input.category === 'custom' && input.customCategory) {
      keys.customCategory = input.customCategory.slice(0, CUSTOM_CATEGORY_MAX)
    }
    if (input.ring) keys.ring = input.ring
    if (input.field) keys.field = input.field
    const rect = { x: input.x - w / 2, y: input.y - h / 2, w, h }
    const element = { type: 'actor', rect, z: zAboveAll(doc), text: input.name }
    putNewElement(doc, id, { ...element, maxText: ACTOR_NAME_MAX }, keys)
    const map = getElement(doc, id)
    if (map) setTextKey(map, 'note', input.note ?? '', ACTOR_NOTE_MAX)
    if (!manual) placeActors(doc, { ids: [id] }, origin)
  }, origin)
  return id
}
