import type { Locale } from '../../vocabulary/label.ts'
import type { CellValue, ColumnType, Sheet } from './workbook.ts'

/** Characters a spreadsheet may read as the start of a formula when a cell begins with them. */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * A text cell made safe to open in a spreadsheet (OWASP's CSV injection advice): one that starts
 * like a formula gets a leading apostrophe, which Excel and LibreOffice show as plain text.
 */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** A number as the language writes it (German decimal comma), without grouping. */
export function formatNumber(value: number, locale: Locale): string {
  const text = String(Math.round(value * 1e6) / 1e6)
  return locale === 'de' ? text.replace('.', ',') : text
}

/** One cell as CSV text: numbers in the language's notation, percentages with a % sign. */
export function csvCell(value: CellValue, type: ColumnType, locale: Locale): string {
  if (value === null) return ''
  if (typeof value === 'string') return escapeFormula(value)
  if (type === 'percent') {
    return `${formatNumber(value * 100, locale)}${locale === 'de' ? ' %' : '%'}`
  }
  return formatNumber(value, locale)
}

/** A sheet as rows of CSV text, header first, every cell escaped. */
export function csvRows(sheet: Sheet, locale: Locale): string[][] {
  return [
    sheet.columns.map((c) => escapeFormula(c.header)),
    ...sheet.rows.map((row) =>
      sheet.columns.map((c, i) => csvCell(row[i] ?? null, c.type, locale)),
    ),
  ]
}
