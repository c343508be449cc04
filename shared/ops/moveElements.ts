import type * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { elementsMap, elementIn } from '../schema/doc.ts'
import { translateFreeEnds } from './connectorBox.ts'
import { placeActors } from './placeActors.ts'

export interface MoveElementsInput {
  /** New top-left corner per element id; ids that no longer exist are skipped. */
  positions: ReadonlyArray<{ id: string; x: number; y: number }>
}

/**
 * Moves elements to absolute positions in one transaction (one undo step with the gesture).
 * Actors moved on an ecosystem map take the ring and field of action where they now are.
 */
export function moveElements(
  doc: Y.Doc,
  input: MoveElementsInput,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const elements = elementsMap(doc)
  const actors: string[] = []
  doc.transact(() => {
    for (const { id, x, y } of input.positions) {
      const el = elementIn(elements, id)
      if (!el || !Number.isFinite(x) || !Number.isFinite(y)) continue
      const type = el.get('type')
      if (type === 'connector') translateFreeEnds(el, x, y)
      else if (type === 'actor') actors.push(id)
      if (el.get('x') !== x) el.set('x', x)
      if (el.get('y') !== y) el.set('y', y)
    }
    if (actors.length > 0) placeActors(doc, { ids: actors }, origin)
  }, origin)
}
