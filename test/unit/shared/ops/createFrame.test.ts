import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { History } from '../../../../shared/history.ts'
import { createFrame } from '../../../../shared/ops/createFrame.ts'
import { createNote } from '../../../../shared/ops/createNote.ts'
import { deleteElements } from '../../../../shared/ops/deleteElements.ts'
import {
  compareStacking,
  elementsMap,
  FRAME_TITLE_MAX,
  readElement,
  getElement,
} from '../../../../shared/schema/index.ts'

const read = (doc: Y.Doc, id: string) => readElement(id, getElement(doc, id))

describe('createFrame', () => {
  it('creates a titled frame below everything already on the board', () => {
    const doc = new Y.Doc()
    const note = createNote(doc, { x: 100, y: 100 })
    const first = createFrame(doc, { x: 0, y: 0, w: 800, h: 450, title: 'Schritt 1' })
    const second = createFrame(doc, { x: -50, y: -50, w: 1000, h: 600 })
    expect(read(doc, first)).toMatchObject({ kind: 'frame', text: 'Schritt 1', w: 800, h: 450 })
    const order = [note, first, second].map((id) => read(doc, id)).sort(compareStacking)
    expect(order.map((el) => el.id)).toEqual([second, first, note])
  })

  it('cuts an over-long title', () => {
    const doc = new Y.Doc()
    const id = createFrame(doc, { x: 0, y: 0, w: 100, h: 100, title: 'x'.repeat(1000) })
    const frame = read(doc, id)
    expect(frame.kind === 'frame' && frame.text.length).toBe(FRAME_TITLE_MAX)
  })

  it('deleting a frame leaves its content', () => {
    const doc = new Y.Doc()
    const frame = createFrame(doc, { x: 0, y: 0, w: 800, h: 450 })
    const note = createNote(doc, { x: 100, y: 100 })
    deleteElements(doc, { ids: [frame] })
    expect(elementsMap(doc).has(frame)).toBe(false)
    expect(elementsMap(doc).has(note)).toBe(true)
  })

  it('is undone and redone as one step', () => {
    const doc = new Y.Doc()
    const history = new History(doc)
    const id = createFrame(doc, { x: 0, y: 0, w: 400, h: 300, title: 'Ist-Stand' })
    history.endStep()
    expect(history.undo()).toBe(true)
    expect(elementsMap(doc).has(id)).toBe(false)
    expect(history.redo()).toBe(true)
    expect(read(doc, id)).toMatchObject({ kind: 'frame', text: 'Ist-Stand' })
  })
})
