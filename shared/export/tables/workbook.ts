import type { Locale } from '../../vocabulary/label.ts'

/**
 * The tables a board exports, by id: one sheet of a workbook, one file of the CSV export. Ids are
 * what `table=` names in an export query; they never change, whatever the language.
 */
export const TABLE_IDS = [
  'actors',
  'relations',
  'roles',
  'people',
  'assignments',
  'checks',
  'notes',
] as const
export type TableId = (typeof TABLE_IDS)[number]

export function isTableId(v: unknown): v is TableId {
  return typeof v === 'string' && (TABLE_IDS as readonly string[]).includes(v)
}

/**
 * How a column's values are typed. `percent` cells hold a fraction (0.4 for 40 %), as spreadsheets
 * store percentages, so a sum over them is a share again.
 */
export type ColumnType = 'text' | 'number' | 'percent'

/** A cell: text, a number (for `number` and `percent` columns) or empty. */
export type CellValue = string | number | null

export interface Column {
  header: string
  type: ColumnType
  /** Width in characters, for the writers that set one (XLSX, ODS). */
  width: number
}

/** One table: a named sheet with a header row of typed columns and its rows. */
export interface Sheet {
  id: TableId
  /** The sheet's name in the export's language (at most 31 characters, as Excel demands). */
  name: string
  columns: Column[]
  rows: CellValue[][]
}

/** Every table of a board, in the order of `TABLE_IDS`, in one language. */
export interface Workbook {
  language: Locale
  sheets: Sheet[]
}

/** Longest sheet name Excel opens. */
export const SHEET_NAME_MAX = 31
