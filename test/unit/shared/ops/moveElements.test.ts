import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { History } from '../../../../shared/history.ts'
import { createNote } from '../../../../shared/ops/createNote.ts'
import { moveElements } from '../../../../shared/ops/moveElements.ts'
import { elementsMap, readElement, getElement } from '../../../../shared/schema/index.ts'

function position(doc: Y.Doc, id: string): { x: number; y: number } {
  const { x, y } = readElement(id, getElement(doc, id))
  return { x, y }
}

describe('moveElements', () => {
  it('moves several elements and skips ids that are gone', () => {
    const doc = new Y.Doc()
    const a = createNote(doc, { x: 0, y: 0 })
    const b = createNote(doc, { x: 0, y: 0 })
    moveElements(doc, {
      positions: [
        { id: a, x: 10, y: 20 },
        { id: b, x: 30, y: 40 },
        { id: 'gone', x: 1, y: 1 },
      ],
    })
    expect(position(doc, a)).toEqual({ x: 10, y: 20 })
    expect(position(doc, b)).toEqual({ x: 30, y: 40 })
    expect(elementsMap(doc).has('gone')).toBe(false)
  })

  it('ignores non-finite positions', () => {
    const doc = new Y.Doc()
    const a = createNote(doc, { x: 0, y: 0 })
    const before = position(doc, a)
    moveElements(doc, { positions: [{ id: a, x: Number.NaN, y: Infinity }] })
    expect(position(doc, a)).toEqual(before)
  })

  it('undoes a whole drag gesture as one step, and redoes it', () => {
    const doc = new Y.Doc()
    const history = new History(doc)
    const a = createNote(doc, { x: 90, y: 90 })
    history.endStep()
    const start = position(doc, a)
    history.beginGesture()
    for (let i = 1; i <= 30; i++) {
      moveElements(doc, { positions: [{ id: a, x: start.x + i, y: start.y + 2 * i }] })
      history.endStep()
    }
    history.endGesture()
    expect(position(doc, a)).toEqual({ x: start.x + 30, y: start.y + 60 })
    history.undo()
    expect(position(doc, a)).toEqual(start)
    expect(elementsMap(doc).has(a)).toBe(true)
    history.redo()
    expect(position(doc, a)).toEqual({ x: start.x + 30, y: start.y + 60 })
  })
})
