import { z } from 'zod/mini'
import { TABLE_IDS, type TableId } from './tables/workbook.ts'

/** Every format `GET /api/boards/:id/export` writes. */
export const EXPORT_FORMATS = [
  'werkraum',
  'json',
  'svg',
  'png',
  'pdf',
  'xlsx',
  'ods',
  'csv',
  'md',
  'docx',
  'odt',
  'report-pdf',
] as const
export type ExportFormatId = (typeof EXPORT_FORMATS)[number]

/** What part of the board a picture shows. */
export const EXPORT_SCOPES = ['board', 'frame', 'selection'] as const
export type ExportScope = (typeof EXPORT_SCOPES)[number]

/** Paper for PDF: size and orientation. */
export const PAPERS = ['a4-landscape', 'a4-portrait', 'a3-landscape', 'a3-portrait'] as const
export type Paper = (typeof PAPERS)[number]

/** Most element ids a selection export names (a longer selection exports the board). */
export const EXPORT_MAX_SELECTION = 2000

const ID = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/))

/**
 * The query of an export, as the server reads it. Strings as a URL carries them; unknown keys are
 * refused so a typo surfaces as 400 instead of a silently different file.
 */
export const ExportQuery = z.strictObject({
  format: z.enum(EXPORT_FORMATS),
  scope: z._default(z.enum(EXPORT_SCOPES), 'board'),
  /** The frame's element id, with `scope=frame`. */
  frame: z.optional(ID),
  /** Comma-separated element ids, with `scope=selection`. */
  ids: z.optional(z.string().check(z.maxLength(EXPORT_MAX_SELECTION * 65))),
  paper: z._default(z.enum(PAPERS), 'a4-landscape'),
  scale: z._default(z.enum(['1', '2', '3']), '2'),
  background: z._default(z.enum(['white', 'transparent']), 'white'),
  language: z._default(z.enum(['de', 'en']), 'de'),
  /** One table of a CSV export (a single .csv); without it, every table in a ZIP. */
  table: z.optional(z.enum(TABLE_IDS)),
})

/** An export's options, parsed. */
export interface ExportOptions {
  format: ExportFormatId
  scope: ExportScope
  /** With `scope: 'frame'`. */
  frame?: string
  /** With `scope: 'selection'`. */
  ids?: readonly string[]
  paper: Paper
  scale: 1 | 2 | 3
  background: 'white' | 'transparent'
  language: 'de' | 'en'
  /** With `format: 'csv'`: one table as a single file instead of a ZIP of all of them. */
  table?: TableId
}

/** Reads an export query; throws zod's error when it is not one. */
export function parseExportQuery(query: unknown): ExportOptions {
  const q = ExportQuery.parse(query)
  const ids = q.ids === undefined ? undefined : q.ids.split(',').filter((id) => id !== '')
  if (ids !== undefined && ids.some((id) => !/^[A-Za-z0-9_-]{1,64}$/.test(id))) {
    throw new Error('ids: not a comma-separated list of element ids')
  }
  return {
    format: q.format,
    scope: q.scope,
    ...(q.frame !== undefined ? { frame: q.frame } : {}),
    ...(ids !== undefined ? { ids } : {}),
    paper: q.paper,
    scale: Number(q.scale) as 1 | 2 | 3,
    background: q.background,
    language: q.language,
    ...(q.table !== undefined ? { table: q.table } : {}),
  }
}

/** `<title>-<YYYY-MM-DD>.<ext>`, with what file systems refuse replaced. */
export function exportFileName(title: string, date: Date, extension: string): string {
  const safe = [...title.normalize('NFC')]
    .map((ch) => (ch.charCodeAt(0) < 0x20 || ch === '\u007f' ? ' ' : ch))
    .join('')
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
  const day = date.toISOString().slice(0, 10)
  return `${safe === '' ? 'Werkraum' : safe}-${day}.${extension}`
}
