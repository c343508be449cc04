import type * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { elementsMap } from '../schema/doc.ts'

export interface DeleteElementsInput {
  ids: readonly string[]
}

/** Removes elements; undo brings them back with their text. */
export function deleteElements(
  doc: Y.Doc,
  input: DeleteElementsInput,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const elements = elementsMap(doc)
  doc.transact(() => {
    for (const id of input.ids) elements.delete(id)
  }, origin)
}
