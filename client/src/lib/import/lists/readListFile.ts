import {
  LIST_MAX_BYTES,
  ListRefused,
  toListTable,
  type ListTable,
} from '../../../../../shared/import/lists/listTable.ts'
import type { ListSheet } from './listSheet.ts'

/** The file kinds a list may come in, by extension. */
export const LIST_FILE_ACCEPT =
  '.csv,.xlsx,.ods,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet'

/** What a list file is, from its first bytes and its name. */
export function listFileKind(name: string, bytes: Uint8Array): 'csv' | 'xlsx' | 'ods' | null {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b
  const lower = name.toLowerCase()
  if (zip) {
    // An ODS file starts with its stored mimetype entry.
    const head = new TextDecoder().decode(bytes.subarray(30, 100))
    if (head.startsWith('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) return 'ods'
    if (lower.endsWith('.ods')) return 'ods'
    if (
      lower.endsWith('.xlsx') ||
      head.includes('[Content_Types].xml') ||
      head.startsWith('xl/') ||
      head.startsWith('docProps') ||
      head.startsWith('_rels')
    )
      return 'xlsx'
    return null
  }
  if (lower.endsWith('.xlsx') || lower.endsWith('.ods')) return null
  return 'csv'
}

/**
 * Reads a list file (CSV, XLSX or ODS) in the browser into its sheets: its size checked first,
 * the parser for its kind loaded only now (none of them is in the board's bundle). Throws
 * ListRefused with what is wrong; `sheetTable` then makes one sheet a list.
 */
export async function readListFile(file: {
  name: string
  size: number
  arrayBuffer(): Promise<ArrayBuffer>
}): Promise<ListSheet[]> {
  if (file.size > LIST_MAX_BYTES) {
    throw new ListRefused({
      code: 'tooLarge',
      params: { max: Math.round(LIST_MAX_BYTES / 1024 / 1024) },
    })
  }
  const bytes = new Uint8Array(await file.arrayBuffer())
  const kind = listFileKind(file.name, bytes)
  let sheets: ListSheet[]
  try {
    if (kind === 'csv')
      sheets = [{ name: file.name, rows: (await import('./csvRows.ts')).csvRows(bytes) }]
    else if (kind === 'xlsx') sheets = await (await import('./xlsxRows.ts')).xlsxRows(bytes)
    else if (kind === 'ods') sheets = (await import('./odsRows.ts')).odsRows(bytes)
    else throw new Error('not a list file')
  } catch (err) {
    if (err instanceof ListRefused) throw err
    const tooLarge = err instanceof Error && err.message === 'tooLarge'
    throw new ListRefused(
      tooLarge
        ? { code: 'tooLarge', params: { max: Math.round(LIST_MAX_BYTES / 1024 / 1024) } }
        : { code: 'unreadable', params: { name: file.name } },
    )
  }
  if (sheets.length === 0) throw new ListRefused({ code: 'empty', params: {} })
  return sheets
}

/** One sheet as a list, checked against the list's limits (throws ListRefused). */
export function sheetTable(sheet: ListSheet, columnWord: string): ListTable {
  return toListTable(sheet.rows, columnWord)
}

/** Reads a file and makes its sheet `index` (the first by default) a list. */
export async function readListTable(
  file: { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> },
  columnWord: string,
  index = 0,
): Promise<ListTable> {
  const sheets = await readListFile(file)
  const sheet = sheets[index]
  if (!sheet) throw new ListRefused({ code: 'empty', params: {} })
  return sheetTable(sheet, columnWord)
}
