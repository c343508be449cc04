import type { BoardElement } from '../../../../shared/schema/index.ts'
import { containsPoint, type Point, type Rect } from './geometry.ts'
import { distanceToStroke } from './strokeGeometry.ts'
import type { ConnectorHitTest } from './connectorHit.ts'

import { FRAME_TITLE_BAND } from '../../../../shared/picture/describe/frame.ts'

/** Height of a frame's title band in board units (as drawn): a frame is grabbed there or at its border. */
export { FRAME_TITLE_BAND }

/**
 * Whether the board point `p` is on the element, with `tolerance` board units of slop (a few
 * screen pixels at the current zoom). Shapes by their outline and, when filled or labelled,
 * their inside; strokes by the distance to their line; frames by their title band and border,
 * so the empty inside of a frame is free for selecting and panning.
 */
export function hitElement(
  el: BoardElement,
  p: Point,
  tolerance = 0,
  connectors?: ConnectorHitTest,
): boolean {
  // A connector's stored box goes stale when its elements move: test its derived path.
  if (el.kind === 'connector') return connectors?.(el, p, tolerance) ?? false
  if (!containsPoint(el, p, tolerance)) return false
  switch (el.kind) {
    case 'shape': {
      const filled = el.fill !== 'none' || el.text !== ''
      const cx = el.x + el.w / 2
      const cy = el.y + el.h / 2
      const rx = el.w / 2
      const ry = el.h / 2
      const edge = tolerance + el.strokeWidth / 2
      if (el.shape === 'ellipse') {
        const outer = ((p.x - cx) / (rx + edge)) ** 2 + ((p.y - cy) / (ry + edge)) ** 2
        if (outer > 1) return false
        if (filled) return true
        const ix = Math.max(1, rx - edge)
        const iy = Math.max(1, ry - edge)
        return ((p.x - cx) / ix) ** 2 + ((p.y - cy) / iy) ** 2 >= 1
      }
      if (el.shape === 'diamond') {
        const d = Math.abs(p.x - cx) / rx + Math.abs(p.y - cy) / ry
        const slack = edge / Math.min(rx, ry)
        if (d > 1 + slack) return false
        return filled || d >= 1 - slack
      }
      if (filled) return true
      return !containsPoint(
        { x: el.x + edge, y: el.y + edge, w: el.w - 2 * edge, h: el.h - 2 * edge },
        p,
      )
    }
    case 'stroke':
      return distanceToStroke(el, p) <= el.width / 2 + tolerance
    case 'frame': {
      const band = Math.min(FRAME_TITLE_BAND, el.h / 2)
      if (p.y <= el.y + band) return true
      const inner = {
        x: el.x + tolerance,
        y: el.y + tolerance,
        w: el.w - 2 * tolerance,
        h: el.h - 2 * tolerance,
      }
      return !containsPoint(inner, p)
    }
    default:
      return true
  }
}

/** The topmost element (of `ordered`, bottom to top) under the board point `p`. */
export function topElementAt(
  ordered: readonly BoardElement[],
  p: Point,
  tolerance = 0,
  connectors?: ConnectorHitTest,
): string | null {
  for (let i = ordered.length - 1; i >= 0; i--) {
    const el = ordered[i]
    if (el && hitElement(el, p, tolerance, connectors)) return el.id
  }
  return null
}

/**
 * Elements the segment from `a` to `b` passes over (the eraser's sweep between two pointer
 * events), sampled every `tolerance` board units so a fast swipe misses nothing in between.
 */
export function elementsAlong(
  ordered: readonly BoardElement[],
  a: Point,
  b: Point,
  tolerance: number,
  accept: (el: BoardElement) => boolean,
): string[] {
  const length = Math.hypot(b.x - a.x, b.y - a.y)
  const steps = Math.max(1, Math.ceil(length / Math.max(0.5, tolerance)))
  const box = {
    x: Math.min(a.x, b.x) - tolerance,
    y: Math.min(a.y, b.y) - tolerance,
    w: Math.abs(b.x - a.x) + 2 * tolerance,
    h: Math.abs(b.y - a.y) + 2 * tolerance,
  }
  const hits: string[] = []
  for (const el of ordered) {
    if (!accept(el) || !intersectsRect(el, box)) continue
    for (let i = 0; i <= steps; i++) {
      const t = i / steps
      const p = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }
      if (hitElement(el, p, tolerance)) {
        hits.push(el.id)
        break
      }
    }
  }
  return hits
}

function intersectsRect(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h
}
