import Papa from 'papaparse'
import { strToU8, zipSync } from 'fflate'
import { buildWorkbook, type Sheet } from '../../shared/export/tables/index.ts'
import { csvRows } from '../../shared/export/tables/csvCells.ts'
import type { Locale } from '../../shared/vocabulary/label.ts'
import { registerExportFormat, type ExportFormat } from './formats.ts'

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark. */
const BOM = '\ufeff'

/**
 * One table as CSV the way German Excel opens it by double-click: UTF-8 with BOM, `;` between
 * cells, CRLF between rows, every cell that could start a formula escaped (csvCells.ts).
 */
export function sheetToCsv(sheet: Sheet, locale: Locale): Uint8Array {
  const text = Papa.unparse(csvRows(sheet, locale), {
    delimiter: ';',
    newline: '\r\n',
    quotes: false,
    // Escaped by csvRows already, with numbers kept apart from text; escaping twice would
    // put two apostrophes before a formula.
    escapeFormulae: false,
  })
  return strToU8(BOM + text + '\r\n')
}

/** `csv`: one table as a .csv (`table=`), or every table as a ZIP of .csv files. */
export const csvFormat: ExportFormat = {
  id: 'csv',
  contentType: 'application/zip',
  extension: 'zip',
  fileType: (options) =>
    options.table === undefined
      ? { contentType: 'application/zip', extension: 'zip' }
      : { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  write: async ({ doc, options }) => {
    const workbook = buildWorkbook(doc, options.language, options.table)
    const [only] = workbook.sheets
    if (options.table !== undefined && only) return sheetToCsv(only, options.language)
    const files: Record<string, Uint8Array> = {}
    for (const sheet of workbook.sheets) {
      files[`${sheet.name}.csv`] = sheetToCsv(sheet, options.language)
    }
    return zipSync(files, { level: 6 })
  },
}

registerExportFormat(csvFormat)
