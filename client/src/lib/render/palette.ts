/**
 * The colours the canvas draws its own interface in (background, grid, selection, warning
 * markers), in two sets: the standard one and one for `prefers-contrast: more`, with darker
 * lines and no pale strokes. The board's content (cards, notes, connectors) is drawn as every
 * export draws it and does not change here.
 */
export interface CanvasPalette {
  /** Which set this is: part of the cached picture's key, so a switch redraws the grid. */
  name: 'standard' | 'more'
  background: string
  gridDot: string
  selection: string
  /** Width of the selection outline and handles' border, CSS pixels. */
  selectionWidth: number
  /** A warning marker's fill and dashed outline: 7:1 against white cards and the board. */
  warning: string
  /** The exclamation mark on the marker and its rim: 7:1 against `warning`. */
  warningInk: string
}

/** The standard set. #7a3e00 on white is 8.3:1, on the board 7.8:1. */
export const STANDARD_PALETTE: CanvasPalette = {
  name: 'standard',
  background: '#f7f7f4',
  gridDot: '#d4d4cc',
  selection: '#1b4fa0',
  selectionWidth: 2,
  warning: '#7a3e00',
  warningInk: '#ffffff',
}

/** `prefers-contrast: more`: grid dots 3:1 on the board, a darker and wider selection. */
export const MORE_CONTRAST_PALETTE: CanvasPalette = {
  name: 'more',
  background: '#f7f7f4',
  gridDot: '#8a8a82',
  selection: '#0b2f6b',
  selectionWidth: 3,
  warning: '#5c2e00',
  warningInk: '#ffffff',
}

const QUERY = '(prefers-contrast: more)'
let query: MediaQueryList | null | undefined

/** The palette for this person's contrast preference now (standard where there is no DOM). */
export function currentPalette(): CanvasPalette {
  if (query === undefined) {
    query = typeof globalThis.matchMedia === 'function' ? globalThis.matchMedia(QUERY) : null
  }
  return query?.matches === true ? MORE_CONTRAST_PALETTE : STANDARD_PALETTE
}
