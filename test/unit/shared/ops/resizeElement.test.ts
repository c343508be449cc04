import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { History } from '../../../../shared/history.ts'
import { createNote } from '../../../../shared/ops/createNote.ts'
import { MIN_ELEMENT_SIZE, resizeElement } from '../../../../shared/ops/resizeElement.ts'
import { elementsMap, readElement, getElement } from '../../../../shared/schema/index.ts'

function bounds(doc: Y.Doc, id: string) {
  const { x, y, w, h } = readElement(id, getElement(doc, id))
  return { x, y, w, h }
}

describe('resizeElement', () => {
  it('sets the bounds and keeps a minimum size', () => {
    const doc = new Y.Doc()
    const id = createNote(doc, { x: 0, y: 0 })
    resizeElement(doc, { id, x: 5, y: 6, w: 300, h: 2 })
    expect(bounds(doc, id)).toEqual({ x: 5, y: 6, w: 300, h: MIN_ELEMENT_SIZE })
  })

  it('ignores non-finite input and unknown ids', () => {
    const doc = new Y.Doc()
    const id = createNote(doc, { x: 0, y: 0 })
    const before = bounds(doc, id)
    resizeElement(doc, { id, x: 0, y: 0, w: Number.POSITIVE_INFINITY, h: 10 })
    resizeElement(doc, { id: 'nope', x: 0, y: 0, w: 10, h: 10 })
    expect(bounds(doc, id)).toEqual(before)
    expect(elementsMap(doc).size).toBe(1)
  })

  it('is undone and redone', () => {
    const doc = new Y.Doc()
    const history = new History(doc)
    const id = createNote(doc, { x: 0, y: 0 })
    history.endStep()
    const before = bounds(doc, id)
    resizeElement(doc, { id, x: 0, y: 0, w: 400, h: 400 })
    history.endStep()
    history.undo()
    expect(bounds(doc, id)).toEqual(before)
    history.redo()
    expect(bounds(doc, id)).toEqual({ x: 0, y: 0, w: 400, h: 400 })
  })
})
