import type * as Y from 'yjs'
import { withGroupMembers } from '../../../../shared/ops/groupElements.ts'
import { elementsMap, elementIn } from '../../../../shared/schema/doc.ts'

/**
 * What a click or a marquee selects: a member of a group brings its whole group, and locked
 * elements are left out (they cannot be moved, resized or deleted until unlocked).
 */
export function selectableIds(doc: Y.Doc, ids: readonly string[]): string[] {
  const elements = elementsMap(doc)
  return withGroupMembers(doc, ids).filter((id) => elementIn(elements, id)?.get('locked') !== true)
}
