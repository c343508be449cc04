import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { History } from '../../../../shared/history.ts'
import { createNote } from '../../../../shared/ops/createNote.ts'
import { createText } from '../../../../shared/ops/createText.ts'
import { reflowTextBlock } from '../../../../shared/ops/reflowTextBlock.ts'
import { textBlockHeight } from '../../../../shared/geometry/textBlock.ts'
import { getElement } from '../../../../shared/schema/index.ts'

function rect(doc: Y.Doc, id: string) {
  const el = getElement(doc, id)
  return { x: el?.get('x'), y: el?.get('y'), w: el?.get('w'), h: el?.get('h') }
}

describe('textBlockHeight', () => {
  it('is lines times the line height plus padding, at least one line', () => {
    expect(textBlockHeight(1, 24)).toBe(38)
    expect(textBlockHeight(3, 24)).toBe(98)
    expect(textBlockHeight(0, 16)).toBe(28)
  })
})

describe('reflowTextBlock', () => {
  it('sets the width and lets the height follow the lines; one undo step back', () => {
    const doc = new Y.Doc()
    const history = new History(doc)
    const id = createText(doc, { x: 0, y: 0, w: 400, h: 38, text: 'Agenda für den Workshop' })
    history.endStep()
    reflowTextBlock(doc, { id, x: 0, y: 0, w: 120, lines: 3 })
    history.endStep()
    expect(rect(doc, id)).toEqual({ x: 0, y: 0, w: 120, h: 98 })
    // Wider again: back to one line, the height shrinks with it.
    reflowTextBlock(doc, { id, x: 0, y: 0, w: 500, lines: 1 })
    history.endStep()
    expect(rect(doc, id)).toEqual({ x: 0, y: 0, w: 500, h: 38 })
    history.undo()
    expect(rect(doc, id)).toEqual({ x: 0, y: 0, w: 120, h: 98 })
    history.undo()
    expect(rect(doc, id)).toEqual({ x: 0, y: 0, w: 400, h: 38 })
    history.redo()
    expect(rect(doc, id)).toEqual({ x: 0, y: 0, w: 120, h: 98 })
  })

  it('uses the block’s own font size, and a west handle moves its left edge', () => {
    const doc = new Y.Doc()
    const id = createText(doc, { x: 100, y: 50, w: 300, h: 60, fontSize: 56 })
    reflowTextBlock(doc, { id, x: 180, y: 50, w: 220, lines: 2 })
    expect(rect(doc, id)).toEqual({ x: 180, y: 50, w: 220, h: textBlockHeight(2, 56) })
  })

  it('never goes below the minimum width and leaves other kinds and bad input alone', () => {
    const doc = new Y.Doc()
    const id = createText(doc, { x: 0, y: 0, w: 200, h: 38 })
    reflowTextBlock(doc, { id, x: 0, y: 0, w: 3, lines: 9 })
    expect(rect(doc, id).w).toBe(24)
    reflowTextBlock(doc, { id, x: 0, y: 0, w: Number.NaN, lines: 1 })
    expect(rect(doc, id).w).toBe(24)
    const note = createNote(doc, { x: 0, y: 0 })
    const before = rect(doc, note)
    reflowTextBlock(doc, { id: note, x: 5, y: 5, w: 50, lines: 1 })
    expect(rect(doc, note)).toEqual(before)
  })
})
