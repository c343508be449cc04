/** Plain geometry in one coordinate space (board units or screen pixels, never mixed). */
export interface Point {
  x: number
  y: number
}

/** Axis-aligned rectangle: top-left corner and size, as elements store it. */
export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

/** A width and a height (a screen, a view), without a position. */
export interface Size {
  width: number
  height: number
}
