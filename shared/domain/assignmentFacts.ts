import { holdsRole, type Assignment, type Raci } from '../schema/assignment.ts'
import type { Person } from '../schema/person.ts'

/**
 * What the assignments say about one role or one person: who holds a role, whether it is
 * vacant, how loaded a person is. Defined once here, so that the role card, the roles matrix,
 * the checks, the list view, the tables and the report never disagree in front of a workshop.
 * Each takes the cells (assignments) of one role or one person, from wherever the caller keeps
 * them: a `DomainIndex` of the model, or the board page's live assignment index.
 */

/** Someone who holds (or takes part in) a role, as a role card names them. */
export interface RoleHolder {
  personId: string
  /** The person card's name as written ('' when it has none). */
  name: string
  raci: Raci
}

/** How much a person or org unit carries: the roles they hold and the time those take. */
export interface PersonLoad {
  /** Roles held, that is with R or A (C and I only take part). */
  held: number
  /** Sum of the cells' shares: percent of the person's own available time. */
  share: number
}

/** Above this share of their own time a person's roles are more than they can do. */
export const OVER_CAPACITY_PERCENT = 100

/** Accountable first, then Responsible, Consulted, Informed: who answers for a role leads. */
const RACI_ORDER: Readonly<Record<Raci, number>> = { A: 0, R: 1, C: 2, I: 3 }

/** A role is vacant when nobody holds it: none of its cells is Responsible or Accountable. */
export function isVacant(cells: Iterable<{ raci: Raci }>): boolean {
  for (const cell of cells) if (holdsRole(cell.raci)) return false
  return true
}

/**
 * Who holds a role (and who is consulted or informed), Accountable first, then R, C, I, each
 * letter in the order of `cells`. A cell whose person card is gone is left out.
 */
export function roleHolders(
  cells: Iterable<Assignment>,
  person: (id: string) => Person | undefined,
): RoleHolder[] {
  const holders: RoleHolder[] = []
  for (const cell of cells) {
    const who = person(cell.personId)
    if (who) holders.push({ personId: cell.personId, name: who.name, raci: cell.raci })
  }
  return holders.sort((x, y) => RACI_ORDER[x.raci] - RACI_ORDER[y.raci])
}

/** A person's load from their cells: roles held (R or A) and the sum of every cell's share. */
export function personLoad(cells: Iterable<Pick<Assignment, 'raci' | 'share'>>): PersonLoad {
  let held = 0
  let share = 0
  for (const cell of cells) {
    if (holdsRole(cell.raci)) held++
    share += cell.share
  }
  return { held, share }
}

/**
 * The time a person's roles take as percent of a full-time position ("Zeit: 48 % von 80 %"):
 * the shares are percent of their own available time, the availability is percent of a
 * full-time position, so both numbers on the card compare directly.
 */
export function usedTime(person: Person, load: PersonLoad): number {
  return Math.round((load.share * person.availability) / 100)
}

/** Their roles take more than all of their time. */
export function isOverCapacity(load: PersonLoad): boolean {
  return load.share > OVER_CAPACITY_PERCENT
}

/** Which overload a person shows (both may be true at once). */
export interface Overload {
  /** More roles held than the board's limit. */
  tooManyRoles: boolean
  /** Their roles take more than 100 % of their time. */
  overCapacity: boolean
}

/**
 * Whether a person is overloaded, as the checks report it and the matrix flags it. Only people:
 * an org unit shares its roles among its members, so no limit applies to it.
 */
export function personOverload(person: Person, load: PersonLoad, maxRoles: number): Overload {
  const isPerson = person.personKind === 'person'
  return {
    tooManyRoles: isPerson && load.held > maxRoles,
    overCapacity: isPerson && isOverCapacity(load),
  }
}
