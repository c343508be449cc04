import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { History } from '../../../../shared/history.ts'
import { createNote } from '../../../../shared/ops/createNote.ts'
import {
  elementsMap,
  readElement,
  NOTE_SIZES,
  getElement,
} from '../../../../shared/schema/index.ts'

describe('createNote', () => {
  it('creates a note centred on the point, with text, colour and size', () => {
    const doc = new Y.Doc()
    const id = createNote(doc, { x: 500, y: 300, text: 'Stadtwerke', color: 'blue', size: 'l' })
    const note = readElement(id, getElement(doc, id))
    expect(note).toMatchObject({ kind: 'note', color: 'blue', text: 'Stadtwerke' })
    expect(note.w).toBe(NOTE_SIZES.l)
    expect(note.x + note.w / 2).toBe(500)
    expect(note.y + note.h / 2).toBe(300)
  })

  it('stacks each new note above the previous ones', () => {
    const doc = new Y.Doc()
    const a = createNote(doc, { x: 0, y: 0 })
    const b = createNote(doc, { x: 0, y: 0 })
    const c = createNote(doc, { x: 0, y: 0 })
    const z = [a, b, c].map((id) => readElement(id, getElement(doc, id)).z)
    expect([...z].sort()).toEqual(z)
    expect(new Set(z).size).toBe(3)
  })

  it('is undone and redone as one step', () => {
    const doc = new Y.Doc()
    const history = new History(doc)
    const id = createNote(doc, { x: 0, y: 0, text: 'Landkreis' })
    history.endStep()
    expect(history.undo()).toBe(true)
    expect(elementsMap(doc).has(id)).toBe(false)
    expect(history.redo()).toBe(true)
    expect(readElement(id, getElement(doc, id))).toMatchObject({ text: 'Landkreis' })
  })
})
