import { runChecks, type Finding } from '../../../../shared/domain/checks/index.ts'
import {
  ecosystemSummary,
  type EcosystemSummary,
} from '../../../../shared/domain/ecosystemSummary.ts'
import type { DomainModel } from '../../../../shared/domain/model.ts'
import {
  isVacant,
  personLoad,
  personOverload,
  roleHolders,
  type Overload,
  type PersonLoad,
  type RoleHolder,
} from '../../../../shared/domain/assignmentFacts.ts'
import { indexDomain, type DomainIndex } from '../../../../shared/domain/domainIndex.ts'
import { unrelatedActors } from '../../../../shared/domain/unrelatedActors.ts'
import { assignRole } from '../../../../shared/ops/assignRole.ts'
import {
  removeConflictRule,
  setConflictRule,
  setMaxRolesPerPerson,
  type SetConflictRuleInput,
} from '../../../../shared/ops/setConflictRule.ts'
import { unassign } from '../../../../shared/ops/unassign.ts'
import { updateAssignment } from '../../../../shared/ops/updateAssignment.ts'
import { assignmentId, type Raci } from '../../../../shared/schema/assignment.ts'
import type { Actor } from '../../../../shared/schema/actor.ts'
import type { Person } from '../../../../shared/schema/person.ts'
import type { Board } from '../model/board.svelte.ts'
import type { DomainContent } from '../model/domainContent.ts'
import { warnedIds } from './warnedIds.ts'

/**
 * The board's domain content for the panels and the canvas markers: the same model `readDomain`
 * gives, the findings of every check, the ecosystem summary and the facts of each role and
 * person (`assignmentFacts`), all recomputed when the domain content changes and only then.
 * The panels read these; they compute no fact themselves.
 *
 * Cost on a large board: a change to elements re-reads only the ids it touched, and only a
 * change to an actor, role, person or relation (or to the assignments and check settings)
 * marks the model stale; dragging notes never does. The model, findings and summary are
 * built lazily on the next read, once per batch of changes, and kept until the next: sorting
 * the domain cards and running the checks, which are linear or roles × assignments (a few
 * hundred cards on even a 2,000-element board).
 */
export class BoardDomain {
  readonly #board: Board
  readonly #content: DomainContent
  readonly #cleanups: (() => void)[] = []
  /** Bumped whenever the domain content changed; reading it makes a reader reactive. */
  #version = $state(0)
  /**
   * What was built for which version. Not `$derived`: the canvas reads the markers in its
   * animation frame, outside any effect, where Svelte recomputes a derived on every read.
   */
  readonly #memo: Record<string, { version: number; value: unknown }> = {}

  #cached<T>(key: string, build: () => T): T {
    const version = this.#version
    const hit = this.#memo[key]
    if (hit?.version === version) return hit.value as T
    const value = build()
    this.#memo[key] = { version, value }
    return value
  }

  /** Everything the checks and panels read, as `readDomain` would give it. */
  get model(): DomainModel {
    return this.#cached('model', () => this.#content.build())
  }

  /** Findings of every check: warnings first, then hints. */
  get findings(): readonly Finding[] {
    return this.#cached('findings', () => runChecks(this.model))
  }

  get summary(): EcosystemSummary {
    return this.#cached('summary', () => ecosystemSummary(this.model))
  }

  /** Actors that no relation joins to anything, for the ecosystem panel's list. */
  get unrelated(): readonly Actor[] {
    return this.#cached('unrelated', () => unrelatedActors(this.model))
  }

  /** Element ids a warning points at: the canvas marks them. */
  get warned(): ReadonlySet<string> {
    return this.#cached('warned', () => warnedIds(this.findings))
  }

  /** The model by id: each role's and person's cells, for the facts below. */
  get #index(): DomainIndex {
    return this.#cached('index', () => indexDomain(this.model))
  }

  /** Who holds a role (and who is consulted or informed), Accountable first. */
  holders(roleId: string): RoleHolder[] {
    return roleHolders(this.#index.cellsOfRole(roleId), this.#index.person)
  }

  /** Nobody is Responsible or Accountable for the role. */
  isVacant(roleId: string): boolean {
    return isVacant(this.#index.cellsOfRole(roleId))
  }

  /** The roles a person or org unit holds and the share of their time their cells take. */
  load(personId: string): PersonLoad {
    return personLoad(this.#index.cellsOfPerson(personId))
  }

  /** Whether a person holds more roles than the board's limit or has more than their time. */
  overload(person: Person): Overload {
    return personOverload(person, this.load(person.id), this.model.settings.maxRolesPerPerson)
  }

  constructor(board: Board) {
    this.#board = board
    this.#content = board.domainContent
    this.#cleanups.push(
      this.#content.onChange(() => {
        this.#version++
      }),
    )
  }

  /** The assignment of a person to a role (one cell of the matrix), if there is one. */
  cell(personId: string, roleId: string): DomainModel['assignments'][number] | undefined {
    const id = assignmentId(personId, roleId)
    return this.model.assignments.find((a) => a.id === id)
  }

  /**
   * Sets one cell of the responsibility matrix: a letter assigns (or changes the letter), null
   * removes the assignment. One undo step; nothing without the edit right.
   */
  setRaci(personId: string, roleId: string, raci: Raci | null): void {
    const id = assignmentId(personId, roleId)
    if (raci === null) {
      this.#board.run(unassign, { ids: [id] })
    } else if (this.cell(personId, roleId)) {
      this.#board.run(updateAssignment, { id, raci })
    } else {
      this.#board.run(assignRole, { personId, roleId, raci })
    }
  }

  /** Sets the share of the person's time an existing assignment takes (percent). */
  setShare(personId: string, roleId: string, share: number): void {
    if (!this.cell(personId, roleId)) return
    const id = assignmentId(personId, roleId)
    this.#board.run(updateAssignment, { id, share })
  }

  /** A facilitator's conflict-of-interest rule, new or replaced; its id, or null. */
  setConflictRule(input: SetConflictRuleInput): string | null {
    return this.#board.run(setConflictRule, input)
  }

  removeConflictRule(id: string): void {
    this.#board.run(removeConflictRule, { id })
  }

  setMaxRolesPerPerson(limit: number): void {
    this.#board.run(setMaxRolesPerPerson, { limit })
  }

  destroy(): void {
    for (const cleanup of this.#cleanups.splice(0)) cleanup()
  }
}
