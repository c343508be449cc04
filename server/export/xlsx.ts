import writeXlsxFile, { type Cell, type Sheet as XlsxSheet } from 'write-excel-file/node'
import { buildWorkbook, type CellValue, type Column } from '../../shared/export/tables/index.ts'
import { registerExportFormat, type ExportFormat } from './formats.ts'

/** A cell typed as its column: text stays text (a leading '=' is never a formula), numbers numbers. */
function xlsxCell(value: CellValue, column: Column): Cell {
  if (value === null) return null
  if (typeof value === 'string') return { type: String, value }
  if (column.type === 'percent') return { type: Number, value, format: '0%' }
  return { type: Number, value }
}

/**
 * `xlsx`: every table a sheet (write-excel-file), the header row bold and frozen, columns as wide
 * as the model says.
 */
export const xlsxFormat: ExportFormat = {
  id: 'xlsx',
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  extension: 'xlsx',
  write: async ({ doc, options }) => {
    const workbook = buildWorkbook(doc, options.language)
    const sheets: XlsxSheet<never>[] = workbook.sheets.map((sheet) => ({
      sheet: sheet.name,
      stickyRowsCount: 1,
      columns: sheet.columns.map((c) => ({ width: c.width })),
      data: [
        sheet.columns.map((c) => ({ type: String, value: c.header, fontWeight: 'bold' as const })),
        ...sheet.rows.map((row) => sheet.columns.map((c, i) => xlsxCell(row[i] ?? null, c))),
      ],
    }))
    const buffer = await writeXlsxFile(sheets).toBuffer()
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  },
}

registerExportFormat(xlsxFormat)
