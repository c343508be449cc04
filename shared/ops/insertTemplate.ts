import type * as Y from 'yjs'
import { DEFAULT_LOCALE, type Locale } from '../vocabulary/label.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import type { BoardTemplate } from '../templates/template.ts'
import { elementsMap, elementIn } from '../schema/doc.ts'
import { insertElements } from './insertElements.ts'

export interface InsertTemplateInput {
  template: BoardTemplate
  /** The language its wording is written in. */
  locale?: Locale
  /** Where the template's top-left corner goes (board units). */
  at: { x: number; y: number }
}

/**
 * Inserts a template into a board, on top of everything, with new ids: creating a board from a
 * template (by the server, at the origin) and adding one to an open board are the same operation
 * and, for a person, one undo step. Returns the new ids.
 */
export function insertTemplate(
  doc: Y.Doc,
  input: InsertTemplateInput,
  origin: unknown = LOCAL_ORIGIN,
): string[] {
  const elements = input.template.build(input.locale ?? DEFAULT_LOCALE)
  if (elements.length === 0) return []
  let ids: string[] = []
  doc.transact(() => {
    ids = insertElements(doc, { elements, dx: input.at.x, dy: input.at.y }, origin)
    // Pasting unlocks copies; a template's layout (rings, quadrants, labels) stays locked so
    // dragging cards across it never moves it.
    const map = elementsMap(doc)
    elements.forEach((el, i) => {
      const id = ids[i]
      if (el.data.locked === true && id !== undefined) elementIn(map, id)?.set('locked', true)
    })
  }, origin)
  return ids
}
