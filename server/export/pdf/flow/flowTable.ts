import { artifact, tagged } from '../taggedDocument.ts'
import {
  BLOCK_GAP,
  BODY_SIZE,
  INK,
  LINE_GAP,
  bodyFont,
  ensureRoom,
  type FlowContext,
} from './flowContext.ts'
import type { FlowTable } from './flowBlocks.ts'

/** Space inside a cell, in points. */
const CELL_PAD = 4
/** The narrowest a column gets, in points, however short its text. */
const MIN_COLUMN = 48
const HEADER_FILL: [number, number, number] = [236, 236, 236]
const GRID: [number, number, number] = [170, 170, 170]

/**
 * Writes a table as Table > THead > TR > TH (scope Column) and TBody > TR > TD. A row never
 * splits across pages; on every page a table continues on, its header row is drawn again, as an
 * artifact (the structure holds it once, so a screen reader does not read it twice).
 */
export function writeTable(ctx: FlowContext, table: FlowTable): void {
  const { doc } = ctx
  const columns = Math.max(table.header.length, ...table.rows.map((r) => r.length))
  if (columns === 0) return
  const widths = columnWidths(ctx, table, columns)
  const headerCells = pad(table.header, columns)
  const headerHeight = rowHeight(ctx, headerCells, widths, true)

  const element = doc.struct('Table')
  ctx.root.add(element)
  if (table.caption !== undefined && table.caption !== '') {
    const caption = table.caption
    ensureRoom(ctx, BODY_SIZE * 4 + headerHeight)
    tagged(doc, element, 'Caption', {}, () => {
      bodyFont(ctx, true)
      doc.text(caption, ctx.left, doc.y, { width: ctx.width, lineGap: LINE_GAP })
    })
    doc.y += CELL_PAD
  }
  const head = doc.struct('THead')
  element.add(head)
  ensureRoom(ctx, headerHeight + rowHeight(ctx, pad(table.rows[0] ?? [], columns), widths, false))
  const headRow = doc.struct('TR')
  head.add(headRow)
  const align = (i: number): 'left' | 'right' => (table.numeric?.[i] === true ? 'right' : 'left')
  drawRow(ctx, headRow, headerCells, widths, headerHeight, 'TH', align)
  headRow.end()
  head.end()

  const body = doc.struct('TBody')
  element.add(body)
  for (const cells of table.rows) {
    const padded = pad(cells, columns)
    const height = rowHeight(ctx, padded, widths, false)
    if (doc.y + height > ctx.bottom) {
      ctx.newPage()
      // The header again on the new page: furniture for the eye, not a second header row.
      const y = doc.y
      artifact(doc, 'Pagination', () => drawCells(ctx, headerCells, widths, y, headerHeight, align))
      doc.y = y + headerHeight
    }
    const row = doc.struct('TR')
    body.add(row)
    drawRow(ctx, row, padded, widths, height, 'TD', align)
    row.end()
  }
  body.end()
  element.end()
  doc.y += BLOCK_GAP
  doc.x = ctx.left
}

function pad(cells: readonly string[], columns: number): string[] {
  return Array.from({ length: columns }, (_, i) => cells[i] ?? '')
}

/** Columns as wide as their longest text asks, shrunk in proportion to fit the page. */
function columnWidths(ctx: FlowContext, table: FlowTable, columns: number): number[] {
  const { doc } = ctx
  const natural = Array.from({ length: columns }, () => MIN_COLUMN)
  const measure = (cells: readonly string[], bold: boolean): void => {
    bodyFont(ctx, bold)
    cells.forEach((text, i) => {
      const longest = Math.min(ctx.width, doc.widthOfString(text) + 2 * CELL_PAD + 1)
      natural[i] = Math.max(natural[i]!, longest)
    })
  }
  measure(table.header, true)
  for (const row of table.rows) measure(row, false)
  const total = natural.reduce((a, b) => a + b, 0)
  return natural.map((w) => (w / total) * ctx.width)
}

function rowHeight(
  ctx: FlowContext,
  cells: readonly string[],
  widths: readonly number[],
  bold: boolean,
): number {
  bodyFont(ctx, bold)
  let tallest = BODY_SIZE
  cells.forEach((text, i) => {
    const h = ctx.doc.heightOfString(text === '' ? ' ' : text, {
      width: widths[i]! - 2 * CELL_PAD,
      lineGap: LINE_GAP,
    })
    tallest = Math.max(tallest, h)
  })
  return Math.min(tallest + 2 * CELL_PAD, ctx.bottom - ctx.top)
}

function drawRow(
  ctx: FlowContext,
  row: PDFKit.PDFStructureElement,
  cells: readonly string[],
  widths: readonly number[],
  height: number,
  cellType: 'TH' | 'TD',
  align: (column: number) => 'left' | 'right',
): void {
  const { doc } = ctx
  const y = doc.y
  artifact(doc, 'Layout', () => drawGrid(ctx, widths, y, height, cellType === 'TH'))
  let x = ctx.left
  cells.forEach((text, i) => {
    const w = widths[i]!
    const cellX = x
    const options = cellType === 'TH' ? ({ scope: 'Column' } as object) : {}
    const cell = doc.struct(cellType, options)
    row.add(cell)
    if (text !== '') {
      tagged(doc, cell, 'P', {}, () => {
        bodyFont(ctx, cellType === 'TH')
        doc.text(text, cellX + CELL_PAD, y + CELL_PAD, {
          width: w - 2 * CELL_PAD,
          height: height - 2 * CELL_PAD,
          lineGap: LINE_GAP,
          ellipsis: true,
          align: align(i),
        })
      })
    }
    cell.end()
    x += w
  })
  doc.y = y + height
  doc.x = ctx.left
}

/** The header row drawn again (an artifact): its shading, lines and text. */
function drawCells(
  ctx: FlowContext,
  cells: readonly string[],
  widths: readonly number[],
  y: number,
  height: number,
  align: (column: number) => 'left' | 'right',
): void {
  const { doc } = ctx
  drawGrid(ctx, widths, y, height, true)
  let x = ctx.left
  cells.forEach((text, i) => {
    bodyFont(ctx, true)
    if (text !== '') {
      doc.text(text, x + CELL_PAD, y + CELL_PAD, {
        width: widths[i]! - 2 * CELL_PAD,
        height: height - 2 * CELL_PAD,
        lineGap: LINE_GAP,
        ellipsis: true,
        align: align(i),
      })
    }
    x += widths[i]!
  })
}

function drawGrid(
  ctx: FlowContext,
  widths: readonly number[],
  y: number,
  height: number,
  header: boolean,
): void {
  const { doc } = ctx
  const total = widths.reduce((a, b) => a + b, 0)
  if (header) doc.rect(ctx.left, y, total, height).fillColor(HEADER_FILL, 1).fill()
  doc.lineWidth(0.5).strokeColor(GRID, 1)
  let x = ctx.left
  for (const w of widths) {
    doc.rect(x, y, w, height).stroke()
    x += w
  }
  doc.fillColor(INK, 1)
}
