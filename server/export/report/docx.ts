import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IBaseParagraphStyleOptions,
} from 'docx'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import {
  cellText,
  type ReportBlock,
  type ReportDocument,
  type TableBlock,
  type TextRun as ReportRun,
} from '../../../shared/report/document.ts'
import { say } from '../../../shared/report/wording.ts'
import { FONT_FAMILY } from '../fonts.ts'
import { LANGUAGE_TAGS } from './languageTags.ts'
import { xmlSafe } from './xmlText.ts'
import { figurePictures, shownSize, type FigureImage, type FigureImages } from './figureImage.ts'

const BODY_SIZE = 22 // half-points: 11 pt

/** A heading style: bold, its outline level (for the navigation pane and a table of contents). */
function headingStyle(level: number, size: number): IBaseParagraphStyleOptions {
  return {
    run: { font: FONT_FAMILY, size, bold: true, color: '1A1A1A' },
    paragraph: { outlineLevel: level, keepNext: true, spacing: { before: 240, after: 120 } },
  }
}

/**
 * The report as a Word document: real headings (the Heading 1–3 styles with outline levels),
 * bulleted lists, tables whose header row repeats on every page, each frame's picture inline with
 * its text alternative (or its caption alone without one), and the title and language in the
 * document's properties. The font is Source Sans 3 by name, not embedded: Word substitutes a
 * font it has where it is not installed. Characters XML cannot carry are dropped (`xmlSafe`).
 */
export async function reportToDocx(
  report: ReportDocument,
  figureImages: FigureImages,
): Promise<Uint8Array> {
  const pictures = await figurePictures(report, figureImages)
  const children = report.blocks.flatMap((block) => blockToDocx(block, report, pictures))
  const language = LANGUAGE_TAGS[report.language]
  const doc = new Document({
    title: xmlSafe(report.title),
    creator: 'Werkraum',
    lastModifiedBy: 'Werkraum',
    styles: {
      default: {
        document: { run: { font: FONT_FAMILY, size: BODY_SIZE, language: { value: language } } },
        heading1: headingStyle(0, 36),
        heading2: headingStyle(1, 30),
        heading3: headingStyle(2, 25),
      },
    },
    sections: [{ children }],
  })
  const bytes = new Uint8Array(await Packer.toBuffer(doc))
  return withCoreLanguage(bytes, language)
}

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const

function blockToDocx(
  block: ReportBlock,
  report: ReportDocument,
  pictures: ReadonlyMap<string, FigureImage>,
): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[block.level],
          children: [new TextRun(xmlSafe(block.text))],
        }),
      ]
    case 'paragraph':
      return [new Paragraph({ children: runs(block.runs), spacing: { after: 120 } })]
    case 'list':
      return block.items.map(
        (item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }),
      )
    case 'table':
      return [
        new Paragraph({
          children: [new TextRun({ text: xmlSafe(block.caption), italics: true })],
          keepNext: true,
          spacing: { before: 120, after: 60 },
        }),
        table(block, report),
        new Paragraph({ children: [] }),
      ]
    case 'figure': {
      const caption = new Paragraph({
        children: [
          new TextRun({
            text: xmlSafe(say('figureCaption', report.language, { alt: block.alt })),
            italics: true,
          }),
        ],
        spacing: { after: 240 },
      })
      const image = pictures.get(block.frameId)
      if (!image) return [caption]
      return [
        new Paragraph({
          keepNext: true,
          children: [
            new ImageRun({
              type: 'png',
              data: image.png,
              transformation: shownSize(image),
              altText: {
                name: xmlSafe(block.title),
                title: xmlSafe(block.title),
                description: xmlSafe(block.alt),
              },
            }),
          ],
        }),
        caption,
      ]
    }
  }
}

/** Report runs as Word runs; a `\n` inside a run is a line break. */
function runs(items: readonly ReportRun[]): TextRun[] {
  return items.flatMap((run) =>
    run.text.split('\n').map(
      (line, i) =>
        new TextRun({
          text: xmlSafe(line),
          ...(run.bold ? { bold: true } : {}),
          ...(i > 0 ? { break: 1 } : {}),
        }),
    ),
  )
}

function table(block: TableBlock, report: ReportDocument): Table {
  const cell = (text: string, options: { bold?: boolean; right?: boolean }): TableCell =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: runs([{ text, bold: options.bold ?? false }]),
        }),
      ],
    })
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.header.map((text) => cell(text, { bold: true })),
      }),
      ...block.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: block.header.map((_, col) => {
              const value = row[col]
              return cell(value ? cellText(value, report.language) : '', {
                right: value !== undefined && value.type !== 'text',
              })
            }),
          }),
      ),
    ],
  })
}

/**
 * Adds the language to the document's core properties (`dc:language`), which the docx library
 * does not write; the text's language is already in the default run properties.
 */
function withCoreLanguage(docx: Uint8Array, language: string): Uint8Array {
  const files = unzipSync(docx)
  const core = files['docProps/core.xml']
  if (!core) return docx
  const xml = strFromU8(core).replace(
    '</cp:coreProperties>',
    `<dc:language>${language}</dc:language></cp:coreProperties>`,
  )
  files['docProps/core.xml'] = strToU8(xml)
  return zipSync(files, { level: 6 })
}
