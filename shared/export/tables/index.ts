import type * as Y from 'yjs'
import type { Locale } from '../../vocabulary/label.ts'
import { actorsSheet } from './actorsSheet.ts'
import { assignmentsSheet } from './assignmentsSheet.ts'
import { checksSheet } from './checksSheet.ts'
import { notesSheet } from './notesSheet.ts'
import { peopleSheet } from './peopleSheet.ts'
import { relationsSheet } from './relationsSheet.ts'
import { rolesSheet } from './rolesSheet.ts'
import { readTablesSource, type TablesSource } from './source.ts'
import { TABLE_IDS, type Sheet, type TableId, type Workbook } from './workbook.ts'

export * from './workbook.ts'

const BUILDERS: Record<TableId, (src: TablesSource) => Sheet> = {
  actors: actorsSheet,
  relations: relationsSheet,
  roles: rolesSheet,
  people: peopleSheet,
  assignments: assignmentsSheet,
  checks: checksSheet,
  notes: notesSheet,
}

/**
 * The board's tables in `language`: every sheet, or only `only` (one table of a CSV export).
 * Reads the document once; never changes it.
 */
export function buildWorkbook(doc: Y.Doc, language: Locale, only?: TableId): Workbook {
  const src = readTablesSource(doc, language)
  const ids = only === undefined ? TABLE_IDS : [only]
  return { language, sheets: ids.map((id) => BUILDERS[id](src)) }
}
