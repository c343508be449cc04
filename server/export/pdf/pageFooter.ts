import type { FontNames } from './drawPicture.ts'
import { FOOTER_HEIGHT, PAGE_MARGIN } from './paper.ts'
import { artifact } from './taggedDocument.ts'

const FOOTER_SIZE = 9
const MUTED: [number, number, number] = [92, 92, 92]
const RULE: [number, number, number] = [200, 200, 200]

/**
 * The footer of every page Werkraum writes: a rule, the title and date on the left, "Seite n
 * von m" on the right. Page furniture, so both are artifacts a screen reader skips.
 */
export function drawFooter(
  doc: PDFKit.PDFDocument,
  fonts: FontNames,
  size: { w: number; h: number },
  left: string,
  right: string,
): void {
  const top = size.h - PAGE_MARGIN - FOOTER_HEIGHT
  const width = size.w - 2 * PAGE_MARGIN
  artifact(doc, 'Layout', () => {
    doc.moveTo(PAGE_MARGIN, top).lineTo(size.w - PAGE_MARGIN, top)
    doc.lineWidth(0.5).strokeColor(RULE, 1).stroke()
  })
  artifact(doc, 'Pagination', () => {
    doc.font(fonts[400]).fontSize(FOOTER_SIZE).fillColor(MUTED, 1)
    const pageWidth = doc.widthOfString(right)
    const baseline = top + FOOTER_HEIGHT - 4
    doc.text(right, size.w - PAGE_MARGIN - pageWidth, baseline, {
      lineBreak: false,
      baseline: 'alphabetic',
    })
    doc.text(left, PAGE_MARGIN, baseline, {
      width: Math.max(1, width - pageWidth - 24),
      height: FOOTER_SIZE * 1.3,
      ellipsis: true,
      baseline: 'alphabetic',
    })
  })
}
