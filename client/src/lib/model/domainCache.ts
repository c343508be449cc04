import * as Y from 'yjs'
import type { DomainModel } from '../../../../shared/domain/model.ts'
import { readActor, type Actor } from '../../../../shared/schema/actor.ts'
import { readAssignments } from '../../../../shared/schema/assignment.ts'
import { readCheckSettings } from '../../../../shared/schema/checkSettings.ts'
import { readPerson, type Person } from '../../../../shared/schema/person.ts'
import { readRelation, type Relation } from '../../../../shared/schema/relation.ts'
import { readRole, type Role } from '../../../../shared/schema/role.ts'

type DomainCard = Actor | Role | Person

const byId = <T extends { id: string }>(a: T, b: T): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0

/** Reads one element as a domain card; null for anything else (or a card it cannot read). */
function readCard(id: string, map: Y.Map<unknown>): DomainCard | null {
  switch (map.get('type')) {
    case 'actor': {
      const actor = readActor(id, map)
      return actor.kind === 'actor' ? actor : null
    }
    case 'role': {
      const role = readRole(id, map)
      return role.kind === 'role' ? role : null
    }
    case 'person': {
      const person = readPerson(id, map)
      return person.kind === 'person' ? person : null
    }
    default:
      return null
  }
}

/**
 * The domain cards and relations of a board, read element by element as they change, so a
 * change elsewhere on a large board costs one lookup. `build` gives the model `readDomain`
 * would give.
 */
export class DomainCache {
  readonly #cards = new Map<string, DomainCard>()
  readonly #relations = new Map<string, Relation>()

  /**
   * Re-reads one element: whatever is under its id (undefined: it was deleted; anything but a
   * map, which a hostile editor may write, is no card). True when it is, or was, a domain card
   * or a relation: then the model has changed.
   */
  read(id: string, value: unknown): boolean {
    const had = this.#cards.delete(id) || this.#relations.delete(id)
    if (!(value instanceof Y.Map)) return had
    const map = value as Y.Map<unknown>
    const card = readCard(id, map)
    if (card) {
      this.#cards.set(id, card)
      return true
    }
    const relation = map.get('type') === 'connector' ? readRelation(id, map) : null
    if (relation) this.#relations.set(id, relation)
    return had || relation !== null
  }

  build(doc: Y.Doc): DomainModel {
    const actors: Actor[] = []
    const roles: Role[] = []
    const people: Person[] = []
    for (const card of this.#cards.values()) {
      if (card.kind === 'actor') actors.push(card)
      else if (card.kind === 'role') roles.push(card)
      else people.push(card)
    }
    // Assignments whose person or role is gone are left out, as readDomain does.
    const assignments = readAssignments(doc).filter(
      (a) =>
        this.#cards.get(a.roleId)?.kind === 'role' &&
        this.#cards.get(a.personId)?.kind === 'person',
    )
    return {
      actors: actors.sort(byId),
      roles: roles.sort(byId),
      people: people.sort(byId),
      assignments: assignments.sort(byId),
      relations: [...this.#relations.values()].sort(byId),
      settings: readCheckSettings(doc),
    }
  }
}
