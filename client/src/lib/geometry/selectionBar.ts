import type { Rect, Size } from './geometry.ts'

/** Screen pixels kept between the selection bar and the selection it belongs to. */
export const SELECTION_BAR_GAP = 12
/** Screen pixels kept between the selection bar and the edges of the visible canvas. */
export const SELECTION_BAR_MARGIN = 8

/** Where the selection bar goes: its top-left corner in canvas pixels, and which side it took. */
export interface SelectionBarPlace {
  x: number
  y: number
  side: 'above' | 'below' | 'over'
}

/**
 * Places the bar that offers colour, delete and more for a selection next to it: above the
 * selection when there is room (that is where the eye and the hand are after picking it), else
 * below it, centred on it and kept inside the canvas. Only when neither side has room (the
 * selection fills the view) does it lie over the selection, at the top of the free area.
 * `selection` is in canvas pixels; `free` is the part of the canvas no other control covers.
 */
export function placeSelectionBar(selection: Rect, bar: Size, free: Rect): SelectionBarPlace {
  const minX = free.x + SELECTION_BAR_MARGIN
  const maxX = free.x + free.w - SELECTION_BAR_MARGIN - bar.width
  const centred = selection.x + selection.w / 2 - bar.width / 2
  // A bar wider than the free area starts at its left edge.
  const x = maxX < minX ? minX : Math.min(maxX, Math.max(minX, centred))

  const top = free.y + SELECTION_BAR_MARGIN
  const bottom = free.y + free.h - SELECTION_BAR_MARGIN
  const above = selection.y - SELECTION_BAR_GAP - bar.height
  if (above >= top) return { x, y: Math.min(above, bottom - bar.height), side: 'above' }
  const below = selection.y + selection.h + SELECTION_BAR_GAP
  if (below + bar.height <= bottom) return { x, y: Math.max(below, top), side: 'below' }
  return { x, y: top, side: 'over' }
}

/**
 * How far (canvas pixels, positive to the left) the view must move so that `selection` no
 * longer lies under a panel covering the canvas from `panelLeft` to its right edge, keeping
 * `SELECTION_BAR_GAP` clear; 0 when it is already clear. A selection wider than the space left
 * of the panel moves only until its left edge reaches the free area's left edge.
 */
export function shiftClearOfPanel(selection: Rect, panelLeft: number, freeLeft: number): number {
  const overlap = selection.x + selection.w + SELECTION_BAR_GAP - panelLeft
  if (overlap <= 0) return 0
  const room = Math.max(0, selection.x - freeLeft - SELECTION_BAR_MARGIN)
  return Math.min(overlap, room)
}
