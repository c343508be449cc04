import { say } from '../../../../shared/report/wording.ts'
import {
  cellText,
  type ReportBlock,
  type ReportDocument,
  type TableBlock,
  type TableCell,
  type TextRun,
} from '../../../../shared/report/document.ts'
import { shownSize, type FigureImage } from '../figureImage.ts'
import { escapeXml } from '../xmlText.ts'
import { FONT_FACE_DECLS, ODF_NAMESPACES, ODF_VERSION } from './namespaces.ts'
import { odfText } from './odfText.ts'

/** A picture the content refers to, stored in the package under `path`. */
export interface PicturePart {
  path: string
  png: Uint8Array
}

/** The frames' pictures by figure: what `content.xml` shows and the package must hold. */
export type PicturesByFrame = ReadonlyMap<string, FigureImage>

const CM_PER_PX = 2.54 / 96

/**
 * `content.xml`: the report's blocks as ODF text: `text:h` with outline levels, paragraphs with
 * bold spans, `text:list`, `table:table` with its header row in `table:table-header-rows` (repeated
 * on every page) and typed cells (`float`, `percentage`), and each figure as a `draw:frame` with
 * its picture and `svg:title`/`svg:desc` (the text alternative), followed by its caption.
 */
export function contentXml(
  report: ReportDocument,
  pictures: PicturesByFrame,
): { xml: string; parts: PicturePart[] } {
  const parts: PicturePart[] = []
  let tables = 0
  const body = report.blocks.map((block) => {
    if (block.kind === 'table') tables += 1
    if (block.kind === 'figure') {
      const image = pictures.get(block.frameId)
      if (image) {
        const path = `Pictures/frame-${parts.length + 1}.png`
        parts.push({ path, png: image.png })
        return figureXml(block, report, { image, path, index: parts.length })
      }
      return figureXml(block, report, null)
    }
    return blockXml(block, report, tables)
  })
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<office:document-content ${ODF_NAMESPACES} office:version="${ODF_VERSION}">` +
    FONT_FACE_DECLS +
    AUTOMATIC_STYLES +
    `<office:body><office:text>${body.join('')}</office:text></office:body>` +
    `</office:document-content>`
  return { xml, parts }
}

/** Styles only this content uses: bold spans, table and cell borders, numbers to the right. */
const AUTOMATIC_STYLES =
  '<office:automatic-styles>' +
  '<style:style style:name="Bold" style:family="text"><style:text-properties ' +
  'fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/>' +
  '</style:style>' +
  '<style:style style:name="ReportTable" style:family="table"><style:table-properties ' +
  'style:width="17cm" table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/>' +
  '</style:style>' +
  '<style:style style:name="ReportCell" style:family="table-cell"><style:table-cell-properties ' +
  'fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>' +
  '<style:style style:name="ReportNumber" style:family="paragraph" ' +
  'style:parent-style-name="Table_20_Contents"><style:paragraph-properties fo:text-align="end"/>' +
  '</style:style>' +
  '<style:style style:name="ReportFigure" style:family="graphic" style:parent-style-name="Graphics">' +
  '<style:graphic-properties style:vertical-pos="top" style:vertical-rel="baseline"/>' +
  '</style:style>' +
  '</office:automatic-styles>'

function blockXml(block: ReportBlock, report: ReportDocument, tableNumber: number): string {
  switch (block.kind) {
    case 'heading':
      return (
        `<text:h text:style-name="Heading_20_${block.level}" text:outline-level="${block.level}">` +
        `${odfText(block.text)}</text:h>`
      )
    case 'paragraph':
      return `<text:p text:style-name="Text_20_body">${runsXml(block.runs)}</text:p>`
    case 'list':
      return (
        '<text:list text:style-name="Bullets">' +
        block.items
          .map(
            (runs) =>
              `<text:list-item><text:p text:style-name="List_20_Contents">${runsXml(runs)}</text:p></text:list-item>`,
          )
          .join('') +
        '</text:list>'
      )
    case 'table':
      return tableXml(block, report, tableNumber)
    case 'figure':
      return figureXml(block, report, null)
  }
}

function runsXml(runs: readonly TextRun[]): string {
  return runs
    .map((run) =>
      run.bold
        ? `<text:span text:style-name="Bold">${odfText(run.text)}</text:span>`
        : odfText(run.text),
    )
    .join('')
}

function tableXml(table: TableBlock, report: ReportDocument, number: number): string {
  const columns = table.header.length
  const header = table.header
    .map(
      (text) =>
        '<table:table-cell table:style-name="ReportCell" office:value-type="string">' +
        `<text:p text:style-name="Table_20_Heading">${odfText(text)}</text:p></table:table-cell>`,
    )
    .join('')
  const rows = table.rows
    .map(
      (row) =>
        '<table:table-row>' +
        table.header.map((_, col) => cellXml(row[col], report)).join('') +
        '</table:table-row>',
    )
    .join('')
  return (
    `<text:p text:style-name="Table_20_Caption">${odfText(table.caption)}</text:p>` +
    `<table:table table:name="${tableName(number)}" table:style-name="ReportTable">` +
    `<table:table-column table:number-columns-repeated="${columns}"/>` +
    `<table:table-header-rows><table:table-row>${header}</table:table-row></table:table-header-rows>` +
    rows +
    '</table:table>'
  )
}

/** Each table's name, unique in the document as ODF asks ("Tabelle1" is what LibreOffice shows). */
function tableName(number: number): string {
  return `Table${number}`
}

function cellXml(cell: TableCell | undefined, report: ReportDocument): string {
  if (!cell) return '<table:table-cell table:style-name="ReportCell"><text:p/></table:table-cell>'
  const shown = odfText(cellText(cell, report.language))
  if (cell.type === 'text') {
    return (
      '<table:table-cell table:style-name="ReportCell" office:value-type="string">' +
      `<text:p text:style-name="Table_20_Contents">${shown}</text:p></table:table-cell>`
    )
  }
  const typed =
    cell.type === 'percent'
      ? `office:value-type="percentage" office:value="${cell.value / 100}"`
      : `office:value-type="float" office:value="${cell.value}"`
  return (
    `<table:table-cell table:style-name="ReportCell" ${typed}>` +
    `<text:p text:style-name="ReportNumber">${shown}</text:p></table:table-cell>`
  )
}

function figureXml(
  block: Extract<ReportBlock, { kind: 'figure' }>,
  report: ReportDocument,
  picture: { image: FigureImage; path: string; index: number } | null,
): string {
  const caption =
    `<text:p text:style-name="Caption">` +
    `${odfText(say('figureCaption', report.language, { alt: block.alt }))}</text:p>`
  if (!picture) return caption
  const { width, height } = shownSize(picture.image)
  const cm = (px: number): string => `${(px * CM_PER_PX).toFixed(3)}cm`
  return (
    '<text:p text:style-name="Figure">' +
    `<draw:frame draw:style-name="ReportFigure" draw:name="${escapeXml(`Bild ${picture.index}`)}" ` +
    `text:anchor-type="as-char" svg:width="${cm(width)}" svg:height="${cm(height)}" draw:z-index="0">` +
    `<draw:image xlink:href="${picture.path}" xlink:type="simple" xlink:show="embed" ` +
    `xlink:actuate="onLoad" draw:mime-type="image/png"/>` +
    `<svg:title>${escapeXml(block.title)}</svg:title><svg:desc>${escapeXml(block.alt)}</svg:desc>` +
    '</draw:frame></text:p>' +
    caption
  )
}
