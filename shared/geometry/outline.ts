import type { Point, Rect } from './types.ts'

/** The outline a connector meets: rectangles (notes, frames, text), ellipses and diamonds. */
export type OutlineShape = 'rect' | 'ellipse' | 'diamond'

/** A side of an element's bounds, as the direction a connector leaves it. */
export type Side = 'top' | 'right' | 'bottom' | 'left'

export const SIDE_DIRECTION: Record<Side, Point> = {
  top: { x: 0, y: -1 },
  right: { x: 1, y: 0 },
  bottom: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
}

/**
 * The outline an element presents to connectors. Shape elements name theirs in `shape`
 * ('ellipse', 'diamond'); everything else is a rectangle.
 */
export function outlineOf(el: { type: string; shape?: unknown }): OutlineShape {
  if (el.shape === 'ellipse' || el.shape === 'circle') return 'ellipse'
  if (el.shape === 'diamond' || el.shape === 'rhombus') return 'diamond'
  return 'rect'
}

export function centerOf(r: Rect): Point {
  return { x: r.x + r.w / 2, y: r.y + r.h / 2 }
}

/**
 * Where a line from the element's centre toward `toward` leaves its outline. A target at the
 * centre itself gives the middle of the right side.
 */
export function outlineExit(rect: Rect, shape: OutlineShape, toward: Point): Point {
  const c = centerOf(rect)
  const hw = rect.w / 2
  const hh = rect.h / 2
  const dx = toward.x - c.x
  const dy = toward.y - c.y
  if ((dx === 0 && dy === 0) || hw <= 0 || hh <= 0) return { x: c.x + hw, y: c.y }
  let s: number
  switch (shape) {
    case 'ellipse':
      s = 1 / Math.hypot(dx / hw, dy / hh)
      break
    case 'diamond':
      s = 1 / (Math.abs(dx) / hw + Math.abs(dy) / hh)
      break
    case 'rect':
      s = Math.min(dx === 0 ? Infinity : hw / Math.abs(dx), dy === 0 ? Infinity : hh / Math.abs(dy))
      break
  }
  return { x: c.x + dx * s, y: c.y + dy * s }
}

/** A relative anchor (0..1 across the bounds) projected onto the outline from the centre. */
export function anchorPoint(rect: Rect, shape: OutlineShape, anchor: Point): Point {
  const p = { x: rect.x + anchor.x * rect.w, y: rect.y + anchor.y * rect.h }
  return outlineExit(rect, shape, p)
}

/** The relative anchor (0..1 across the bounds) of a board point, clamped to the bounds. */
export function relativeAnchor(rect: Rect, p: Point): Point {
  const clamp = (v: number): number => Math.min(1, Math.max(0, v))
  return {
    x: rect.w > 0 ? clamp((p.x - rect.x) / rect.w) : 0.5,
    y: rect.h > 0 ? clamp((p.y - rect.y) / rect.h) : 0.5,
  }
}

/** The side of the bounds nearest to a point (relative to the bounds' proportions). */
export function sideFacing(rect: Rect, p: Point): Side {
  const c = centerOf(rect)
  const dx = (p.x - c.x) / Math.max(rect.w / 2, 1e-9)
  const dy = (p.y - c.y) / Math.max(rect.h / 2, 1e-9)
  if (Math.abs(dx) >= Math.abs(dy)) return dx >= 0 ? 'right' : 'left'
  return dy >= 0 ? 'bottom' : 'top'
}

/** The middle of a side of the outline (rectangle, ellipse and diamond share these points). */
export function sideMidpoint(rect: Rect, side: Side): Point {
  const c = centerOf(rect)
  const d = SIDE_DIRECTION[side]
  return { x: c.x + (d.x * rect.w) / 2, y: c.y + (d.y * rect.h) / 2 }
}

/**
 * The sides two boxes should face each other with: across a gap if there is one (horizontal
 * first), else along the larger offset of their centres.
 */
export function facingSides(a: Rect, b: Rect): [Side, Side] {
  if (b.x >= a.x + a.w) return ['right', 'left']
  if (a.x >= b.x + b.w) return ['left', 'right']
  if (b.y >= a.y + a.h) return ['bottom', 'top']
  if (a.y >= b.y + b.h) return ['top', 'bottom']
  const side = sideFacing(a, centerOf(b))
  return [side, OPPOSITE[side]]
}

export const OPPOSITE: Record<Side, Side> = {
  top: 'bottom',
  bottom: 'top',
  left: 'right',
  right: 'left',
}

/** Is the point strictly inside the outline (a little tolerance keeps the boundary outside)? */
export function insideOutline(rect: Rect, shape: OutlineShape, p: Point): boolean {
  const c = centerOf(rect)
  const nx = (p.x - c.x) / (rect.w / 2)
  const ny = (p.y - c.y) / (rect.h / 2)
  switch (shape) {
    case 'ellipse':
      return nx * nx + ny * ny < 1
    case 'diamond':
      return Math.abs(nx) + Math.abs(ny) < 1
    case 'rect':
      return Math.abs(nx) < 1 && Math.abs(ny) < 1
  }
}
