import type * as Y from 'yjs'
import type { ActorCategory } from '../vocabulary/actorCategories.ts'
import type { FieldOfActionId } from '../vocabulary/fieldsOfAction.ts'
import type { RingId } from '../vocabulary/rings.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { ACTOR_NAME_MAX, ACTOR_NOTE_MAX, CUSTOM_CATEGORY_MAX } from '../schema/actor.ts'
import { getElement } from '../schema/doc.ts'
import { placeActors } from './placeActors.ts'
import { setTextKey } from './setTextKey.ts'

export interface UpdateActorInput {
  id: string
  name?: string
  category?: ActorCategory
  customCategory?: string
  /** Set by hand (null clears): the card then keeps them wherever it is moved. */
  ring?: RingId | null
  field?: FieldOfActionId | null
  /** 'map' hands ring and field back to the card's place on the ecosystem map. */
  placement?: 'map'
  note?: string
}

function setOrClear(map: Y.Map<unknown>, key: string, value: string | null): void {
  if (value === null) {
    if (map.has(key)) map.delete(key)
  } else if (map.get(key) !== value) map.set(key, value)
}

/** Changes an actor card's fields; only the keys given are written. Not an actor: no-op. */
export function updateActor(
  doc: Y.Doc,
  input: UpdateActorInput,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const map = getElement(doc, input.id)
  if (map?.get('type') !== 'actor') return
  doc.transact(() => {
    if (input.name !== undefined) setTextKey(map, 'text', input.name, ACTOR_NAME_MAX)
    if (input.note !== undefined) setTextKey(map, 'note', input.note, ACTOR_NOTE_MAX)
    if (input.category !== undefined && map.get('category') !== input.category) {
      map.set('category', input.category)
    }
    if (input.customCategory !== undefined) {
      setOrClear(map, 'customCategory', input.customCategory.slice(0, CUSTOM_CATEGORY_MAX) || null)
    }
    if (input.ring !== undefined || input.field !== undefined) {
      if (input.ring !== undefined) setOrClear(map, 'ring', input.ring)
      if (input.field !== undefined) setOrClear(map, 'field', input.field)
      if (map.get('placement') !== 'manual') map.set('placement', 'manual')
    } else if (input.placement === 'map') {
      if (map.get('placement') !== 'map') map.set('placement', 'map')
      placeActors(doc, { ids: [input.id] }, origin)
    }
  }, origin)
}
