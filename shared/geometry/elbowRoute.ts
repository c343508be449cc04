import { SIDE_DIRECTION, type Side } from './outline.ts'
import { polylineLength, simplifyPolyline } from './polyline.ts'
import type { Point, Rect } from './types.ts'

/** How far an elbow route leaves an element straight out before its first bend (board units). */
export const ELBOW_STUB = 24

/** One end of an elbow route: a point, the side it leaves through, and the box to keep clear of. */
export interface ElbowEnd {
  point: Point
  /** null for a free end: it may be left in any direction. */
  side: Side | null
  box: Rect | null
}

const CROSSING_PENALTY = 100_000
/** Running through another card is worse than a longer way, but less bad than through an end. */
const OBSTACLE_PENALTY = 10_000
const REVERSAL_PENALTY = 50_000
const BEND_PENALTY = 24

/**
 * An orthogonal route from `start` to `end`: straight out of each box for a short stub, then
 * the candidate (one or two bends, through the middle of the gap, or around both boxes) that
 * neither crosses a box nor doubles back on a stub, preferring short routes with few bends and
 * those that run through none of the cards in `avoid`.
 */
export function elbowRoute(start: ElbowEnd, end: ElbowEnd, avoid: readonly Rect[] = []): Point[] {
  const p0 = start.point
  const q0 = end.point
  const p1 = stub(start)
  const q1 = stub(end)
  const boxes = [start.box, end.box].filter((b): b is Rect => b !== null)

  let best: Point[] = [p0, q0]
  let bestScore = Infinity
  for (const middle of candidates(p1, q1, boxes)) {
    const path = simplifyPolyline([p0, p1, ...middle, q1, q0])
    let score = scoreRoute(path, boxes, start, end, p1, q1, middle)
    for (let i = 1; i < path.length; i++) {
      for (const box of avoid) {
        if (segmentCrossesBox(path[i - 1]!, path[i]!, box)) score += OBSTACLE_PENALTY
      }
    }
    if (score < bestScore) {
      bestScore = score
      best = path
    }
  }
  return best
}

function stub(end: ElbowEnd): Point {
  if (!end.side) return end.point
  const d = SIDE_DIRECTION[end.side]
  return { x: end.point.x + d.x * ELBOW_STUB, y: end.point.y + d.y * ELBOW_STUB }
}

/** The bend points between the two stub ends, for each shape of route worth trying. */
function candidates(p: Point, q: Point, boxes: readonly Rect[]): Point[][] {
  const mx = gapMiddle(boxes, 'x') ?? (p.x + q.x) / 2
  const my = gapMiddle(boxes, 'y') ?? (p.y + q.y) / 2
  // Through the middle of the gap first: among routes of equal length, the first one wins.
  const result: Point[][] = [
    [
      { x: mx, y: p.y },
      { x: mx, y: q.y },
    ],
    [
      { x: p.x, y: my },
      { x: q.x, y: my },
    ],
    [{ x: q.x, y: p.y }],
    [{ x: p.x, y: q.y }],
  ]
  if (boxes.length > 0) {
    const left = Math.min(p.x, q.x, ...boxes.map((b) => b.x)) - ELBOW_STUB
    const right = Math.max(p.x, q.x, ...boxes.map((b) => b.x + b.w)) + ELBOW_STUB
    const top = Math.min(p.y, q.y, ...boxes.map((b) => b.y)) - ELBOW_STUB
    const bottom = Math.max(p.y, q.y, ...boxes.map((b) => b.y + b.h)) + ELBOW_STUB
    for (const x of [left, right]) {
      result.push([
        { x, y: p.y },
        { x, y: q.y },
      ])
    }
    for (const y of [top, bottom]) {
      result.push([
        { x: p.x, y },
        { x: q.x, y },
      ])
    }
  }
  return result
}

/** The middle of the empty band between two boxes along an axis, if they leave one. */
function gapMiddle(boxes: readonly Rect[], axis: 'x' | 'y'): number | null {
  const [a, b] = boxes
  if (!a || !b) return null
  const size = axis === 'x' ? 'w' : 'h'
  if (a[axis] + a[size] <= b[axis]) return (a[axis] + a[size] + b[axis]) / 2
  if (b[axis] + b[size] <= a[axis]) return (b[axis] + b[size] + a[axis]) / 2
  return null
}

function scoreRoute(
  path: readonly Point[],
  boxes: readonly Rect[],
  start: ElbowEnd,
  end: ElbowEnd,
  p1: Point,
  q1: Point,
  middle: readonly Point[],
): number {
  let score = polylineLength(path) + BEND_PENALTY * Math.max(0, path.length - 2)
  for (let i = 1; i < path.length; i++) {
    for (const box of boxes) {
      if (segmentCrossesBox(path[i - 1]!, path[i]!, box)) score += CROSSING_PENALTY
    }
  }
  // Leaving the stub backwards (or arriving at the end's stub from behind) doubles the line
  // over itself: a route people read as a glitch.
  const first = middle[0] ?? q1
  if (start.side && opposes(start.side, first.x - p1.x, first.y - p1.y)) score += REVERSAL_PENALTY
  const last = middle[middle.length - 1] ?? p1
  if (end.side && opposes(end.side, last.x - q1.x, last.y - q1.y)) score += REVERSAL_PENALTY
  return score
}

function opposes(side: Side, dx: number, dy: number): boolean {
  const d = SIDE_DIRECTION[side]
  return d.x * dx + d.y * dy < -1e-6
}

/** Does the segment pass through the box's interior (touching its edge does not count)? */
export function segmentCrossesBox(a: Point, b: Point, box: Rect): boolean {
  const inset = 0.5
  const left = box.x + inset
  const right = box.x + box.w - inset
  const top = box.y + inset
  const bottom = box.y + box.h - inset
  if (left >= right || top >= bottom) return false
  // Liang–Barsky clipping of the segment against the shrunk box.
  let t0 = 0
  let t1 = 1
  const dx = b.x - a.x
  const dy = b.y - a.y
  const edges: [number, number][] = [
    [-dx, a.x - left],
    [dx, right - a.x],
    [-dy, a.y - top],
    [dy, bottom - a.y],
  ]
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false
      continue
    }
    const t = q / p
    if (p < 0) t0 = Math.max(t0, t)
    else t1 = Math.min(t1, t)
    if (t0 > t1) return false
  }
  return t1 - t0 > 1e-9
}
