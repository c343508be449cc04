import type * as Y from 'yjs'
import { elementsMap, metaMap } from '../../../../shared/schema/index.ts'
import { changedElementIds } from '../../../../shared/schema/changedElements.ts'
import { KEYS, type KeyValueStore } from '../storage/safeStorage.ts'

/** Beyond this many, the count is only a lower bound ("500 or more" is all anyone needs). */
const MAX_TRACKED = 500

/**
 * The changes made in this browser that the server may not have yet: the elements (and board
 * properties) changed here since the last completed sync. Counted per element, not per
 * transaction, because a drag writes sixty times a second but is one change to a person.
 *
 * The set is kept in the store, so after a reload while offline the indicator still says how
 * much is waiting in the local copy. It is cleared when a sync completes: the sync's step 2
 * carries everything the server lacks.
 */
export class PendingChanges {
  readonly #boardId: string
  readonly #store: KeyValueStore
  readonly #fromElsewhere: (origin: unknown) => boolean
  #ids: Set<string>
  #synced = false
  #listener: ((count: number) => void) | null = null
  readonly #cleanups: (() => void)[] = []

  /**
   * `fromElsewhere` says which transaction origins did not come from this browser's person
   * (the server's provider, the local copy being read back).
   */
  constructor(
    doc: Y.Doc,
    boardId: string,
    store: KeyValueStore,
    fromElsewhere: (origin: unknown) => boolean,
  ) {
    this.#boardId = boardId
    this.#store = store
    this.#fromElsewhere = fromElsewhere
    this.#ids = new Set(readIds(store.get(KEYS.pendingChanges(boardId))))

    const elements = elementsMap(doc)
    const onElements = (events: Y.YEvent<Y.AbstractType<unknown>>[], txn: Y.Transaction): void => {
      if (this.#synced || this.#fromElsewhere(txn.origin)) return
      this.#add(changedElementIds(events, elements))
    }
    elements.observeDeep(onElements)
    const meta = metaMap(doc)
    const onMeta = (event: Y.YMapEvent<unknown>, txn: Y.Transaction): void => {
      if (this.#synced || this.#fromElsewhere(txn.origin)) return
      this.#add([...event.keysChanged].map((key) => `meta:${key}`))
    }
    meta.observe(onMeta)
    this.#cleanups.push(
      () => elements.unobserveDeep(onElements),
      () => meta.unobserve(onMeta),
    )
  }

  /** How many elements (and board properties) wait to be sent. */
  get count(): number {
    return this.#ids.size
  }

  /** Called with the new count whenever it changes. */
  onChange(listener: (count: number) => void): void {
    this.#listener = listener
  }

  /**
   * The connection completed a sync (true), or lost it (false). While synced, changes go out as
   * they are made, so they are not counted.
   */
  setSynced(synced: boolean): void {
    this.#synced = synced
    if (synced && this.#ids.size > 0) {
      this.#ids = new Set()
      this.#store.remove(KEYS.pendingChanges(this.#boardId))
      this.#listener?.(0)
    }
  }

  destroy(): void {
    for (const cleanup of this.#cleanups.splice(0)) cleanup()
    this.#listener = null
  }

  #add(ids: Iterable<string>): void {
    const before = this.#ids.size
    for (const id of ids) {
      if (this.#ids.size >= MAX_TRACKED) break
      this.#ids.add(id)
    }
    if (this.#ids.size === before) return
    this.#store.set(KEYS.pendingChanges(this.#boardId), JSON.stringify([...this.#ids]))
    this.#listener?.(this.#ids.size)
  }
}

function readIds(raw: string | null): string[] {
  if (!raw) return []
  try {
    const data: unknown = JSON.parse(raw)
    return Array.isArray(data) ? data.filter((v): v is string => typeof v === 'string') : []
  } catch {
    return []
  }
}
