import { describe, expect, it } from 'vitest'
import { connectorPath, type ResolveTarget } from '../../../../shared/geometry/connectorPath.ts'
import { DETOUR_MARGIN, detour } from '../../../../shared/geometry/detour.ts'
import { segmentCrossesBox } from '../../../../shared/geometry/elbowRoute.ts'
import type { Point, Rect } from '../../../../shared/geometry/types.ts'

function crossesAny(points: readonly Point[], boxes: readonly Rect[]): boolean {
  for (let i = 1; i < points.length; i++) {
    for (const box of boxes) if (segmentCrossesBox(points[i - 1]!, points[i]!, box)) return true
  }
  return false
}

function length(points: readonly Point[]): number {
  let sum = 0
  for (let i = 1; i < points.length; i++) {
    sum += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y)
  }
  return sum
}

const left: Rect = { x: 0, y: 0, w: 200, h: 100 }
const right: Rect = { x: 800, y: 0, w: 200, h: 100 }
/** A card right in the middle of the line between the two. */
const between: Rect = { x: 400, y: 10, w: 200, h: 80 }

describe('detour: a straight line around the cards in its way', () => {
  it('leaves a clear line alone', () => {
    expect(detour({ x: 0, y: 0 }, { x: 100, y: 0 }, [{ x: 0, y: 50, w: 100, h: 50 }])).toEqual([])
  })

  it('bends around a card in the way, clear of it by the margin, on the shorter side', () => {
    const start = { x: 200, y: 50 }
    const end = { x: 800, y: 50 }
    const bends = detour(start, end, [between])
    expect(bends).not.toBeNull()
    const route = [start, ...bends!, end]
    expect(bends!.length).toBe(2)
    expect(crossesAny(route, [between])).toBe(false)
    // Over the top (the card is nearer the top edge): y = 10 - margin.
    for (const p of bends!) expect(p.y).toBeLessThanOrEqual(between.y - DETOUR_MARGIN + 1e-9)
  })

  it('finds a way between two cards that block the line together', () => {
    const upper: Rect = { x: 400, y: -200, w: 100, h: 240 }
    const lower: Rect = { x: 550, y: 60, w: 100, h: 240 }
    const start = { x: 200, y: 50 }
    const end = { x: 800, y: 50 }
    const bends = detour(start, end, [upper, lower])!
    const route = [start, ...bends, end]
    expect(crossesAny(route, [upper, lower])).toBe(false)
    expect(length(route)).toBeLessThan(2.5 * 600)
  })

  it('keeps the line when the only way round is far longer than it', () => {
    const wall: Rect = { x: 400, y: -5000, w: 50, h: 10_000 }
    expect(detour({ x: 200, y: 50 }, { x: 800, y: 50 }, [wall])).toBeNull()
  })

  it('ignores a card that covers an end (a note laid on a card)', () => {
    const cover: Rect = { x: 150, y: 0, w: 100, h: 100 }
    expect(detour({ x: 200, y: 50 }, { x: 800, y: 50 }, [cover])).toEqual([])
  })
})

describe('connectorPath with obstacles', () => {
  const resolve: ResolveTarget = (id) =>
    id === 'a'
      ? { rect: left, shape: 'rect' }
      : id === 'b'
        ? { rect: right, shape: 'rect' }
        : undefined
  const connector = {
    from: { elementId: 'a', anchor: 'auto' as const },
    to: { elementId: 'b', anchor: 'auto' as const },
  }

  it('a straight connector goes around a card between its ends, leaving each end towards its bend', () => {
    const path = connectorPath({ ...connector, routing: 'straight' }, resolve, () => [
      left,
      right,
      between,
    ])!
    expect(path.points.length).toBeGreaterThan(2)
    expect(crossesAny(path.points, [between])).toBe(false)
    // The ends still sit on their cards' outlines.
    const first = path.points[0]!
    expect(first.x >= left.x && first.x <= left.x + left.w).toBe(true)
    expect(first.y === left.y || first.x === left.x + left.w).toBe(true)
  })

  it('without obstacles it runs straight, as before', () => {
    const path = connectorPath({ ...connector, routing: 'straight' }, resolve)!
    expect(path.points).toHaveLength(2)
    expect(crossesAny(path.points, [between])).toBe(true)
  })

  it('an elbow connector takes a route around the card rather than through it', () => {
    const path = connectorPath({ ...connector, routing: 'elbow' }, resolve, () => [between])!
    expect(crossesAny(path.points, [between])).toBe(false)
    expect(
      path.points.every(
        (p, i) => i === 0 || p.x === path.points[i - 1]!.x || p.y === path.points[i - 1]!.y,
      ),
    ).toBe(true)
  })
})
