import type { Paper } from '../../../shared/export/options.ts'
import type { Locale } from '../../../shared/vocabulary/label.ts'
import type { Picture } from '../../../shared/picture/primitives.ts'
import { PICTURE_WORDS } from '../../../shared/picture/wording.ts'
import { drawPrimitives, type FontNames } from './drawPicture.ts'
import { pdfMessages } from './messages.ts'
import {
  FOOTER_HEIGHT,
  HEADING_GAP,
  PAGE_MARGIN,
  fitInto,
  paperSize,
  type Fit,
  type PageBox,
} from './paper.ts'
import { imageHandles, largestDrawnSizes, loadImages, missingImageNames } from './pdfImages.ts'
import { drawFooter } from './pageFooter.ts'
import { openTaggedDocument, plainText, tagged } from './taggedDocument.ts'

/** One page of a board PDF: a heading and the picture under it. */
export interface BoardPdfPage {
  /** The page's heading (H1) and bookmark: the board's or the frame's title. */
  heading: string
  picture: Picture
  /** The picture's text alternative (what is on it), for people who cannot see it. */
  alt: string
}

/** Everything a board PDF is written from. */
export interface BoardPdfRequest {
  /** The board's title: the document title and the footer's first words. */
  title: string
  pages: readonly BoardPdfPage[]
  paper: Paper
  /** The language of every word the file writes (footer, notes, the pictures' boxes). */
  language: Locale
  now: Date
  readAsset(hash: string): Promise<Uint8Array | null>
  /** Told the hashes of the images the file could not include, once, when there are any. */
  onMissingImages?(hashes: readonly string[]): void
}

/** Headings: semibold, dark ink. */
const HEADING_SIZE = 18
const HEADING_WEIGHT = 600
const NOTE_SIZE = 10
const INK: [number, number, number] = [26, 26, 26]
const MUTED: [number, number, number] = [92, 92, 92]
/** Bookmarks from this many pages on: a shorter file needs none (and PDF/UA asks from here). */
export const OUTLINE_MIN_PAGES = 3

/** Where things go on one page, in points. */
interface PageLayout {
  page: BoardPdfPage
  headingHeight: number
  note: string | null
  noteHeight: number
  area: PageBox
  fit: Fit
}

/**
 * Writes the board's pages as one tagged PDF: per page an H1 with the heading, a note naming
 * images the file could not include, the picture fitted to the paper as a Figure with its text
 * alternative, and the footer (title, date, "Seite n von m") as a pagination artifact. From
 * three pages on, each page is a bookmark.
 */
export async function writeBoardPdf(request: BoardPdfRequest): Promise<Uint8Array> {
  const messages = pdfMessages(request.language)
  const size = paperSize(request.paper)
  const pages = request.pages.map((page) => ({ ...page, heading: plainText(page.heading) }))
  const { doc, root, fonts, bytes } = openTaggedDocument({
    title: request.title,
    lang: messages.lang,
    now: request.now,
  })
  const width = size.w - 2 * PAGE_MARGIN

  // Which images exist decides the notes under the headings, so read them before laying out.
  const provisional = pages.map((page) => layoutPage(doc, fonts, page, null, size))
  const drawn = largestDrawnSizes(
    provisional.map((l) => ({ items: l.page.picture.items, scale: l.fit.scale })),
  )
  const images = await loadImages(drawn, request.readAsset)
  const missing = [...images].filter(([, image]) => image === null).map(([hash]) => hash)
  if (missing.length > 0) request.onMissingImages?.(missing)
  const layouts = pages.map((page) => {
    const names = missingImageNames(page.picture.items, images)
    const note = names.length > 0 ? messages.missingImages(names) : null
    return layoutPage(doc, fonts, page, note, size)
  })

  const imageHandle = imageHandles(doc, images)
  const footerLeft = `${plainText(request.title)} · ${messages.date(request.now)}`

  layouts.forEach((layout, index) => {
    doc.addPage({ size: [size.w, size.h], margin: 0 })
    if (layouts.length >= OUTLINE_MIN_PAGES) doc.outline.addItem(layout.page.heading)
    let y = PAGE_MARGIN
    tagged(doc, root, 'H1', {}, () => {
      doc.font(fonts[HEADING_WEIGHT]).fontSize(HEADING_SIZE).fillColor(INK, 1)
      doc.text(layout.page.heading, PAGE_MARGIN, y, { width })
    })
    y += layout.headingHeight
    if (layout.note !== null) {
      const note = layout.note
      tagged(doc, root, 'P', {}, () => {
        doc.font(fonts[400]).fontSize(NOTE_SIZE).fillColor(INK, 1)
        doc.text(note, PAGE_MARGIN, y, { width })
      })
    }
    const picture = layout.page.picture
    if (picture.items.length === 0) {
      tagged(doc, root, 'P', {}, () => {
        doc.font(fonts[400]).fontSize(NOTE_SIZE).fillColor(MUTED, 1)
        doc.text(messages.empty, PAGE_MARGIN, layout.area.y, { width })
      })
    } else {
      const b = picture.bounds
      const { scale, dx, dy } = layout.fit
      const box: [number, number, number, number] = [
        dx + b.x * scale,
        dy + b.y * scale,
        dx + (b.x + b.w) * scale,
        dy + (b.y + b.h) * scale,
      ]
      tagged(doc, root, 'Figure', { alt: layout.page.alt, bbox: box }, () => {
        doc.save()
        doc.rect(box[0], box[1], box[2] - box[0], box[3] - box[1]).clip()
        doc.transform(scale, 0, 0, scale, dx, dy)
        drawPrimitives(
          { doc, fonts, image: imageHandle, words: PICTURE_WORDS[request.language] },
          picture.items,
        )
        doc.restore()
      })
    }
    drawFooter(doc, fonts, size, footerLeft, messages.pageOf(index + 1, layouts.length))
  })
  root.end()
  doc.end()
  return bytes
}

function layoutPage(
  doc: PDFKit.PDFDocument,
  fonts: FontNames,
  page: BoardPdfPage,
  note: string | null,
  size: { w: number; h: number },
): PageLayout {
  const width = size.w - 2 * PAGE_MARGIN
  doc.font(fonts[HEADING_WEIGHT]).fontSize(HEADING_SIZE)
  const headingHeight = doc.heightOfString(page.heading, { width })
  doc.font(fonts[400]).fontSize(NOTE_SIZE)
  const noteHeight = note === null ? 0 : doc.heightOfString(note, { width })
  const top = PAGE_MARGIN + headingHeight + noteHeight + HEADING_GAP
  const bottom = size.h - PAGE_MARGIN - FOOTER_HEIGHT - HEADING_GAP
  const area = { x: PAGE_MARGIN, y: top, w: width, h: Math.max(1, bottom - top) }
  return { page, headingHeight, note, noteHeight, area, fit: fitInto(page.picture.bounds, area) }
}
