import type * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { readAssignments, type Raci } from '../schema/assignment.ts'
import { elementsMap, elementIn } from '../schema/doc.ts'
import { readPerson, type Person } from '../schema/person.ts'
import { readRole } from '../schema/role.ts'
import { layoutSlots } from '../picture/text/roleSlots.ts'
import { assignRole } from './assignRole.ts'
import { makeRoomBelow } from './makeRoomBelow.ts'
import { moveElements } from './moveElements.ts'
import { resizeElement } from './resizeElement.ts'

export interface SeatOnRoleInput {
  /** A person or org-unit card. */
  personId: string
  /** A role card. */
  roleId: string
  raci: Raci
}

function centreInside(card: Person, role: { x: number; y: number; w: number; h: number }): boolean {
  const cx = card.x + card.w / 2
  const cy = card.y + card.h / 2
  return cx >= role.x && cx <= role.x + role.w && cy >= role.y && cy <= role.y + role.h
}

/**
 * Assigns a person to a role with `raci` and seats their card in a slot under the role's
 * title (`layoutSlots`): the people already seated on the card (assigned to the role, their
 * card's centre on it) keep their order from the top, the person takes the next slot, and the
 * role card grows when they need the room, pushing the cards below it down (makeRoomBelow).
 * One transaction, so one undo step with the caller's.
 * Returns the assignment id, or null when the cards are not a person and a role.
 */
export function seatOnRole(
  doc: Y.Doc,
  input: SeatOnRoleInput,
  origin: unknown = LOCAL_ORIGIN,
): string | null {
  const elements = elementsMap(doc)
  const roleMap = elementIn(elements, input.roleId)
  const personMap = elementIn(elements, input.personId)
  if (roleMap?.get('type') !== 'role' || personMap?.get('type') !== 'person') return null
  const role = readRole(input.roleId, roleMap)
  const person = readPerson(input.personId, personMap)
  if (role.kind !== 'role' || person.kind !== 'person') return null
  let id: string | null = null
  doc.transact(() => {
    id = assignRole(doc, { personId: person.id, roleId: role.id, raci: input.raci }, origin)
    const seated: Person[] = []
    for (const cell of readAssignments(doc)) {
      if (cell.roleId !== role.id || cell.personId === person.id) continue
      const map = elementIn(elements, cell.personId)
      const other = map === undefined ? undefined : readPerson(cell.personId, map)
      if (other?.kind === 'person' && centreInside(other, role)) seated.push(other)
    }
    seated.sort((a, b) => a.y - b.y || (a.id < b.id ? -1 : 1))
    const layout = layoutSlots(role, [...seated, person])
    const r = layout.role
    if (r.w !== role.w || r.h !== role.h) {
      resizeElement(doc, { id: role.id, ...r }, origin)
      // The cards below move down rather than disappear under the grown card.
      const keep = new Set([role.id, person.id, ...seated.map((p) => p.id)])
      makeRoomBelow(doc, { before: role, after: r, keep }, origin)
    }
    const moved = layout.seats.filter((seat) => {
      const card = seat.id === person.id ? person : seated.find((p) => p.id === seat.id)
      return card !== undefined && (card.x !== seat.x || card.y !== seat.y)
    })
    if (moved.length > 0) moveElements(doc, { positions: moved }, origin)
  }, origin)
  return id
}
