import type { BoardElement, Frame } from '../schema/index.ts'
import type { Rect } from '../geometry/types.ts'
import { centreInside } from './frames.ts'

/**
 * Top to bottom in rows, left to right within a row. A row starts with the highest element not
 * yet placed; the next ones join it while their top lies above the middle of that first one,
 * so notes laid out by hand, a few pixels off a line, still read as one row. A sweep rather
 * than a comparator: "about the same height" is not transitive, and a sort needs it to be.
 */
export function rowsInReadingOrder<T extends Rect & { id: string }>(items: readonly T[]): T[] {
  const byTop = [...items].sort((a, b) => a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : 1))
  const out: T[] = []
  let row: T[] = []
  let rowEnd = -Infinity
  const flush = (): void => {
    row.sort((a, b) => a.x - b.x || a.y - b.y || (a.id < b.id ? -1 : 1))
    for (const item of row) out.push(item)
    row = []
  }
  for (const item of byTop) {
    if (row.length > 0 && item.y >= rowEnd) flush()
    if (row.length === 0) rowEnd = item.y + item.h / 2
    row.push(item)
  }
  flush()
  return out
}

/**
 * The order the list view reads the board in: each frame followed by its content (what has its
 * centre inside; a frame inside a frame is content, with its own content after it), frames in
 * reading order; then what lies in no frame, in reading order; then the connectors, which name
 * the elements they join and read best after them. An element inside several overlapping frames
 * belongs to the smallest.
 */
export function readingOrder(elements: readonly BoardElement[]): BoardElement[] {
  const frames = elements.filter((el): el is Frame => el.kind === 'frame')
  const connectors: BoardElement[] = []
  const children = new Map<string | null, BoardElement[]>()
  const add = (parent: string | null, el: BoardElement): void => {
    const list = children.get(parent)
    if (list) list.push(el)
    else children.set(parent, [el])
  }
  for (const el of elements) {
    if (el.kind === 'connector') {
      connectors.push(el)
      continue
    }
    add(frames.length === 0 ? null : (smallestFrameAround(el, frames)?.id ?? null), el)
  }
  const out: BoardElement[] = []
  const visit = (parent: string | null, depth: number): void => {
    const list = rowsInReadingOrder(children.get(parent) ?? [])
    // Frames and their content first, then the rest of this level.
    const ordered = [
      ...list.filter((el) => el.kind === 'frame'),
      ...list.filter((el) => el.kind !== 'frame'),
    ]
    for (const el of ordered) {
      out.push(el)
      // A cycle is impossible (a frame's parent is strictly larger), the depth is a safeguard.
      if (el.kind === 'frame' && depth < 64) visit(el.id, depth + 1)
    }
  }
  visit(null, 0)
  for (const el of rowsInReadingOrder(connectors)) out.push(el)
  return out
}

/**
 * The smallest other frame containing the element's centre, strictly larger than it: the one
 * frame an element belongs to when frames overlap or nest.
 */
export function smallestFrameAround(el: BoardElement, frames: readonly Frame[]): Frame | null {
  const area = el.w * el.h
  let best: Frame | null = null
  for (const frame of frames) {
    if (frame.id === el.id || !centreInside(frame, el)) continue
    const frameArea = frame.w * frame.h
    // Strictly larger (or, at equal size, ordered by id): two frames never contain each other.
    if (frameArea < area || (frameArea === area && frame.id >= el.id)) continue
    if (!best || frameArea < best.w * best.h) best = frame
  }
  return best
}
