import type * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { elementsMap, elementIn } from '../schema/doc.ts'
import type { NoteColor } from '../schema/note.ts'

export interface RecolorNotesInput {
  ids: readonly string[]
  color: NoteColor
}

/** Gives every listed note the colour; other element types are left as they are. */
export function recolorNotes(
  doc: Y.Doc,
  input: RecolorNotesInput,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const elements = elementsMap(doc)
  doc.transact(() => {
    for (const id of input.ids) {
      const el = elementIn(elements, id)
      if (el?.get('type') === 'note' && el.get('color') !== input.color)
        el.set('color', input.color)
    }
  }, origin)
}
