import type * as Y from 'yjs'
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
 * tens of assignments, not thousands.
 */
export class AssignmentIndex {
  /** Bumped on every change, for components that show assignments. */
  revision = $state(0)

  #groups: AssignmentGroups
  readonly #listeners = new Listeners()
  readonly #stop: () => void

  constructor(doc: Y.Doc) {
    const map = assignmentsMap(doc)
    this.#groups = groupAssignments(readAssignments(doc))
    const onChange = (): void => {
      this.#groups = groupAssignments(readAssignments(doc))
      this.revision++
      this.#listeners.emit()
    }
    map.observeDeep(onChange)
    this.#stop = () => map.unobserveDeep(onChange)
  }

  /** The assignments to a role, in a stable order (by assignment id). */
  forRole(roleId: string): readonly Assignment[] {
    return this.#groups.byRole.get(roleId) ?? []
  }

  /** A person's assignments, in a stable order (by assignment id). */
  forPerson(personId: string): readonly Assignment[] {
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
