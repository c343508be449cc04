import { describe, expect, it } from 'vitest'
import {
  connectorPath,
  type EndTarget,
  type ResolveTarget,
} from '../../../../shared/geometry/connectorPath.ts'
import { segmentCrossesBox } from '../../../../shared/geometry/elbowRoute.ts'
import type { Point, Rect } from '../../../../shared/geometry/types.ts'

const a: Rect = { x: 0, y: 0, w: 100, h: 100 }
const b: Rect = { x: 300, y: 200, w: 100, h: 100 }

function targets(entries: Record<string, EndTarget>): ResolveTarget {
  return (id) => entries[id]
}
const rects = targets({ a: { rect: a, shape: 'rect' }, b: { rect: b, shape: 'rect' } })

function crossesAny(points: readonly Point[], boxes: readonly Rect[]): boolean {
  for (let i = 1; i < points.length; i++) {
    for (const box of boxes) if (segmentCrossesBox(points[i - 1]!, points[i]!, box)) return true
  }
  return false
}

function isOrthogonal(points: readonly Point[]): boolean {
  return points.every((p, i) => i === 0 || p.x === points[i - 1]!.x || p.y === points[i - 1]!.y)
}

describe('straight connectors', () => {
  it('run between the outlines, aimed at the centres', () => {
    const path = connectorPath(
      {
        from: { elementId: 'a', anchor: 'auto' },
        to: { elementId: 'b', anchor: 'auto' },
        routing: 'straight',
      },
      rects,
    )
    // The centres (50,50) and (350,250): slope 2/3, so both leave through their facing sides.
    expect(path?.points[0]).toEqual({ x: 100, y: 250 / 3 })
    expect(path?.points[1]?.x).toBe(300)
    expect(path?.points[1]?.y).toBeCloseTo(650 / 3)
    expect(path?.dangling).toBe(false)
  })

  it('follow the element when it moves: the path is derived, nothing is stored', () => {
    const input = {
      from: { elementId: 'a', anchor: 'auto' as const },
      to: { x: 50, y: 500 },
      routing: 'straight' as const,
    }
    expect(connectorPath(input, rects)?.points[0]).toEqual({ x: 50, y: 100 })
    const moved = targets({ a: { rect: { ...a, x: 1000 }, shape: 'rect' } })
    // Centre (1050, 50) aimed at (50, 500): leaves through the left side.
    expect(connectorPath(input, moved)?.points[0]).toEqual({ x: 1000, y: 72.5 })
  })

  it('meet an ellipse on its outline and honour a fixed anchor', () => {
    const path = connectorPath(
      {
        from: { elementId: 'a', anchor: { x: 0.5, y: 0 } },
        to: { elementId: 'e', anchor: 'auto' },
        routing: 'straight',
      },
      targets({
        a: { rect: a, shape: 'rect' },
        e: { rect: { x: 300, y: -300, w: 200, h: 100 }, shape: 'ellipse' },
      }),
    )
    expect(path?.points[0]).toEqual({ x: 50, y: 0 })
    const end = path!.points[1]!
    expect(((end.x - 400) / 100) ** 2 + ((end.y + 250) / 50) ** 2).toBeCloseTo(1)
  })
})

describe('missing elements', () => {
  it('draws a dangling end at its last known point', () => {
    const path = connectorPath(
      {
        from: { elementId: 'a', anchor: 'auto' },
        to: { elementId: 'gone', anchor: 'auto', x: 500, y: 50 },
        routing: 'straight',
      },
      rects,
    )
    expect(path?.dangling).toBe(true)
    expect(path?.points).toEqual([
      { x: 100, y: 50 },
      { x: 500, y: 50 },
    ])
  })

  it('hides a connector whose element is missing without a last known point', () => {
    const path = connectorPath(
      { from: { elementId: 'gone', anchor: 'auto' }, to: { x: 0, y: 0 }, routing: 'elbow' },
      rects,
    )
    expect(path).toBeNull()
  })

  it('hides a connector whose ends coincide', () => {
    expect(
      connectorPath({ from: { x: 5, y: 5 }, to: { x: 5, y: 5 }, routing: 'straight' }, rects),
    ).toBeNull()
  })
})

describe('elbow connectors', () => {
  it('leave facing sides and bend once or twice, never through a box', () => {
    const path = connectorPath(
      {
        from: { elementId: 'a', anchor: 'auto' },
        to: { elementId: 'b', anchor: 'auto' },
        routing: 'elbow',
      },
      rects,
    )!
    expect(path.points[0]).toEqual({ x: 100, y: 50 })
    expect(path.points[path.points.length - 1]).toEqual({ x: 300, y: 250 })
    expect(isOrthogonal(path.points)).toBe(true)
    expect(crossesAny(path.points, [a, b])).toBe(false)
    // Through the middle of the gap between the boxes: out, across at x = 200, in.
    expect(path.points).toEqual([
      { x: 100, y: 50 },
      { x: 200, y: 50 },
      { x: 200, y: 250 },
      { x: 300, y: 250 },
    ])
  })

  it('go around rather than back through the source for an anchor on the far side', () => {
    const path = connectorPath(
      {
        from: { elementId: 'a', anchor: { x: 0, y: 0.5 } },
        to: { elementId: 'b', anchor: 'auto' },
        routing: 'elbow',
      },
      rects,
    )!
    expect(path.points[0]).toEqual({ x: 0, y: 50 })
    expect(path.points[1]!.x).toBeLessThan(0)
    expect(isOrthogonal(path.points)).toBe(true)
    expect(crossesAny(path.points, [a, b])).toBe(false)
  })

  it('route around overlapping columns (boxes stacked vertically)', () => {
    const upper: Rect = { x: 0, y: 0, w: 200, h: 100 }
    const lower: Rect = { x: 50, y: 250, w: 100, h: 80 }
    const path = connectorPath(
      {
        from: { elementId: 'u', anchor: { x: 1, y: 0.5 } },
        to: { elementId: 'l', anchor: { x: 0, y: 0.5 } },
        routing: 'elbow',
      },
      targets({ u: { rect: upper, shape: 'rect' }, l: { rect: lower, shape: 'rect' } }),
    )!
    expect(isOrthogonal(path.points)).toBe(true)
    expect(crossesAny(path.points, [upper, lower])).toBe(false)
  })

  it('run from a box to a free point with a stub out of the box only', () => {
    const path = connectorPath(
      { from: { elementId: 'a', anchor: 'auto' }, to: { x: 400, y: 400 }, routing: 'elbow' },
      rects,
    )!
    expect(isOrthogonal(path.points)).toBe(true)
    expect(path.points[path.points.length - 1]).toEqual({ x: 400, y: 400 })
    expect(crossesAny(path.points, [a])).toBe(false)
  })
})

describe('segmentCrossesBox', () => {
  it('counts passing through, not touching an edge', () => {
    expect(segmentCrossesBox({ x: -10, y: 50 }, { x: 110, y: 50 }, a)).toBe(true)
    expect(segmentCrossesBox({ x: -10, y: 0 }, { x: 110, y: 0 }, a)).toBe(false)
    expect(segmentCrossesBox({ x: 100, y: 50 }, { x: 200, y: 50 }, a)).toBe(false)
    expect(segmentCrossesBox({ x: -50, y: 0 }, { x: 50, y: 100 }, a)).toBe(true)
  })
})
