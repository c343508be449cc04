import type * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { elementsMap, elementEntries } from '../schema/doc.ts'
import { readElement } from '../schema/index.ts'
import type { BoardElement } from '../schema/index.ts'
import { moveElements } from './moveElements.ts'
import { resizeElement } from './resizeElement.ts'

interface Box {
  x: number
  y: number
  w: number
  h: number
}

export interface MakeRoomBelowInput {
  /** The card before it grew and after. */
  before: Box
  after: Box
  /** Elements that are not pushed (the card itself and what sits on it). */
  keep: ReadonlySet<string>
}

/** Room kept under a frame's lowest element when the frame grows to hold what was pushed. */
const FRAME_PADDING = 24

function overlapsAcross(el: Box, box: Box): boolean {
  return el.x < box.x + box.w && box.x < el.x + el.w
}

function intersects(a: Box, b: Box): boolean {
  return overlapsAcross(a, b) && a.y < b.y + b.h && b.y < a.y + a.h
}

function contains(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.w <= outer.x + outer.w &&
    inner.y + inner.h <= outer.y + outer.h
  )
}

function pushable(el: BoardElement): boolean {
  return el.kind !== 'unknown' && el.type !== 'connector' && el.type !== 'frame' && !el.locked
}

/**
 * A card that grew downwards (a role card seating one more person) makes room instead of
 * running over what lies below it: when it now covers an element under its old bottom edge,
 * everything below that edge in its column (across its width) moves down by the growth, so a
 * grid of role cards keeps its spacing, and a frame around the card grows to hold what moved.
 * Locked elements stay where they are. One transaction with the caller's.
 */
export function makeRoomBelow(
  doc: Y.Doc,
  input: MakeRoomBelowInput,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const { before, after, keep } = input
  const oldBottom = before.y + before.h
  const growth = after.y + after.h - oldBottom
  if (!(growth > 0)) return
  const all = elementEntries(elementsMap(doc)).map(([id, map]) => readElement(id, map))
  const below = all.filter(
    (el) =>
      !keep.has(el.id) && pushable(el) && el.y >= oldBottom - 0.5 && overlapsAcross(el, after),
  )
  if (!below.some((el) => intersects(el, after))) return
  doc.transact(() => {
    moveElements(
      doc,
      { positions: below.map((el) => ({ id: el.id, x: el.x, y: el.y + growth })) },
      origin,
    )
    const lowest = Math.max(after.y + after.h, ...below.map((el) => el.y + growth + el.h))
    for (const frame of all) {
      if (frame.type !== 'frame' || frame.locked || !contains(frame, before)) continue
      const needed = lowest + FRAME_PADDING - (frame.y + frame.h)
      if (needed > 0) resizeElement(doc, { ...frame, h: frame.h + needed }, origin)
    }
  }, origin)
}
