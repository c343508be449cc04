import type { Arrowhead } from '../schema/connector.ts'
import type { Point } from './types.ts'

/** What to draw at one end of a connector, in board units. */
export type ArrowheadShape =
  | { kind: 'none' }
  /** An open chevron: stroke the three points. */
  | { kind: 'open'; points: [Point, Point, Point] }
  /** A filled polygon (triangle, diamond). */
  | { kind: 'filled'; points: Point[] }
  | { kind: 'circle'; center: Point; radius: number }

export interface ArrowheadGeometry {
  shape: ArrowheadShape
  /** Where the line itself should end, so it does not poke through a filled head. */
  lineEnd: Point
}

/** Arrowheads grow with the line, but stay readable for thin lines. */
export function arrowheadSize(strokeWidth: number): number {
  return 8 + strokeWidth * 3
}

/**
 * The arrowhead at `tip`, pointing away from `from` (the previous point on the path). A
 * degenerate direction (tip equals from) gives no head.
 */
export function arrowheadGeometry(
  kind: Arrowhead,
  tip: Point,
  from: Point,
  strokeWidth: number,
): ArrowheadGeometry {
  const length = Math.hypot(tip.x - from.x, tip.y - from.y)
  if (kind === 'none' || length === 0) return { shape: { kind: 'none' }, lineEnd: tip }
  const size = Math.min(arrowheadSize(strokeWidth), length * 0.8)
  const u = { x: (tip.x - from.x) / length, y: (tip.y - from.y) / length }
  const n = { x: -u.y, y: u.x }
  const at = (back: number, side: number): Point => ({
    x: tip.x - u.x * back + n.x * side,
    y: tip.y - u.y * back + n.y * side,
  })
  switch (kind) {
    case 'arrow':
      return {
        shape: { kind: 'open', points: [at(size, size * 0.5), tip, at(size, -size * 0.5)] },
        lineEnd: tip,
      }
    case 'triangle':
      return {
        shape: { kind: 'filled', points: [tip, at(size, size * 0.5), at(size, -size * 0.5)] },
        lineEnd: at(size * 0.8, 0),
      }
    case 'diamond':
      return {
        shape: {
          kind: 'filled',
          points: [tip, at(size / 2, size * 0.35), at(size, 0), at(size / 2, -size * 0.35)],
        },
        lineEnd: at(size * 0.9, 0),
      }
    case 'dot': {
      const radius = size * 0.3
      return { shape: { kind: 'circle', center: at(radius, 0), radius }, lineEnd: at(radius, 0) }
    }
  }
}
