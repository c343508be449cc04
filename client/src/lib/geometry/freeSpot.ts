import type { BoardElement } from '../../../../shared/schema/index.ts'
import type { Point } from './geometry.ts'

/** How far a new note moves away from one already sitting at the same spot. */
const STACK_OFFSET = 24

/** A centre near `p` where no element is already centred (pressing N twice must not stack). */
export function freeSpot(elements: readonly BoardElement[], p: Point): Point {
  const occupied = (c: Point): boolean =>
    elements.some(
      (el) => Math.abs(el.x + el.w / 2 - c.x) < 1 && Math.abs(el.y + el.h / 2 - c.y) < 1,
    )
  let spot = { x: Math.round(p.x), y: Math.round(p.y) }
  for (let i = 0; i < 20 && occupied(spot); i++) {
    spot = { x: spot.x + STACK_OFFSET, y: spot.y + STACK_OFFSET }
  }
  return spot
}
