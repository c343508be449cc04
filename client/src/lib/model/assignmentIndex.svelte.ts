import type * as Y from 'yjs'
import { createSubscriber } from 'svelte/reactivity'
import {
  assignmentsMap,
  readAssignments,
  type Assignment,
} from '../../../../shared/schema/index.ts'
import { groupAssignments, type AssignmentGroups } from './assignmentGroups.ts'
import { Listeners } from '../listeners.ts'

/**
 * The board's assignments (who holds which role) by role and by person, for the cards on the
 * canvas and the list view. They live in their own root map, not among the elements, so the
 * element index never sees them change; this one does. Re-read whole on a change: a board has
 * tens of assignments, not thousands. Reads subscribe through createSubscriber, as the Board's do:
 * a component or `$derived` that reads them runs again when they change.
 */
export class AssignmentIndex {
  #groups: AssignmentGroups
  readonly #listeners = new Listeners()
  readonly #stop: () => void
  readonly #read = createSubscriber((update) => this.#listeners.add(update))

  constructor(doc: Y.Doc) {
    const map = assignmentsMap(doc)
    this.#groups = groupAssignments(readAssignments(doc))
    const onChange = (): void => {
      this.#groups = groupAssignments(readAssignments(doc))
      this.#listeners.emit()
    }
    map.observeDeep(onChange)
    this.#stop = () => map.unobserveDeep(onChange)
  }

  /** The assignments to a role, in a stable order (by assignment id). */
  forRole(roleId: string): readonly Assignment[] {
    this.#read()
    return this.#groups.byRole.get(roleId) ?? []
  }

  /** A person's assignments, in a stable order (by assignment id). */
  forPerson(personId: string): readonly Assignment[] {
    this.#read()
    return this.#groups.byPerson.get(personId) ?? []
  }

  /** Called after every change of the assignments; returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    return this.#listeners.add(listener)
  }

  destroy(): void {
    this.#stop()
    this.#listeners.clear()
  }
}
