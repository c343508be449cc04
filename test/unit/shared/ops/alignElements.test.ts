import { describe, expect, it } from 'vitest'
import { alignElements, distributeElements } from '../../../../shared/ops/alignElements.ts'
import { opsFixture } from './fixture.ts'

describe('alignElements', () => {
  it('aligns on each edge and centre line of the common bounds; undo and redo', () => {
    const { doc, history, note, get, step } = opsFixture()
    const a = note(0, 0)
    const b = note(300, 100)
    const xy = (id: string) => [get(id, 'x'), get(id, 'y')]
    step(() => alignElements(doc, { ids: [a, b], align: 'left' }))
    expect([xy(a), xy(b)]).toEqual([
      [0, 0],
      [0, 100],
    ])
    history.undo()
    expect(xy(b)).toEqual([300, 100])
    history.redo()
    expect(xy(b)).toEqual([0, 100])
    history.undo()
    const cases = {
      right: [
        [300, 0],
        [300, 100],
      ],
      center: [
        [150, 0],
        [150, 100],
      ],
      top: [
        [0, 0],
        [300, 0],
      ],
      bottom: [
        [0, 100],
        [300, 100],
      ],
      middle: [
        [0, 50],
        [300, 50],
      ],
    } as const
    for (const [align, expected] of Object.entries(cases)) {
      step(() => alignElements(doc, { ids: [a, b], align: align as keyof typeof cases }))
      expect([xy(a), xy(b)], align).toEqual(expected)
      history.undo()
    }
  })
})

describe('distributeElements', () => {
  it('spaces three or more evenly between the outermost; undo and redo', () => {
    const { doc, history, note, get, step } = opsFixture()
    const a = note(0, 0)
    const b = note(130, 40)
    const c = note(480, 0)
    step(() => distributeElements(doc, { ids: [c, a, b], along: 'horizontal' }))
    expect([get(a, 'x'), get(b, 'x'), get(c, 'x')]).toEqual([0, 240, 480])
    expect(get(b, 'y')).toBe(40)
    history.undo()
    expect(get(b, 'x')).toBe(130)
    history.redo()
    expect(get(b, 'x')).toBe(240)
  })

  it('needs three elements', () => {
    const { doc, note, get } = opsFixture()
    const a = note(0, 0)
    const b = note(500, 0)
    distributeElements(doc, { ids: [a, b], along: 'vertical' })
    expect(get(b, 'x')).toBe(500)
  })
})
