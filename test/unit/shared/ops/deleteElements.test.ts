import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { History } from '../../../../shared/history.ts'
import { createNote } from '../../../../shared/ops/createNote.ts'
import { deleteElements } from '../../../../shared/ops/deleteElements.ts'
import { elementsMap, readElement } from '../../../../shared/schema/index.ts'

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
    expect(readElement(a, elementsMap(doc).get(a))).toMatchObject({ text: 'Volkshochschule' })
    expect(readElement(b, elementsMap(doc).get(b))).toMatchObject({ text: 'Stadtwerke' })
    history.redo()
    expect(elementsMap(doc).size).toBe(0)
  })
})
