import type * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { elementsMap, elementIn } from '../schema/doc.ts'

export interface SetElementsLockedInput {
  ids: readonly string[]
  locked: boolean
}

/**
 * Locks or unlocks elements (`locked: true`; unlocking removes the key). A locked element can
 * be seen and read but not selected for moving, resized or deleted until it is unlocked.
 */
export function setElementsLocked(
  doc: Y.Doc,
  input: SetElementsLockedInput,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const elements = elementsMap(doc)
  doc.transact(() => {
    for (const id of input.ids) {
      const el = elementIn(elements, id)
      if (!el) continue
      if (input.locked && el.get('locked') !== true) el.set('locked', true)
      if (!input.locked && el.has('locked')) el.delete('locked')
    }
  }, origin)
}
