import type { Point, Rect } from '../geometry/geometry.ts'

/** Space between the board's content and an inserted template (board units). */
export const TEMPLATE_GAP = 160

/**
 * Where an inserted template's top-left corner goes: right of everything already on the board,
 * level with its top, so it never covers anyone's work; on an empty board, centred in the view.
 * Whole board units, so the layout's lines stay crisp.
 */
export function templateSpot(
  content: Rect | null,
  template: { w: number; h: number },
  viewCentre: Point,
): Point {
  if (content === null) {
    return {
      x: Math.round(viewCentre.x - template.w / 2),
      y: Math.round(viewCentre.y - template.h / 2),
    }
  }
  return { x: Math.round(content.x + content.w + TEMPLATE_GAP), y: Math.round(content.y) }
}
