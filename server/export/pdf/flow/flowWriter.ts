import type { Locale } from '../../../../shared/vocabulary/label.ts'
import type { Paper } from '../../../../shared/export/options.ts'
import { PICTURE_WORDS } from '../../../../shared/picture/wording.ts'
import { drawPrimitives } from '../drawPicture.ts'
import { pdfMessages } from '../messages.ts'
import { drawFooter } from '../pageFooter.ts'
import { FOOTER_HEIGHT, PAGE_MARGIN, fitInto, paperSize } from '../paper.ts'
import { imageHandles, largestDrawnSizes, loadImages } from '../pdfImages.ts'
import { openTaggedDocument, plainText, tagged } from '../taggedDocument.ts'
import type { FlowBlock, FlowDocument, FlowRun } from './flowBlocks.ts'
import {
  BLOCK_GAP,
  BODY_SIZE,
  INK,
  LINE_GAP,
  bodyFont,
  ensureRoom,
  type FlowContext,
} from './flowContext.ts'
import { writeTable } from './flowTable.ts'

/** Heading sizes by level, in points, and the room kept below a heading for what follows it. */
const HEADING_SIZES = { 1: 20, 2: 15, 3: 12.5 } as const
const KEEP_WITH_NEXT = 60
/** A text column a reader's eye can follow: wider margins than a board page. */
const FLOW_MARGIN = PAGE_MARGIN + 20
/** A figure is at most this share of the column's height, so its caption stays beside it. */
const FIGURE_MAX_SHARE = 0.6
const BULLET = '•'
const LIST_INDENT = 14
const CAPTION_SIZE = 9.5
/** Bookmarks from this many pages on. */
const OUTLINE_MIN_PAGES = 3

/** Everything a flowing document is written with. */
export interface FlowRequest {
  document: FlowDocument
  /** The sheet (A4 or A3); a flowing document is always portrait. */
  paper: Paper
  /** The language of every word the file writes (footer, notes, the pictures' boxes). */
  language: Locale
  now: Date
  readAsset(hash: string): Promise<Uint8Array | null>
}

/**
 * Writes a flowing document (the workshop report) as a tagged PDF: headings H1–H3 (bookmarked
 * from three pages on), paragraphs, lists, tables whose header row comes again on each page,
 * figures drawn in vector with their text alternatives, and the footer on every page.
 */
export async function writeFlowPdf(request: FlowRequest): Promise<Uint8Array> {
  const { document } = request
  const messages = pdfMessages(request.language)
  const sheet = paperSize(request.paper)
  const size = { w: Math.min(sheet.w, sheet.h), h: Math.max(sheet.w, sheet.h) }
  const { doc, root, fonts, bytes } = openTaggedDocument({
    title: document.title,
    lang: messages.lang,
    now: request.now,
    bufferPages: true,
  })
  const width = size.w - 2 * FLOW_MARGIN
  const top = FLOW_MARGIN
  const bottom = size.h - PAGE_MARGIN - FOOTER_HEIGHT - BLOCK_GAP
  const figureScale = new Map<FlowBlock, number>()
  for (const block of document.blocks) {
    if (block.kind !== 'figure' || block.picture === null) continue
    const area = { x: 0, y: 0, w: width, h: (bottom - top) * FIGURE_MAX_SHARE }
    figureScale.set(block, fitInto(block.picture.bounds, area).scale)
  }
  const images = await loadImages(
    largestDrawnSizes(
      document.blocks.flatMap((b) =>
        b.kind === 'figure' && b.picture
          ? [{ items: b.picture.items, scale: figureScale.get(b)! }]
          : [],
      ),
    ),
    request.readAsset,
  )

  const headings: { level: 1 | 2 | 3; text: string; page: number }[] = []
  const ctx: FlowContext = {
    doc,
    fonts,
    root,
    left: FLOW_MARGIN,
    width,
    top,
    bottom,
    image: imageHandles(doc, images),
    words: PICTURE_WORDS[request.language],
    newPage() {
      doc.addPage({
        size: [size.w, size.h],
        margins: { top, left: FLOW_MARGIN, right: FLOW_MARGIN, bottom: size.h - bottom },
      })
      doc.x = FLOW_MARGIN
      doc.y = top
    },
  }
  ctx.newPage()
  for (const block of document.blocks) {
    if (block.kind === 'heading') {
      writeHeading(ctx, block.level, block.text)
      // The page it landed on: pdfkit also starts pages itself when a paragraph runs over.
      const page = doc.bufferedPageRange().count - 1
      headings.push({ level: block.level, text: plainText(block.text), page })
    } else if (block.kind === 'paragraph') writeParagraph(ctx, block.runs)
    else if (block.kind === 'list') writeList(ctx, block.items)
    else if (block.kind === 'table') writeTable(ctx, block)
    else writeFigure(ctx, block, figureScale.get(block) ?? 0)
  }

  const range = doc.bufferedPageRange()
  const footerLeft = `${plainText(document.title)} · ${messages.date(request.now)}`
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i)
    drawFooter(doc, fonts, size, footerLeft, messages.pageOf(i + 1, range.count))
  }
  if (range.count >= OUTLINE_MIN_PAGES) addOutline(doc, headings)
  root.end()
  doc.end()
  return bytes
}

