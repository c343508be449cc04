import { MIN_ELEMENT_SIZE } from './resizeElement.ts'

/** Where a new element goes: its top-left corner and size in board units. */
export interface ElementRect {
  x: number
  y: number
  w: number
  h: number
}

/** Whole-unit bounds, at least MIN_ELEMENT_SIZE a side; non-finite input falls back to 0 / min. */
export function boundsFrom(r: ElementRect): ElementRect {
  const finite = (v: number, fallback: number): number => (Number.isFinite(v) ? v : fallback)
  return {
    x: Math.round(finite(r.x, 0)),
    y: Math.round(finite(r.y, 0)),
    w: Math.max(MIN_ELEMENT_SIZE, Math.round(finite(r.w, MIN_ELEMENT_SIZE))),
    h: Math.max(MIN_ELEMENT_SIZE, Math.round(finite(r.h, MIN_ELEMENT_SIZE))),
  }
}
