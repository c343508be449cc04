import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { History } from '../../../../shared/history.ts'
import { createConnector } from '../../../../shared/ops/createConnector.ts'
import { createNote } from '../../../../shared/ops/createNote.ts'
import { updateConnector } from '../../../../shared/ops/updateConnector.ts'
import { readElement, getElement } from '../../../../shared/schema/index.ts'

describe('updateConnector', () => {
  it('rebinds an end, frees it, and changes style; each is one undo step', () => {
    const doc = new Y.Doc()
    const history = new History(doc)
    const a = createNote(doc, { x: 90, y: 90 })
    const b = createNote(doc, { x: 590, y: 90 })
    const c = createNote(doc, { x: 90, y: 590 })
    const id = createConnector(doc, { from: { elementId: a }, to: { elementId: b } })
    history.endStep()
    const read = (): unknown => readElement(id, getElement(doc, id))

    updateConnector(doc, { id, to: { elementId: c, anchor: { x: 0.5, y: 0 } } })
    history.endStep()
    expect(read()).toMatchObject({ to: { elementId: c, anchor: { x: 0.5, y: 0 }, x: 90, y: 500 } })
    expect(read()).toMatchObject({ y: 180, h: 320 })

    updateConnector(doc, { id, from: { x: -100, y: -100 }, routing: 'elbow', endArrowhead: 'none' })
    history.endStep()
    expect(read()).toMatchObject({
      from: { x: -100, y: -100 },
      routing: 'elbow',
      endArrowhead: 'none',
    })

    updateConnector(doc, { id, stroke: 'red', strokeWidth: 0, strokeStyle: 'dashed' })
    history.endStep()
    expect(read()).toMatchObject({ stroke: 'red', strokeWidth: 1, strokeStyle: 'dashed' })

    history.undo()
    expect(read()).toMatchObject({ stroke: 'ink', strokeWidth: 2, strokeStyle: 'solid' })
    history.undo()
    expect(read()).toMatchObject({
      from: { elementId: a },
      routing: 'straight',
      endArrowhead: 'arrow',
    })
    history.undo()
    expect(read()).toMatchObject({ to: { elementId: b, anchor: 'auto' } })
    history.redo()
    expect(read()).toMatchObject({ to: { elementId: c } })
  })

  it('leaves other elements and unknown ids alone', () => {
    const doc = new Y.Doc()
    const a = createNote(doc, { x: 0, y: 0, color: 'pink' })
    const before = getElement(doc, a)!.toJSON()
    updateConnector(doc, { id: a, stroke: 'red', routing: 'elbow' })
    updateConnector(doc, { id: 'nothing', stroke: 'red' })
    expect(getElement(doc, a)!.toJSON()).toEqual(before)
  })
})
