import * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { randomId } from '../ids.ts'
import { elementsMap } from '../schema/doc.ts'
import {
  DEFAULT_NOTE_COLOR,
  DEFAULT_NOTE_SIZE,
  NOTE_SIZES,
  NOTE_TEXT_MAX,
  type NoteColor,
  type NoteSize,
} from '../schema/note.ts'
import { zAboveAll } from './zOrder.ts'

export interface CreateNoteInput {
  /** Centre of the new note in board units. */
  x: number
  y: number
  color?: NoteColor
  size?: NoteSize
  text?: string
  id?: string
}

/** Creates a sticky note centred on (x, y), on top of everything else. Returns its id. */
export function createNote(
  doc: Y.Doc,
  input: CreateNoteInput,
  origin: unknown = LOCAL_ORIGIN,
): string {
  const id = input.id ?? randomId()
  const side = NOTE_SIZES[input.size ?? DEFAULT_NOTE_SIZE]
  doc.transact(() => {
    const note = new Y.Map<unknown>()
    const text = new Y.Text()
    if (input.text) text.insert(0, input.text.slice(0, NOTE_TEXT_MAX))
    note.set('type', 'note')
    note.set('x', Math.round(input.x - side / 2))
    note.set('y', Math.round(input.y - side / 2))
    note.set('w', side)
    note.set('h', side)
    note.set('z', zAboveAll(doc))
    note.set('color', input.color ?? DEFAULT_NOTE_COLOR)
    note.set('text', text)
    elementsMap(doc).set(id, note)
  }, origin)
  return id
}
