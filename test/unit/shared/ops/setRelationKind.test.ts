import { describe, expect, it } from 'vitest'
import { readDomain } from '../../../../shared/domain/model.ts'
import { relationStyle } from '../../../../shared/domain/relationStyles.ts'
import { RELATION_KINDS } from '../../../../shared/vocabulary/relationKinds.ts'
import { createConnector } from '../../../../shared/ops/createConnector.ts'
import { setRelationKind } from '../../../../shared/ops/setRelationKind.ts'
import { elementsMap, readElement } from '../../../../shared/schema/index.ts'
import { opsFixture } from './fixture.ts'

describe('setRelationKind', () => {
  it('makes a connector a relation drawn in its kind’s style, one undo step', () => {
    const f = opsFixture()
    const a = f.note(0, 0, 'Rechenzentrum')
    const b = f.note(400, 0, 'Stadtwerke')
    const id = f.step(() =>
      createConnector(f.doc, { from: { elementId: a }, to: { elementId: b } }),
    )
    f.step(() => setRelationKind(f.doc, { ids: [id], kind: 'suppliesDataTo' }))
    expect(readDomain(f.doc).relations).toEqual([
      { id, kind: 'suppliesDataTo', fromId: a, toId: b, label: '' },
    ])
    expect(readElement(id, elementsMap(f.doc).get(id))).toMatchObject({
      kind: 'connector',
      stroke: 'violet',
      strokeStyle: 'dashed',
      endArrowhead: 'triangle',
    })
    expect(f.history.undo()).toBe(true)
    expect(readDomain(f.doc).relations).toEqual([])
    expect(readElement(id, elementsMap(f.doc).get(id))).toMatchObject({
      stroke: 'ink',
      strokeStyle: 'solid',
    })
    expect(f.history.redo()).toBe(true)
    expect(readDomain(f.doc).relations[0]?.kind).toBe('suppliesDataTo')
  })

  it('turns a relation back into a plain connector and skips other elements', () => {
    const f = opsFixture()
    const note = f.note(0, 0)
    const id = createConnector(f.doc, { from: { elementId: note }, to: { x: 500, y: 0 } })
    setRelationKind(f.doc, { ids: [id, note], kind: 'funds' })
    expect(f.get(note, 'relationKind')).toBeUndefined()
    setRelationKind(f.doc, { ids: [id], kind: null })
    expect(readDomain(f.doc).relations).toEqual([])
  })

  it('gives every kind a style that differs from the others by more than colour', () => {
    const shapes = RELATION_KINDS.map(({ id }) => {
      const style = relationStyle(id)
      return `${style.strokeStyle}/${style.startArrowhead}/${style.endArrowhead}/${style.strokeWidth}`
    })
    expect(new Set(shapes).size).toBe(RELATION_KINDS.length)
  })
})
