import * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { assignmentId, assignmentsMap, type Raci } from '../schema/assignment.ts'
import { elementsMap, elementIn } from '../schema/doc.ts'
import { clampPercent } from './createPerson.ts'

export interface AssignRoleInput {
  /** A person or org-unit card. */
  personId: string
  /** A role card. */
  roleId: string
  /** Default `R`: placing someone on a role makes them responsible for it. */
  raci?: Raci
  /** Percent of the person's available time the role takes. */
  share?: number
}

/**
 * Assigns a person or org unit to a role: one cell of the responsibility matrix, whether made
 * by dragging a card onto a role, by a connector or in the matrix. Assigning again changes the
 * letter and share of the same cell. Returns the assignment id, or null when the cards are not a
 * person and a role.
 */
export function assignRole(
  doc: Y.Doc,
  input: AssignRoleInput,
  origin: unknown = LOCAL_ORIGIN,
): string | null {
  const elements = elementsMap(doc)
  if (elementIn(elements, input.personId)?.get('type') !== 'person') return null
  if (elementIn(elements, input.roleId)?.get('type') !== 'role') return null
  const id = assignmentId(input.personId, input.roleId)
  doc.transact(() => {
    const assignments = assignmentsMap(doc)
    const existing = assignments.get(id)
    let cell: Y.Map<unknown>
    if (existing instanceof Y.Map) {
      cell = existing as Y.Map<unknown>
    } else {
      cell = new Y.Map<unknown>()
      cell.set('personId', input.personId)
      cell.set('roleId', input.roleId)
      assignments.set(id, cell)
    }
    const raci = input.raci ?? (cell.get('raci') === undefined ? 'R' : undefined)
    if (raci !== undefined && cell.get('raci') !== raci) cell.set('raci', raci)
    if (input.share !== undefined) {
      const share = clampPercent(input.share)
      if (cell.get('share') !== share) cell.set('share', share)
    }
  }, origin)
  return id
}
