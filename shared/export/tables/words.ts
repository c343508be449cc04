import type { Label, Locale } from '../../vocabulary/label.ts'
import type { Column, ColumnType, TableId } from './workbook.ts'

/** Sheet names in both languages, each at most 31 characters (Excel's limit). */
const SHEET_NAMES: Record<TableId, Label> = {
  actors: { de: 'Akteure', en: 'Actors' },
  relations: { de: 'Beziehungen', en: 'Relations' },
  roles: { de: 'Rollen', en: 'Roles' },
  people: { de: 'Personen und Org.-Einheiten', en: 'People and org units' },
  assignments: { de: 'Zuordnungen', en: 'Assignments' },
  checks: { de: 'Prüfungen', en: 'Checks' },
  notes: { de: 'Notizen', en: 'Notes' },
}

/** Column headers, German as the board's panels word them, and English. */
const HEADERS = {
  name: { de: 'Name', en: 'Name' },
  category: { de: 'Kategorie', en: 'Category' },
  ring: { de: 'Ring', en: 'Ring' },
  fieldOfAction: { de: 'Handlungsfeld', en: 'Field of action' },
  note: { de: 'Notiz', en: 'Note' },
  from: { de: 'Von', en: 'From' },
  relation: { de: 'Beziehung', en: 'Relation' },
  to: { de: 'Zu', en: 'To' },
  label: { de: 'Beschriftung', en: 'Label' },
  role: { de: 'Rolle', en: 'Role' },
  group: { de: 'Gruppe', en: 'Group' },
  catalogueEntry: { de: 'Katalogeintrag', en: 'Catalogue entry' },
  holders: { de: 'Besetzt mit (R/A)', en: 'Held by (R/A)' },
  accountable: { de: 'A: trägt die Verantwortung', en: 'A: accountable' },
  responsible: { de: 'R: führt durch', en: 'R: responsible' },
  consulted: { de: 'C: wird beteiligt', en: 'C: consulted' },
  informed: { de: 'I: wird informiert', en: 'I: informed' },
  description: { de: 'Beschreibung', en: 'Description' },
  kind: { de: 'Art', en: 'Kind' },
  orgUnit: { de: 'Organisationseinheit', en: 'Org unit' },
  availability: { de: 'Verfügbare Zeit', en: 'Available time' },
  rolesHeld: { de: 'Rollen (R/A)', en: 'Roles (R/A)' },
  timeShare: { de: 'Zeitanteil', en: 'Share of time' },
  timeShareSum: { de: 'Zeitanteil der Rollen', en: 'Share of time for roles' },
  person: { de: 'Person oder Org.-Einheit', en: 'Person or org unit' },
  raci: { de: 'RACI', en: 'RACI' },
  severity: { de: 'Gewicht', en: 'Severity' },
  check: { de: 'Prüfung', en: 'Check' },
  finding: { de: 'Befund', en: 'Finding' },
  reason: { de: 'Begründung', en: 'Reason' },
  concerns: { de: 'Betrifft', en: 'Concerns' },
  text: { de: 'Text', en: 'Text' },
  colour: { de: 'Farbe', en: 'Colour' },
  frame: { de: 'Rahmen', en: 'Frame' },
} as const satisfies Record<string, Label>

export type HeaderKey = keyof typeof HEADERS

/** A table's sheet name in `locale`. */
export function sheetName(id: TableId, locale: Locale): string {
  return SHEET_NAMES[id][locale]
}

/** A column with its header in `locale`. */
export function column(key: HeaderKey, locale: Locale, type: ColumnType, width: number): Column {
  return { header: HEADERS[key][locale], type, width }
}

/** Words for values that several sheets share. */
export const WORDS = {
  person: { de: 'Person', en: 'Person' },
  orgUnit: { de: 'Organisationseinheit', en: 'Org unit' },
  warning: { de: 'Warnung', en: 'Warning' },
  hint: { de: 'Hinweis', en: 'Hint' },
  vacant: { de: 'unbesetzt', en: 'vacant' },
} as const satisfies Record<string, Label>
