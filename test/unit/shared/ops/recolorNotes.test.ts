import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { History } from '../../../../shared/history.ts'
import { createNote } from '../../../../shared/ops/createNote.ts'
import { recolorNotes } from '../../../../shared/ops/recolorNotes.ts'
import { elementsMap, readElement, getElement } from '../../../../shared/schema/index.ts'

function colorOf(doc: Y.Doc, id: string): string {
  const el = readElement(id, getElement(doc, id))
  return el.kind === 'note' ? el.color : ''
}

describe('recolorNotes', () => {
  it('recolours the listed notes only, and undo restores each colour', () => {
    const doc = new Y.Doc()
    const history = new History(doc)
    const a = createNote(doc, { x: 0, y: 0, color: 'pink' })
    const b = createNote(doc, { x: 0, y: 0, color: 'green' })
    const c = createNote(doc, { x: 0, y: 0, color: 'yellow' })
    history.endStep()
    recolorNotes(doc, { ids: [a, b], color: 'blue' })
    history.endStep()
    expect([colorOf(doc, a), colorOf(doc, b), colorOf(doc, c)]).toEqual(['blue', 'blue', 'yellow'])
    history.undo()
    expect([colorOf(doc, a), colorOf(doc, b), colorOf(doc, c)]).toEqual(['pink', 'green', 'yellow'])
    history.redo()
    expect([colorOf(doc, a), colorOf(doc, b)]).toEqual(['blue', 'blue'])
  })

  it('leaves elements of other types alone', () => {
    const doc = new Y.Doc()
    const shape = new Y.Map<unknown>()
    shape.set('type', 'shape')
    elementsMap(doc).set('s', shape)
    recolorNotes(doc, { ids: ['s'], color: 'blue' })
    expect(shape.has('color')).toBe(false)
  })
})
