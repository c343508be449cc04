import type * as Y from 'yjs'
import type { DomainModel } from '../../../../shared/domain/model.ts'
import { assignmentsMap } from '../../../../shared/schema/assignment.ts'
import { conflictRulesMap } from '../../../../shared/schema/checkSettings.ts'
import { elementEntries, elementIn, elementsMap, metaMap } from '../../../../shared/schema/doc.ts'
import { Listeners } from '../listeners.ts'
import { DomainCache } from './domainCache.ts'

/**
 * The board's domain content as the model `readDomain` gives (cards, relations, assignments,
 * check settings), kept from the document as it changes: a change of elements re-reads only the
 * ids it touched, and listeners hear only of changes to the domain content (a card, a relation,
 * an assignment, a check setting), so dragging notes on a large board tells nobody. The domain
 * feature (domain/BoardDomain) builds its findings and facts on this; it never sees the doc.
 */
export class DomainContent {
  readonly #doc: Y.Doc
  readonly #cache = new DomainCache()
  readonly #listeners = new Listeners()
  readonly #cleanups: (() => void)[] = []

  /**
   * `onElements` subscribes to the ids each change of elements touched (the Board's onChange).
   */
  constructor(
    doc: Y.Doc,
    onElements: (listener: (changed: ReadonlySet<string>) => void) => () => void,
  ) {
    this.#doc = doc
    const elements = elementsMap(doc)
    for (const [id, map] of elementEntries(elements)) this.#cache.read(id, map)
    this.#cleanups.push(
      onElements((changed) => {
        let touched = false
        for (const id of changed) touched = this.#cache.read(id, elementIn(elements, id)) || touched
        if (touched) this.#listeners.emit()
      }),
    )
    const changed = (): void => this.#listeners.emit()
    const assignments = assignmentsMap(doc)
    const rules = conflictRulesMap(doc)
    const meta = metaMap(doc)
    const onMeta = (event: Y.YMapEvent<unknown>): void => {
      if (event.keysChanged.has('maxRolesPerPerson')) changed()
    }
    assignments.observeDeep(changed)
    rules.observe(changed)
    meta.observe(onMeta)
    this.#cleanups.push(
      () => assignments.unobserveDeep(changed),
      () => rules.unobserve(changed),
      () => meta.unobserve(onMeta),
    )
  }

  /** The domain model now (built on each call: callers keep it until the next change). */
  build(): DomainModel {
    return this.#cache.build(this.#doc)
  }

  /** Called after every change of the domain content; returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    return this.#listeners.add(listener)
  }

  destroy(): void {
    for (const cleanup of this.#cleanups.splice(0)) cleanup()
    this.#listeners.clear()
  }
}
