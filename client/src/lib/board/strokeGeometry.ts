import type { Stroke } from '../../../../shared/schema/index.ts'
import type { Point } from './geometry.ts'
import { strokePointBounds } from '../../../../shared/ops/createStroke.ts'

/**
 * The drawing extent of a stroke's relative points: (min + max) on each axis, because the points
 * were written with the same margin on both sides (see relativeStroke). Cached per points array.
 */
const extents = new WeakMap<readonly number[], { w: number; h: number }>()

function naturalExtent(points: readonly number[]): { w: number; h: number } {
  let cached = extents.get(points)
  if (cached) return cached
  const { minX, minY, maxX, maxY } = strokePointBounds(points)
  cached = { w: Math.max(1, minX + maxX), h: Math.max(1, minY + maxY) }
  extents.set(points, cached)
  return cached
}

/** How a stroke's relative points map to the board: scaled to its current bounds (resizing). */
export function strokeTransform(stroke: Stroke): { sx: number; sy: number } {
  const natural = naturalExtent(stroke.points)
  return { sx: stroke.w / natural.w, sy: stroke.h / natural.h }
}

/** Distance from p to the segment ab. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x
  const dy = b.y - a.y
  const len2 = dx * dx + dy * dy
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2))
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy))
}

/** Distance from a board point to the stroke's centre line. */
export function distanceToStroke(stroke: Stroke, p: Point): number {
  const { sx, sy } = strokeTransform(stroke)
  const pts = stroke.points
  let best = Infinity
  let prev: Point | null = null
  for (let i = 0; i + 2 < pts.length; i += 3) {
    const q = { x: stroke.x + (pts[i] as number) * sx, y: stroke.y + (pts[i + 1] as number) * sy }
    best = Math.min(best, distanceToSegment(p, prev ?? q, q))
    prev = q
  }
  return best
}
