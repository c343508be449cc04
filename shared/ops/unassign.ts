import type * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { assignmentsMap } from '../schema/assignment.ts'

export interface UnassignInput {
  /** Assignment ids (see `assignmentId`). */
  ids: readonly string[]
}

/** Removes assignments: the person no longer takes part in the role. Unknown ids are skipped. */
export function unassign(doc: Y.Doc, input: UnassignInput, origin: unknown = LOCAL_ORIGIN): void {
  const assignments = assignmentsMap(doc)
  const present = input.ids.filter((id) => assignments.has(id))
  if (present.length === 0) return
  doc.transact(() => {
    for (const id of present) assignments.delete(id)
  }, origin)
}
