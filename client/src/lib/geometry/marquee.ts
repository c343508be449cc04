import type { Point, Rect } from './geometry.ts'

/** The rectangle spanned by two corners, in whatever order they were dragged. */
export function rectFromCorners(a: Point, b: Point): Rect {
  return {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    w: Math.abs(a.x - b.x),
    h: Math.abs(a.y - b.y),
  }
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.w <= outer.x + outer.w &&
    inner.y + inner.h <= outer.y + outer.h
  )
}

/**
 * The elements a selection rectangle catches: those lying fully inside it (as in Excalidraw and
 * tldraw; touching is not enough, so a marquee across a crowded board stays predictable).
 * Order follows `elements`.
 */
export function elementsInside(elements: Iterable<Rect & { id: string }>, marquee: Rect): string[] {
  const ids: string[] = []
  for (const el of elements) if (containsRect(marquee, el)) ids.push(el.id)
  return ids
}
