/**
 * What a board looks like, as data: the one description that every output draws. The screen
 * (Canvas 2D), SVG, PNG and PDF are backends of this list, so a change to how a card looks
 * changes every output at once.
 *
 * Coordinates are board units (the same as the document's `x`, `y`, `w`, `h`); y grows downward.
 * Text arrives laid out (lines, positions, size) by the one text-layout step with the embedded
 * font's metrics, so no backend measures or wraps text itself: a backend that did would wrap
 * differently from the others.
 */

/** A colour as CSS understands it and SVG/PDF can write it: `#rrggbb` or `rgba(r, g, b, a)`. */
export type Paint = string

/** How a line is drawn. Widths are in board units. */
export interface Stroke {
  paint: Paint
  width: number
  /** Dash and gap lengths in board units; absent or empty for a solid line. */
  dash?: readonly number[]
  cap?: 'butt' | 'round' | 'square'
  join?: 'miter' | 'round' | 'bevel'
}

/** Font weights the embedded font is shipped and measured in. */
export type FontWeight = 400 | 600 | 700

/** One laid-out line of text. `x` is where the anchor is; `y` is the baseline. */
export interface TextLine {
  text: string
  x: number
  y: number
}

/** A rectangle, optionally with rounded corners. */
export interface RectPrimitive {
  kind: 'rect'
  x: number
  y: number
  w: number
  h: number
  radius?: number
  fill?: Paint
  stroke?: Stroke
  /**
   * A drop shadow drawn as a plain offset rectangle (notes, cards): decoration only, so a backend
   * may leave it out (a printed page, a screen zoomed far out) without losing anything.
   */
  shadow?: boolean
}

/** An ellipse inscribed in the box. */
export interface EllipsePrimitive {
  kind: 'ellipse'
  cx: number
  cy: number
  rx: number
  ry: number
  fill?: Paint
  stroke?: Stroke
}

/** One path segment: straight, cubic Bézier or quadratic; `close` ends a sub-path. */
export type PathCommand =
  | { op: 'move'; x: number; y: number }
  | { op: 'line'; x: number; y: number }
  | { op: 'cubic'; c1x: number; c1y: number; c2x: number; c2y: number; x: number; y: number }
  | { op: 'quad'; cx: number; cy: number; x: number; y: number }
  | { op: 'close' }

/** Any outline: shapes, strokes (filled outlines), connectors, arrowheads. */
export interface PathPrimitive {
  kind: 'path'
  commands: readonly PathCommand[]
  fill?: Paint
  /** How overlapping sub-paths fill (freehand outlines cross themselves). */
  fillRule?: 'nonzero' | 'evenodd'
  stroke?: Stroke
}

/** Lines of text in one font size and weight, already laid out. */
export interface TextPrimitive {
  kind: 'text'
  lines: readonly TextLine[]
  fontSize: number
  weight: FontWeight
  fill: Paint
  /** Where each line's `x` is: its start, middle or end. */
  anchor: 'start' | 'middle' | 'end'
}

/** An uploaded image, by content hash; a backend without its bytes draws it as missing. */
export interface ImagePrimitive {
  kind: 'image'
  hash: string
  x: number
  y: number
  w: number
  h: number
  /** The alternative text people gave the image (may be empty). */
  alt: string
}

/**
 * A group: its children drawn in order, clipped to `clip` when given, at `opacity`. `meaning` says
 * what a reader should be told about it (a figure's alternative text in a tagged PDF, `<title>` in
 * SVG); each board element is one group whose `elementId` is its id.
 */
export interface GroupPrimitive {
  kind: 'group'
  children: readonly Primitive[]
  clip?: { x: number; y: number; w: number; h: number }
  opacity?: number
  elementId?: string
  /** A short description of the element for people who cannot see it ("Notiz: Wer pflegt …"). */
  meaning?: string
}

/** Everything a backend draws. */
export type Primitive =
  RectPrimitive | EllipsePrimitive | PathPrimitive | TextPrimitive | ImagePrimitive | GroupPrimitive

/** A picture: primitives bottom to top, and the part of the board it shows. */
export interface Picture {
  /** The area of the board the picture covers (its page or canvas), in board units. */
  bounds: { x: number; y: number; w: number; h: number }
  items: readonly Primitive[]
  /** Image hashes the picture uses that the exporter could not find: named, never silently blank. */
  missingImages?: readonly string[]
}
