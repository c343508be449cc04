import type { DomainFacts } from '../../../../shared/domain/domainIndex.ts'
import type { Assignment, BoardElement, Person } from '../../../../shared/schema/index.ts'
import type { AssignmentIndex } from '../model/assignmentIndex.svelte.ts'

const NONE: readonly Assignment[] = []

/**
 * The domain's facts from the board page's live indexes (assignments by role and person, the
 * elements by id), for what is drawn or read card by card: the canvas, the list view, the
 * properties panel. Nothing is built ahead: a card asks for its own cells. Cells whose role or
 * person card is gone (deleted by someone else) are left out, as `readDomain` leaves them out.
 */
export function boardFacts(
  assignments: AssignmentIndex,
  lookup: (id: string) => BoardElement | undefined,
): DomainFacts {
  const person = (id: string): Person | undefined => {
    const el = lookup(id)
    return el?.kind === 'person' ? el : undefined
  }
  const isRole = (id: string): boolean => lookup(id)?.kind === 'role'
  return {
    cellsOfRole: (roleId) =>
      isRole(roleId)
        ? assignments.forRole(roleId).filter((a) => person(a.personId) !== undefined)
        : NONE,
    cellsOfPerson: (personId) =>
      person(personId) ? assignments.forPerson(personId).filter((a) => isRole(a.roleId)) : NONE,
    person,
  }
}
