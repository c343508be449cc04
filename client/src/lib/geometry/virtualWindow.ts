/** Which rows of a long list are mounted, and the space the others take above and below. */
export interface VirtualWindow {
  /** First mounted row. */
  start: number
  /** One past the last mounted row. */
  end: number
  /** Height of the rows above `start` (pixels). */
  before: number
  /** Height of the rows from `end` on (pixels). */
  after: number
}

/**
 * The rows to mount for a scroll position: those overlapping the visible part of the list plus
 * `overscan` rows on each side, so Tab and the arrow keys always find a next row mounted.
 * `heightOf(i)` is the measured height of row i including its gap, or an estimate until it was
 * measured. `scrollTop` is measured from the top of the list. Linear in the row count: 10,000
 * rows cost well under a millisecond, and it runs once per scroll event.
 */
export function virtualWindow(
  count: number,
  heightOf: (index: number) => number,
  scrollTop: number,
  viewportHeight: number,
  overscan = 5,
): VirtualWindow {
  if (count <= 0) return { start: 0, end: 0, before: 0, after: 0 }
  const top = Math.max(0, scrollTop)
  const bottom = top + Math.max(0, viewportHeight)
  let offset = 0
  let first = -1
  let last = count - 1
  for (let i = 0; i < count; i++) {
    const h = heightOf(i)
    if (first === -1 && offset + h > top) first = i
    if (offset >= bottom) {
      last = i - 1
      break
    }
    offset += h
  }
  // Scrolled past the end (the list shrank): show its last rows.
  if (first === -1) first = count - 1
  last = Math.max(last, first)
  const start = Math.max(0, first - overscan)
  const end = Math.min(count, last + 1 + overscan)
  let before = 0
  for (let i = 0; i < start; i++) before += heightOf(i)
  let after = 0
  for (let i = end; i < count; i++) after += heightOf(i)
  return { start, end, before, after }
}

/** The scroll offset (from the top of the list) at which row `index` starts. */
export function rowOffset(index: number, heightOf: (index: number) => number): number {
  let offset = 0
  for (let i = 0; i < index; i++) offset += heightOf(i)
  return offset
}

/**
 * The scroll position that shows row `index` whole, moving as little as possible: unchanged
 * when it is already in view, else the row at the top or at the bottom edge.
 */
export function scrollToShow(
  index: number,
  heightOf: (index: number) => number,
  scrollTop: number,
  viewportHeight: number,
): number {
  const top = rowOffset(index, heightOf)
  const bottom = top + heightOf(index)
  if (top < scrollTop) return top
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight)
  return scrollTop
}
