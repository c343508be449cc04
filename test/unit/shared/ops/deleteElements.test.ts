import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { History } from '../../../../shared/history.ts'
import { createConnector } from '../../../../shared/ops/createConnector.ts'
import { createNote } from '../../../../shared/ops/createNote.ts'
import { deleteElements } from '../../../../shared/ops/deleteElements.ts'
import { elementsMap, readElement, getElement } from '../../../../shared/schema/index.ts'

describe('deleteElements', () => {
  it('removes the elements, and undo brings them back with their text', () => {
    const doc = new Y.Doc()
    const history = new History(doc)
    const a = createNote(doc, { x: 0, y: 0, text: 'Volkshochschule' })
    const b = createNote(doc, { x: 0, y: 0, text: 'Stadtwerke' })
    history.endStep()
    deleteElements(doc, { ids: [a, b, 'unknown'] })
    history.endStep()
    expect(elementsMap(doc).size).toBe(0)
    history.undo()
    expect(readElement(a, getElement(doc, a))).toMatchObject({ text: 'Volkshochschule' })
    expect(readElement(b, getElement(doc, b))).toMatchObject({ text: 'Stadtwerke' })
    history.redo()
    expect(elementsMap(doc).size).toBe(0)
  })
  it('removes the connectors bound to a deleted element; one undo brings both back', () => {
    const doc = new Y.Doc()
    const history = new History(doc)
    const a = createNote(doc, { x: 0, y: 0, text: 'Bürgeramt' })
    const b = createNote(doc, { x: 500, y: 0, text: 'Ordnungsamt' })
    const c = createNote(doc, { x: 0, y: 500, text: 'Kämmerei' })
    const ab = createConnector(doc, {
      from: { elementId: a },
      to: { elementId: b },
      text: 'meldet',
    })
    const cb = createConnector(doc, { from: { elementId: c }, to: { elementId: b } })
    const ca = createConnector(doc, { from: { elementId: c }, to: { elementId: a } })
    const free = createConnector(doc, { from: { x: 0, y: 0 }, to: { x: 9, y: 9 } })
    history.endStep()

    deleteElements(doc, { ids: [a] })
    history.endStep()
    expect([...elementsMap(doc).keys()].sort()).toEqual([b, c, cb, free].sort())

    history.undo()
    expect(elementsMap(doc).size).toBe(7)
    expect(readElement(ab, getElement(doc, ab))).toMatchObject({
      kind: 'connector',
      from: { elementId: a },
      to: { elementId: b },
      text: 'meldet',
    })
    expect(readElement(ca, getElement(doc, ca))).toMatchObject({ kind: 'connector' })
    history.redo()
    expect(elementsMap(doc).size).toBe(4)
  })
})
