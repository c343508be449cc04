import { describe, expect, it } from 'vitest'
import {
  groupElements,
  ungroupElements,
  withGroupMembers,
} from '../../../../shared/ops/groupElements.ts'
import { opsFixture } from './fixture.ts'

describe('groupElements and ungroupElements', () => {
  it('groups elements under one new id; undo and redo', () => {
    const { doc, history, note, get, step } = opsFixture()
    const [a, b, c] = [note(0, 0), note(200, 0), note(400, 0)]
    const g = step(() => groupElements(doc, { ids: [a, b] }))
    expect(g).not.toBeNull()
    expect([get(a, 'groupId'), get(b, 'groupId'), get(c, 'groupId')]).toEqual([g, g, undefined])
    expect(withGroupMembers(doc, [a]).sort()).toEqual([a, b].sort())
    history.undo()
    expect(get(a, 'groupId')).toBeUndefined()
    history.redo()
    expect(get(b, 'groupId')).toBe(g)
  })

  it('needs two elements', () => {
    const { doc, note } = opsFixture()
    expect(groupElements(doc, { ids: [note(0, 0), 'gone'] })).toBeNull()
  })

  it('ungroups every member of the groups touched; undo and redo', () => {
    const { doc, history, note, get, step } = opsFixture()
    const [a, b, c, d] = [note(0, 0), note(200, 0), note(400, 0), note(600, 0)]
    const g1 = step(() => groupElements(doc, { ids: [a, b] }))
    const g2 = step(() => groupElements(doc, { ids: [c, d] }))
    step(() => ungroupElements(doc, { ids: [a] }))
    expect([get(a, 'groupId'), get(b, 'groupId'), get(c, 'groupId')]).toEqual([
      undefined,
      undefined,
      g2,
    ])
    history.undo()
    expect(get(b, 'groupId')).toBe(g1)
    history.redo()
    expect(get(b, 'groupId')).toBeUndefined()
  })
})
