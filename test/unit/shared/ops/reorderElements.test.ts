import { describe, expect, it } from 'vitest'
import { reorderElements } from '../../../../shared/ops/reorderElements.ts'
import {
  compareStacking,
  elementsMap,
  readElement,
  elementEntries,
} from '../../../../shared/schema/index.ts'
import { opsFixture } from './fixture.ts'
import type * as Y from 'yjs'

function order(doc: Y.Doc): string[] {
  return [...elementEntries(elementsMap(doc))]
    .map(([id, map]) => readElement(id, map))
    .sort(compareStacking)
    .map((el) => el.id)
}

describe('reorderElements', () => {
  it('brings to front and sends to back, keeping the order among the moved; undo and redo', () => {
    const { doc, history, note, step } = opsFixture()
    const [a, b, c, d] = [note(0, 0), note(10, 0), note(20, 0), note(30, 0)]
    step(() => reorderElements(doc, { ids: [a, b], to: 'front' }))
    expect(order(doc)).toEqual([c, d, a, b])
    step(() => reorderElements(doc, { ids: [d], to: 'back' }))
    expect(order(doc)).toEqual([d, c, a, b])
    history.undo()
    expect(order(doc)).toEqual([c, d, a, b])
    history.undo()
    expect(order(doc)).toEqual([a, b, c, d])
    history.redo()
    expect(order(doc)).toEqual([c, d, a, b])
  })

  it('steps forward and backward past the next overlapping element only', () => {
    const { doc, note, step } = opsFixture()
    const a = note(0, 0)
    const far = note(5000, 5000)
    const b = note(50, 50)
    const c = note(60, 60)
    step(() => reorderElements(doc, { ids: [a], to: 'forward' }))
    expect(order(doc)).toEqual([far, b, a, c])
    step(() => reorderElements(doc, { ids: [c], to: 'backward' }))
    expect(order(doc)).toEqual([far, b, c, a])
  })

  it('changes nothing when there is nothing to step past', () => {
    const { doc, history, note, step } = opsFixture()
    const a = note(0, 0)
    note(5000, 0)
    step(() => reorderElements(doc, { ids: [a], to: 'backward' }))
    history.undo()
    expect(elementsMap(doc).size).toBe(1) // the undo took back the second note, not a reorder
  })
})
