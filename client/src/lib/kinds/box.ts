import type { Point, Rect } from '../../../../shared/geometry/types.ts'
import { containsPoint } from '../geometry/geometry.ts'

/** Hit test of kinds that are solid boxes (notes, text blocks, images, cards): inside or near. */
export function hitBox(el: Rect, p: Point, tolerance: number): boolean {
  return containsPoint(el, p, tolerance)
}

/** Behind the in-place field of a text over the board (text block, label, title): the board shows through a little. */
export const FIELD_BACKGROUND = 'rgb(255 255 255 / 0.85)'

/** Line height of in-place fields as a multiple of the font size (as text blocks are drawn). */
export { TEXT_BLOCK_LINE_HEIGHT as FIELD_LINE_HEIGHT } from '../../../../shared/geometry/textBlock.ts'
