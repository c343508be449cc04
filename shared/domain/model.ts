import type * as Y from 'yjs'
import { readActor, type Actor } from '../schema/actor.ts'
import { readAssignments, type Assignment } from '../schema/assignment.ts'
import { readCheckSettings, type CheckSettings } from '../schema/checkSettings.ts'
import { elementsMap, elementEntries } from '../schema/doc.ts'
import { readPerson, type Person } from '../schema/person.ts'
import { readRelation, type Relation } from '../schema/relation.ts'
import { readRole, type Role } from '../schema/role.ts'

/**
 * The domain content of a board as plain data: what the checks, the roles matrix and the
 * ecosystem panel work on. Assignments whose person or role is gone (deleted by someone while
 * another person assigned them) are left out, so no check points at a card that is not there.
 */
export interface DomainModel {
  actors: Actor[]
  roles: Role[]
  people: Person[]
  assignments: Assignment[]
  relations: Relation[]
  settings: CheckSettings
}

const byId = <T extends { id: string }>(a: T, b: T): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0

/** Reads the domain model from a board document; never throws. Lists are sorted by id. */
export function readDomain(doc: Y.Doc): DomainModel {
  const actors: Actor[] = []
  const roles: Role[] = []
  const people: Person[] = []
  const relations: Relation[] = []
  for (const [id, map] of elementEntries(elementsMap(doc))) {
    const type = map.get('type')
    if (type === 'actor') {
      const actor = readActor(id, map)
      if (actor.kind === 'actor') actors.push(actor)
    } else if (type === 'role') {
      const role = readRole(id, map)
      if (role.kind === 'role') roles.push(role)
    } else if (type === 'person') {
      const person = readPerson(id, map)
      if (person.kind === 'person') people.push(person)
    } else if (type === 'connector') {
      const relation = readRelation(id, map)
      if (relation) relations.push(relation)
    }
  }
  const roleIds = new Set(roles.map((r) => r.id))
  const personIds = new Set(people.map((p) => p.id))
  const assignments = readAssignments(doc).filter(
    (a) => roleIds.has(a.roleId) && personIds.has(a.personId),
  )
  return {
    actors: actors.sort(byId),
    roles: roles.sort(byId),
    people: people.sort(byId),
    assignments: assignments.sort(byId),
    relations: relations.sort(byId),
    settings: readCheckSettings(doc),
  }
}
