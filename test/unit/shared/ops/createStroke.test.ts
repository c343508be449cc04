import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { History } from '../../../../shared/history.ts'
import { createStroke, relativeStroke } from '../../../../shared/ops/createStroke.ts'
import {
  elementsMap,
  readElement,
  STROKE_POINTS_MAX,
  type Stroke,
  getElement,
} from '../../../../shared/schema/index.ts'

const read = (doc: Y.Doc, id: string) => readElement(id, getElement(doc, id))

describe('createStroke', () => {
  it('stores the points relative to its bounds, with a margin of the line width', () => {
    const doc = new Y.Doc()
    const id = createStroke(doc, {
      points: [100, 200, 0.5, 150, 220, 0.5, 200, 260, 0.5],
      width: 4,
    })
    expect(id).not.toBeNull()
    const stroke = read(doc, id!) as Stroke
    expect(stroke).toMatchObject({ kind: 'stroke', x: 96, y: 196, w: 108, h: 68, width: 4 })
    expect(stroke.points).toEqual([4, 4, 0.5, 54, 24, 0.5, 104, 64, 0.5])
    expect(stroke.pressure).toBe(false)
    expect(stroke.color).toBe('ink')
  })

  it('makes nothing of no points and skips malformed ones', () => {
    const doc = new Y.Doc()
    expect(createStroke(doc, { points: [] })).toBeNull()
    const id = createStroke(doc, { points: [Number.NaN, 1, 0.5, 10, 10, 0.5] })
    expect((read(doc, id!) as Stroke).points).toHaveLength(3)
  })

  it('thins out very long strokes', () => {
    const points: number[] = []
    for (let i = 0; i < STROKE_POINTS_MAX * 3; i++) points.push(i, Math.sin(i / 10) * 50, 0.5)
    const r = relativeStroke(points, 4)
    expect(r.points.length).toBeLessThanOrEqual(STROKE_POINTS_MAX * 3)
    expect(r.points.at(-3)! + r.x).toBeCloseTo(STROKE_POINTS_MAX * 3 - 1)
  })

  it('is undone and redone as one step', () => {
    const doc = new Y.Doc()
    const history = new History(doc)
    const id = createStroke(doc, {
      points: [0, 0, 0.5, 40, 40, 0.7],
      color: 'blue',
      pressure: true,
    })!
    history.endStep()
    expect(history.undo()).toBe(true)
    expect(elementsMap(doc).has(id)).toBe(false)
    expect(history.redo()).toBe(true)
    expect(read(doc, id)).toMatchObject({ kind: 'stroke', color: 'blue', pressure: true })
  })
})
