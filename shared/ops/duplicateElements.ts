import type * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { snapshotElements } from './elementSnapshot.ts'
import { insertElements } from './insertElements.ts'

/** How far a duplicate sits from its original (board units). */
export const DUPLICATE_OFFSET = 24

export interface DuplicateElementsInput {
  ids: readonly string[]
  dx?: number
  dy?: number
}

/**
 * Copies elements next to themselves, on top, in one transaction. Connectors between duplicated
 * elements bind the copies; groups are copied as new groups. Returns the copies' ids.
 */
export function duplicateElements(
  doc: Y.Doc,
  input: DuplicateElementsInput,
  origin: unknown = LOCAL_ORIGIN,
): string[] {
  const elements = snapshotElements(doc, input.ids)
  if (elements.length === 0) return []
  let ids: string[] = []
  doc.transact(() => {
    ids = insertElements(
      doc,
      { elements, dx: input.dx ?? DUPLICATE_OFFSET, dy: input.dy ?? DUPLICATE_OFFSET },
      origin,
    )
  }, origin)
  return ids
}
