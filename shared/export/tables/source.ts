import type * as Y from 'yjs'
import { runChecks, type Finding } from '../../domain/checks/index.ts'
import type { Locale } from '../../vocabulary/label.ts'
import { readDomain, type DomainModel } from '../../domain/model.ts'
import { elementEntries, elementsMap } from '../../schema/doc.ts'
import { readElement, type BoardElement } from '../../schema/index.ts'
import { UNNAMED } from '../../domain/checks/findingText.ts'

/** What every sheet builder reads: the board read once, in the export's language. */
export interface TablesSource {
  language: Locale
  model: DomainModel
  /** Every element, as the board draws it. */
  elements: BoardElement[]
  findings: Finding[]
  /** A card's name for a cell that points at it ('(ohne Namen)' for an empty one). */
  nameOf(id: string | null): string
}

/** The name or title an element shows, '' for one without. */
function shownName(el: BoardElement): string {
  switch (el.kind) {
    case 'actor':
    case 'person':
      return el.name
    case 'role':
      return el.title
    case 'note':
    case 'frame':
    case 'text':
      return el.text
    default:
      return ''
  }
}

/** Reads the board once for all sheets. */
export function readTablesSource(doc: Y.Doc, language: Locale): TablesSource {
  const model = readDomain(doc)
  const elements = elementEntries(elementsMap(doc)).map(([id, map]) => readElement(id, map))
  const names = new Map(elements.map((el) => [el.id, shownName(el).trim()]))
  return {
    language,
    model,
    elements,
    findings: runChecks(model),
    nameOf: (id) => {
      if (id === null) return ''
      const name = names.get(id)
      return name === undefined ? '' : name === '' ? UNNAMED[language] : name
    },
  }
}

/** One collator for every sort: `localeCompare` with a locale builds one per call. */
const GERMAN = new Intl.Collator('de', { sensitivity: 'base', numeric: true })

/** German-aware comparison for sorting rows by a name ("Person 2" before "Person 10"). */
export function byName(a: string, b: string): number {
  return GERMAN.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)
}
