import type { Paper } from '../../../shared/export/options.ts'

/** A rectangle in PDF points (1/72 inch), y down from the page's top as pdfkit counts. */
export interface PageBox {
  x: number
  y: number
  w: number
  h: number
}

/** ISO 216 sizes in points, portrait. */
const SHEETS = {
  a4: { w: 595.28, h: 841.89 },
  a3: { w: 841.89, h: 1190.55 },
} as const

/** White space around everything on a page, in points (about 12.7 mm: printers need ~5 mm). */
export const PAGE_MARGIN = 36
/** Height the footer line takes at the page's bottom, in points. */
export const FOOTER_HEIGHT = 20
/** Space between the heading and the picture, in points. */
export const HEADING_GAP = 10

/** Width and height of a paper in points, in its orientation. */
export function paperSize(paper: Paper): { w: number; h: number } {
  const [sheet, orientation] = paper.split('-') as ['a4' | 'a3', 'landscape' | 'portrait']
  const { w, h } = SHEETS[sheet]
  return orientation === 'landscape' ? { w: h, h: w } : { w, h }
}

/** The affine map that fits a board area into a page box, centred and never distorted. */
export interface Fit {
  scale: number
  /** Page position of board point (0, 0). */
  dx: number
  dy: number
}

/**
 * Fits `bounds` (board units) into `box` (points), keeping its proportions and centring it. A
 * degenerate area (an empty board) gets scale 1 at the box's corner.
 */
export function fitInto(bounds: PageBox, box: PageBox): Fit {
  if (!(bounds.w > 0 && bounds.h > 0))
    return { scale: 1, dx: box.x - bounds.x, dy: box.y - bounds.y }
  const scale = Math.min(box.w / bounds.w, box.h / bounds.h)
  const dx = box.x + (box.w - bounds.w * scale) / 2 - bounds.x * scale
  const dy = box.y + (box.h - bounds.h * scale) / 2 - bounds.y * scale
  return { scale, dx, dy }
}
