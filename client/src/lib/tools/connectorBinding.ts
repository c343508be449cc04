import type { ConnectorEndInput } from '../../../../shared/ops/createConnector.ts'
import type { BoardElement } from '../../../../shared/schema/index.ts'
import { containsPoint, type Point } from '../geometry/geometry.ts'

/** How near an element (screen pixels) a connector end still binds to it. */
export const BIND_SLOP = 8

/**
 * The topmost element a connector end at board point `p` would bind to: anything but another
 * connector (or the excluded element), by its bounds plus a little slop.
 */
export function bindableAt(
  ordered: readonly BoardElement[],
  p: Point,
  tolerance: number,
  exclude: string | null = null,
): BoardElement | null {
  for (let i = ordered.length - 1; i >= 0; i--) {
    const el = ordered[i]
    if (!el || el.kind === 'connector' || el.id === exclude) continue
    if (containsPoint(el, p, tolerance)) return el
  }
  return null
}

/** The end for a board point: bound to the element there, or free at the point. */
export function endAt(target: BoardElement | null, p: Point): ConnectorEndInput {
  return target
    ? { elementId: target.id, anchor: 'auto' }
    : { x: Math.round(p.x), y: Math.round(p.y) }
}