function writeHeading(ctx: FlowContext, level: 1 | 2 | 3, text: string): void {
  const { doc } = ctx
  const size = HEADING_SIZES[level]
  doc.font(ctx.fonts[level === 1 ? 700 : 600]).fontSize(size)
  const height = doc.heightOfString(text, { width: ctx.width })
  if (doc.y > ctx.top) doc.y += size * 0.6
  ensureRoom(ctx, height + KEEP_WITH_NEXT)
  tagged(doc, ctx.root, `H${level}`, {}, () => {
    doc
      .font(ctx.fonts[level === 1 ? 700 : 600])
      .fontSize(size)
      .fillColor(INK, 1)
    doc.text(text, ctx.left, doc.y, { width: ctx.width })
  })
  doc.y += size * 0.3
}

/** Runs one after another in one text flow, bold where asked. */
function writeRuns(ctx: FlowContext, runs: readonly FlowRun[], x: number, width: number): void {
  const { doc } = ctx
  const parts = runs.filter((r) => r.text !== '')
  if (parts.length === 0) return
  parts.forEach((run, i) => {
    bodyFont(ctx, run.bold === true)
    const options = { width, lineGap: LINE_GAP, continued: i < parts.length - 1 }
    if (i === 0) doc.text(run.text, x, doc.y, options)
    else doc.text(run.text, options)
  })
}

function writeParagraph(ctx: FlowContext, runs: readonly FlowRun[]): void {
  ensureRoom(ctx, BODY_SIZE * 2)
  tagged(ctx.doc, ctx.root, 'P', {}, () => writeRuns(ctx, runs, ctx.left, ctx.width))
  ctx.doc.x = ctx.left
  ctx.doc.y += BLOCK_GAP
}

/** L > LI > Lbl (the bullet) + LBody (the item's text). */
function writeList(ctx: FlowContext, items: readonly (readonly FlowRun[])[]): void {
  const { doc } = ctx
  const list = doc.struct('L')
  ctx.root.add(list)
  for (const runs of items) {
    ensureRoom(ctx, BODY_SIZE * 2)
    const item = doc.struct('LI')
    list.add(item)
    const y = doc.y
    tagged(doc, item, 'Lbl', {}, () => {
      bodyFont(ctx)
      doc.text(BULLET, ctx.left, y, { lineBreak: false })
    })
    doc.y = y
    tagged(doc, item, 'LBody', {}, () =>
      writeRuns(ctx, runs, ctx.left + LIST_INDENT, ctx.width - LIST_INDENT),
    )
    item.end()
    doc.y += LINE_GAP
  }
  list.end()
  doc.x = ctx.left
  doc.y += BLOCK_GAP
}

function writeFigure(
  ctx: FlowContext,
  block: Extract<FlowBlock, { kind: 'figure' }>,
  scale: number,
): void {
  const { doc } = ctx
  const picture = block.picture
  const b = picture?.bounds ?? { x: 0, y: 0, w: 0, h: 0 }
  const w = b.w * scale
  const h = b.h * scale
  ensureRoom(ctx, h + CAPTION_SIZE * 3)
  const x = ctx.left + (ctx.width - w) / 2
  const y = doc.y
  if (picture && picture.items.length > 0 && w > 0 && h > 0) {
    tagged(doc, ctx.root, 'Figure', { alt: block.alt, bbox: [x, y, x + w, y + h] }, () => {
      doc.save()
      doc.rect(x, y, w, h).clip()
      doc.transform(scale, 0, 0, scale, x - b.x * scale, y - b.y * scale)
      drawPrimitives({ doc, fonts: ctx.fonts, image: ctx.image, words: ctx.words }, picture.items)
      doc.restore()
    })
    doc.y = y + h + 4
  }
  tagged(doc, ctx.root, 'Caption', {}, () => {
    doc.font(ctx.fonts[400]).fontSize(CAPTION_SIZE).fillColor(INK, 1)
    doc.text(block.caption, ctx.left, doc.y, { width: ctx.width, align: 'center' })
  })
  doc.x = ctx.left
  doc.y += BLOCK_GAP
}

/** H1 as top-level bookmarks, H2 under the H1 before them; H3 stays out (too fine). */
function addOutline(
  doc: PDFKit.PDFDocument,
  headings: readonly { level: 1 | 2 | 3; text: string; page: number }[],
): void {
  type Item = { addItem(title: string, options: { pageNumber: number }): Item }
  const outline = doc.outline as unknown as Item
  let parent: Item | null = null
  for (const heading of headings) {
    if (heading.level === 1) parent = outline.addItem(heading.text, { pageNumber: heading.page })
    else if (heading.level === 2) {
      ;(parent ?? outline).addItem(heading.text, { pageNumber: heading.page })
    }
  }
}
