import type * as Y from 'yjs'
import { runChecks, type Finding } from '../domain/checks/index.ts'
import type { Locale } from '../vocabulary/label.ts'
import { readDomain, type DomainModel } from '../domain/model.ts'
import { compareStacking, elementEntries, elementsMap } from '../schema/index.ts'
import { readElement, type BoardElement } from '../schema/index.ts'

/** What every section of the report is built from: the board read once, as plain data. */
export interface ReportContext {
  language: Locale
  /** Every element of the board, bottom to top (unknown ones as placeholders). */
  elements: BoardElement[]
  model: DomainModel
  /** Every open check's finding, warnings first. */
  findings: Finding[]
}

/** Reads the board for the report; never throws (the schema's readers never do). */
export function reportContext(doc: Y.Doc, language: Locale): ReportContext {
  const elements = elementEntries(elementsMap(doc))
    .map(([id, map]) => readElement(id, map))
    .sort(compareStacking)
  const model = readDomain(doc)
  return { language, elements, model, findings: runChecks(model) }
}

/** Compares names the way people of `language` sort them (umlauts beside their vowels). */
export function byName(language: Locale): (a: string, b: string) => number {
  const collator = new Intl.Collator(language === 'de' ? 'de-DE' : 'en-GB', {
    sensitivity: 'base',
    numeric: true,
  })
  return (a, b) => collator.compare(a, b)
}
