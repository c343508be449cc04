import * as Y from 'yjs'
import {
  createNote,
  createStroke,
  deleteElements,
  editText,
  moveElements,
  recolorNotes,
} from '../../shared/ops/index.ts'
import { NOTE_COLORS, type NoteColor } from '../../shared/schema/note.ts'
import { elementsMap } from '../../shared/schema/doc.ts'
import type { FuzzRandom } from './fuzzRandom.ts'

const COLORS = Object.keys(NOTE_COLORS) as NoteColor[]

/**
 * One real operation of the board (shared/ops), chosen and filled in by `random`, on the
 * elements `doc` already has where it needs one. Ids come from `random`, so the same seed
 * writes the same board. Returns what it did, for messages.
 */
export function randomOperation(doc: Y.Doc, random: FuzzRandom): string {
  // Only real elements: a hostile editor may have put anything under `elements`, and the
  // operations expect what the board's own code writes (reading junk is tested elsewhere).
  const ids = [...elementsMap(doc).entries()]
    .filter(([, value]) => value instanceof Y.Map && typeof value.get('type') === 'string')
    .map(([id]) => id)
    .sort()
  const id = ids.length > 0 ? random.pick(ids) : null
  const choice = id === null ? 0 : random.int(0, 9)
  if (choice <= 3 || id === null) {
    const noteId = `n${random.word(11)}`
    createNote(doc, {
      id: noteId,
      x: random.int(-5000, 5000),
      y: random.int(-5000, 5000),
      text: random.word(random.int(0, 40)),
      color: random.pick(COLORS),
    })
    return `createNote ${noteId}`
  }
  switch (choice) {
    case 4:
      editText(doc, { id, text: random.word(random.int(0, 80)) })
      return `editText ${id}`
    case 5:
    case 6:
      moveElements(doc, {
        positions: [{ id, x: random.int(-5000, 5000), y: random.int(-5000, 5000) }],
      })
      return `moveElements ${id}`
    case 7:
      recolorNotes(doc, { ids: [id], color: random.pick(COLORS) })
      return `recolorNotes ${id}`
    case 8: {
      const points = Array.from({ length: random.int(1, 30) * 3 }, () => random.int(0, 2000))
      createStroke(doc, { id: `s${random.word(11)}`, points })
      return 'createStroke'
    }
    default:
      deleteElements(doc, { ids: [id] })
      return `deleteElements ${id}`
  }
}

/**
 * The updates a fresh document with a seeded client id emits for `count` real operations, in
 * order: later ones may depend on earlier ones (an edit of a note created before).
 */
export function operationUpdates(
  random: FuzzRandom,
  count: number,
): {
  client: number
  updates: Uint8Array[]
} {
  const doc = new Y.Doc()
  doc.clientID = random.clientId()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  for (let i = 0; i < count; i++) randomOperation(doc, random)
  const client = doc.clientID
  doc.destroy()
  return { client, updates }
}
