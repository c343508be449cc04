import type { Point, Rect } from './types.ts'

/** Shortest distance from `p` to the segment a–b. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x
  const dy = b.y - a.y
  const lengthSquared = dx * dx + dy * dy
  if (lengthSquared === 0) return Math.hypot(p.x - a.x, p.y - a.y)
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared))
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy))
}

/** Shortest distance from `p` to a polyline (Infinity for no points). */
export function distanceToPolyline(p: Point, points: readonly Point[]): number {
  if (points.length === 1) return Math.hypot(p.x - points[0]!.x, p.y - points[0]!.y)
  let best = Infinity
  for (let i = 1; i < points.length; i++) {
    best = Math.min(best, distanceToSegment(p, points[i - 1]!, points[i]!))
  }
  return best
}

export function polylineLength(points: readonly Point[]): number {
  let length = 0
  for (let i = 1; i < points.length; i++) {
    length += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y)
  }
  return length
}

/** The point at `fraction` (0..1) of the way along the polyline, by length. */
export function pointAlong(points: readonly Point[], fraction: number): Point {
  if (points.length === 0) return { x: 0, y: 0 }
  let remaining = polylineLength(points) * Math.max(0, Math.min(1, fraction))
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!
    const b = points[i]!
    const segment = Math.hypot(b.x - a.x, b.y - a.y)
    if (remaining <= segment && segment > 0) {
      const t = remaining / segment
      return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }
    }
    remaining -= segment
  }
  return { ...points[points.length - 1]! }
}

/** Where a connector's label sits: halfway along its path. */
export function labelPosition(points: readonly Point[]): Point {
  return pointAlong(points, 0.5)
}

/** The bounding box of the points (at least `minSize` wide and high, centred on the points). */
export function polylineBounds(points: readonly Point[], minSize = 1): Rect {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const p of points) {
    minX = Math.min(minX, p.x)
    minY = Math.min(minY, p.y)
    maxX = Math.max(maxX, p.x)
    maxY = Math.max(maxY, p.y)
  }
  if (minX === Infinity) return { x: 0, y: 0, w: minSize, h: minSize }
  const w = Math.max(minSize, maxX - minX)
  const h = Math.max(minSize, maxY - minY)
  return { x: (minX + maxX) / 2 - w / 2, y: (minY + maxY) / 2 - h / 2, w, h }
}

/** Drops repeated points and middle points of straight runs (collinear on an axis or not). */
export function simplifyPolyline(points: readonly Point[], epsilon = 1e-6): Point[] {
  const out: Point[] = []
  for (const p of points) {
    const last = out[out.length - 1]
    if (last && Math.abs(last.x - p.x) < epsilon && Math.abs(last.y - p.y) < epsilon) continue
    const before = out[out.length - 2]
    if (before && last) {
      const cross = (last.x - before.x) * (p.y - last.y) - (last.y - before.y) * (p.x - last.x)
      const dot = (last.x - before.x) * (p.x - last.x) + (last.y - before.y) * (p.y - last.y)
      if (Math.abs(cross) < epsilon && dot > 0) out.pop()
    }
    out.push({ x: p.x, y: p.y })
  }
  return out
}
