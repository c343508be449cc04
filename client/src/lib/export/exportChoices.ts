import {
  EXPORT_MAX_SELECTION,
  type ExportFormatId,
  type ExportScope,
  type Paper,
} from '../../../../shared/export/options.ts'

/** The dialog's format groups, in the order it lists them. */
export const EXPORT_GROUPS = [
  { id: 'image', formats: ['png', 'svg'] },
  { id: 'pdf', formats: ['pdf'] },
  { id: 'tables', formats: ['xlsx', 'ods', 'csv'] },
  { id: 'report', formats: ['docx', 'odt', 'md', 'report-pdf'] },
  { id: 'werkraum', formats: ['werkraum', 'json'] },
] as const satisfies readonly { id: string; formats: readonly ExportFormatId[] }[]
export type ExportGroupId = (typeof EXPORT_GROUPS)[number]['id']

/**
 * File name extensions, for the name the dialog gives a download whose answer names none (the
 * server's `Content-Disposition` names it otherwise; CSV may come as a ZIP then).
 */
export const FALLBACK_EXTENSIONS: Readonly<Record<ExportFormatId, string>> = {
  werkraum: 'werkraum',
  json: 'json',
  svg: 'svg',
  png: 'png',
  pdf: 'pdf',
  xlsx: 'xlsx',
  ods: 'ods',
  csv: 'csv',
  md: 'md',
  docx: 'docx',
  odt: 'odt',
  'report-pdf': 'pdf',
}

/** Formats that draw the board: they take a scope, and the dialog shows a preview of them. */
const PICTURES: readonly ExportFormatId[] = ['png', 'svg', 'pdf']
/** Formats that write words (the report, the tables): they take a language. */
const WORDED: readonly ExportFormatId[] = ['xlsx', 'ods', 'csv', 'docx', 'odt', 'md', 'report-pdf']

/** Which of the dialog's options a format takes. */
export interface ApplicableOptions {
  scope: boolean
  paper: boolean
  scale: boolean
  background: boolean
  language: boolean
}

export function applicableOptions(format: ExportFormatId): ApplicableOptions {
  return {
    scope: PICTURES.includes(format),
    paper: format === 'pdf',
    scale: format === 'png',
    background: format === 'png',
    language: WORDED.includes(format),
  }
}

export function isPicture(format: ExportFormatId): boolean {
  return PICTURES.includes(format)
}

/** What the person chose in the dialog. */
export interface ExportChoice {
  format: ExportFormatId
  scope: ExportScope
  /** The frame's id, with scope 'frame'. */
  frame: string | null
  /** The selected elements' ids, with scope 'selection'. */
  selection: readonly string[]
  orientation: 'landscape' | 'portrait'
  paperSize: 'a4' | 'a3'
  scale: 1 | 2 | 3
  background: 'white' | 'transparent'
  language: 'de' | 'en'
}

/**
 * The query of `GET /api/boards/:id/export` for a choice: only the options its format takes,
 * so the server's defaults hold for the rest. A selection larger than the server reads is sent
 * as the whole board (the dialog says so before).
 */
export function exportQuery(choice: ExportChoice): URLSearchParams {
  const q = new URLSearchParams({ format: choice.format })
  const applies = applicableOptions(choice.format)
  if (applies.scope) {
    const scope = effectiveScope(choice)
    q.set('scope', scope)
    if (scope === 'frame' && choice.frame !== null) q.set('frame', choice.frame)
    if (scope === 'selection') q.set('ids', choice.selection.join(','))
  }
  if (applies.paper) q.set('paper', `${choice.paperSize}-${choice.orientation}` satisfies Paper)
  if (applies.scale) q.set('scale', String(choice.scale))
  if (applies.background) q.set('background', choice.background)
  if (applies.language) q.set('language', choice.language)
  return q
}

/** The scope that is sent: a frame scope without a frame, or an empty or oversized selection,
 * falls back to the whole board. */
export function effectiveScope(choice: ExportChoice): ExportScope {
  if (choice.scope === 'frame' && choice.frame === null) return 'board'
  if (choice.scope === 'selection') {
    const n = choice.selection.length
    if (n === 0 || n > EXPORT_MAX_SELECTION) return 'board'
  }
  return choice.scope
}

/**
 * The preview's query for a picture choice: the same part of the board as SVG, on the PNG's
 * background (a transparent one shows the checkerboard behind the preview).
 */
export function previewQuery(choice: ExportChoice): URLSearchParams {
  const q = exportQuery({ ...choice, format: 'svg' })
  if (choice.format === 'png') q.set('background', choice.background)
  return q
}
