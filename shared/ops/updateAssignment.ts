import * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { assignmentsMap, type Raci } from '../schema/assignment.ts'
import { clampPercent } from './createPerson.ts'

export interface UpdateAssignmentInput {
  id: string
  raci?: Raci
  share?: number
}

/**
 * Changes the RACI letter or time share of an assignment; each key on its own, so one person
 * changing the letter and another the share of the same cell both keep their change.
 */
export function updateAssignment(
  doc: Y.Doc,
  input: UpdateAssignmentInput,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const cell = assignmentsMap(doc).get(input.id)
  if (!(cell instanceof Y.Map)) return
  doc.transact(() => {
    if (input.raci !== undefined && cell.get('raci') !== input.raci) cell.set('raci', input.raci)
    if (input.share !== undefined) {
      const share = clampPercent(input.share)
      if (cell.get('share') !== share) cell.set('share', share)
    }
  }, origin)
}
