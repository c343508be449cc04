import type { Point, Rect } from '../../../../shared/geometry/types.ts'
import type { BoardElement } from '../../../../shared/schema/index.ts'
import type { ConnectorHitTest } from '../geometry/connectorHit.ts'
import { kindOf } from './index.ts'

/**
 * Whether the board point `p` is on the element, with `tolerance` board units of slop (a few
 * screen pixels at the current zoom), by its kind's test: shapes by their outline and, when
 * filled or labelled, their inside; strokes by the distance to their line; frames by their
 * title band and border, so the empty inside of a frame is free for selecting and panning;
 * connectors by their derived path (`connectors`; without it they are missed).
 */
export function hitElement(
  el: BoardElement,
  p: Point,
  tolerance = 0,
  connectors?: ConnectorHitTest,
): boolean {
  return kindOf(el).hit(el, p, tolerance, connectors)
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
