import type { FontNames } from '../drawPicture.ts'
import type { PictureWords } from '../../../../shared/picture/wording.ts'
import type { PdfImageHandle } from '../pdfImages.ts'

/** Black-ish text on white: contrast far above 4.5:1. */
export const INK: [number, number, number] = [26, 26, 26]
/** Body text size and its line gap, in points. */
export const BODY_SIZE = 10.5
export const LINE_GAP = 2
/** Space after a paragraph, list or table, in points. */
export const BLOCK_GAP = 8

/** Where a flowing document is being written: the page, its text column, what it may draw. */
export interface FlowContext {
  doc: PDFKit.PDFDocument
  fonts: FontNames
  /** The structure element blocks are tagged under (`Document`). */
  root: PDFKit.PDFStructureElement
  /** The text column: left edge and width, in points. */
  left: number
  width: number
  /** The lowest y content may reach on a page (above the footer). */
  bottom: number
  /** The first y below the top margin on a new page. */
  top: number
  image(hash: string): PdfImageHandle | null
  /** The picture's words (a missing image's box). */
  words: PictureWords
  /** Starts a new page, the cursor at its top. */
  newPage(): void
}

/** Starts a new page unless `height` points still fit below the cursor. */
export function ensureRoom(ctx: FlowContext, height: number): void {
  if (ctx.doc.y + height > ctx.bottom && ctx.doc.y > ctx.top) ctx.newPage()
}

/** Body text settings. */
export function bodyFont(ctx: FlowContext, bold = false): void {
  ctx.doc
    .font(bold ? ctx.fonts[700] : ctx.fonts[400])
    .fontSize(BODY_SIZE)
    .fillColor(INK, 1)
}
