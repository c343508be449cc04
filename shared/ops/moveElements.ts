import type * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { elementsMap } from '../schema/doc.ts'
import { translateFreeEnds } from './connectorBox.ts'

export interface MoveElementsInput {
  /** New top-left corner per element id; ids that no longer exist are skipped. */
  positions: ReadonlyArray<{ id: string; x: number; y: number }>
}

/** Moves elements to absolute positions in one transaction (one undo step with the gesture). */
export function moveElements(
  doc: Y.Doc,
  input: MoveElementsInput,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const elements = elementsMap(doc)
  doc.transact(() => {
    for (const { id, x, y } of input.positions) {
      const el = elements.get(id)
      if (!el || !Number.isFinite(x) || !Number.isFinite(y)) continue
      if (el.get('type') === 'connector') translateFreeEnds(el, x, y)
      if (el.get('x') !== x) el.set('x', x)
      if (el.get('y') !== y) el.set('y', y)
    }
  }, origin)
}
