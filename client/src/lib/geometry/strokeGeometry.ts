import type { Stroke } from '../../../../shared/schema/index.ts'
import type { Point } from './geometry.ts'
import { strokeScale } from '../../../../shared/picture/describe/stroke.ts'

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
  // Scaled as it is drawn: the points to the stroke's current bounds.
  const { sx, sy } = strokeScale(stroke)
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
