import type { Locale } from '../vocabulary/label.ts'

/**
 * The workshop report as a document structure: built once from the board (`buildReport`) and
 * written by every report format (Markdown, DOCX, ODT, tagged PDF). Plain data only, so a writer
 * never reads the board itself and every format says the same thing.
 */
export interface ReportDocument {
  /** The language every word of the report is in (`lang` of the file). */
  language: Locale
  /** The document's title, for the file's properties (the first heading says it too). */
  title: string
  /** The day the report was made, `YYYY-MM-DD`. */
  date: string
  /** The blocks in reading order; the first is the level-1 heading with the title. */
  blocks: ReportBlock[]
}

/** One block of the report. Writers switch on `kind`; a new kind is a new case in each. */
export type ReportBlock = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | FigureBlock

/** A heading. Level 1 is the report's title (once), 2 a section, 3 a part of a section. */
export interface HeadingBlock {
  kind: 'heading'
  level: 1 | 2 | 3
  text: string
}

/**
 * A piece of text with one look. `text` may contain `\n`: a line break inside the paragraph or
 * list item (a note written on several lines), never a new paragraph.
 */
export interface TextRun {
  text: string
  bold?: boolean
}

/** A paragraph of runs. */
export interface ParagraphBlock {
  kind: 'paragraph'
  runs: TextRun[]
}

/** A bulleted list; each item is one paragraph of runs. Never empty. */
export interface ListBlock {
  kind: 'list'
  items: TextRun[][]
}

/**
 * A cell's value with its type, so a writer can align numbers and a reader can compute with
 * them: `percent` is in percent (50 means 50 %).
 */
export type TableCell =
  | { type: 'text'; value: string }
  | { type: 'number'; value: number }
  | { type: 'percent'; value: number }

/**
 * A table with one header row (writers mark it as the header, repeated on every page) and rows
 * of as many cells as there are columns. `caption` names the table for people who cannot see it
 * (a PDF's table summary, a caption line).
 */
export interface TableBlock {
  kind: 'table'
  caption: string
  header: string[]
  rows: TableCell[][]
}

/**
 * A picture of one frame of the board. The writer asks for the image by `frameId`; `title` is
 * its caption and `alt` its text alternative (what is on it). A writer that has no image for it
 * writes the caption alone, never an empty box.
 */
export interface FigureBlock {
  kind: 'figure'
  frameId: string
  title: string
  alt: string
}

/** A text cell. */
export const textCell = (value: string): TableCell => ({ type: 'text', value })
/** A number cell. */
export const numberCell = (value: number): TableCell => ({ type: 'number', value })
/** A percentage cell (50 is 50 %). */
export const percentCell = (value: number): TableCell => ({ type: 'percent', value })

/** A paragraph of one plain run. */
export function paragraph(text: string): ParagraphBlock {
  return { kind: 'paragraph', runs: [{ text }] }
}

/** A heading block. */
export function heading(level: 1 | 2 | 3, text: string): HeadingBlock {
  return { kind: 'heading', level, text }
}

/** A cell as plain text in the report's language (numbers with the language's separators). */
export function cellText(cell: TableCell, language: Locale): string {
  if (cell.type === 'text') return cell.value
  const number = cell.value.toLocaleString(language === 'de' ? 'de-DE' : 'en-GB', {
    maximumFractionDigits: 1,
  })
  return cell.type === 'percent' ? `${number} %` : number
}
