import { describe, expect, it } from 'vitest'
import { setElementsLocked } from '../../../../shared/ops/setElementsLocked.ts'
import { opsFixture } from './fixture.ts'

describe('setElementsLocked', () => {
  it('locks and unlocks; undo and redo', () => {
    const { doc, history, note, get, step } = opsFixture()
    const [a, b] = [note(0, 0), note(200, 0)]
    step(() => setElementsLocked(doc, { ids: [a, b], locked: true }))
    expect([get(a, 'locked'), get(b, 'locked')]).toEqual([true, true])
    step(() => setElementsLocked(doc, { ids: [a], locked: false }))
    expect(get(a, 'locked')).toBeUndefined()
    history.undo()
    expect(get(a, 'locked')).toBe(true)
    history.undo()
    expect(get(b, 'locked')).toBeUndefined()
    history.redo()
    expect(get(b, 'locked')).toBe(true)
  })
})
