import type { Assignment } from '../schema/assignment.ts'
import type { Person } from '../schema/person.ts'
import type { Role } from '../schema/role.ts'
import type { DomainModel } from './model.ts'

/**
 * Where the derived facts (`assignmentFacts.ts`) find their cells: each role's and each
 * person's assignments, and the cards they point at. Only cells whose role and person cards
 * exist are given. Built from the model by `indexDomain`; the board page gives the same from
 * its live indexes, so the canvas never rebuilds a model to draw a card.
 */
export interface DomainFacts {
  /** The cells of a role, in a stable order (by assignment id). */
  cellsOfRole(roleId: string): readonly Assignment[]
  /** The cells of a person or org unit, in a stable order (by assignment id). */
  cellsOfPerson(personId: string): readonly Assignment[]
  /** The person or org-unit card with this id, if there is one. */
  person(id: string): Person | undefined
}

/** The model's facts by id: one pass over its lists, then lookups. */
export interface DomainIndex extends DomainFacts {
  role(id: string): Role | undefined
}

const NONE: readonly Assignment[] = []

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** Indexes a model (whose assignments already point only at existing cards). */
export function indexDomain(model: DomainModel): DomainIndex {
  const people = new Map(model.people.map((p) => [p.id, p]))
  const roles = new Map(model.roles.map((r) => [r.id, r]))
  const byRole = new Map<string, Assignment[]>()
  const byPerson = new Map<string, Assignment[]>()
  for (const a of model.assignments) {
    push(byRole, a.roleId, a)
    push(byPerson, a.personId, a)
  }
  return {
    cellsOfRole: (roleId) => byRole.get(roleId) ?? NONE,
    cellsOfPerson: (personId) => byPerson.get(personId) ?? NONE,
    person: (id) => people.get(id),
    role: (id) => roles.get(id),
  }
}
