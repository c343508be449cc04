// What the store has made durable, observed from outside the Room: every update whose append
// the store confirmed is applied to a mirror document, and every frame the server sends is
// checked against it. A document change in a frame that the mirror does not hold yet was sent
// before it was stored.
import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'
import type { BoardStore } from '../../server/store/BoardStore.ts'
import { MESSAGE_SYNC, SYNC_STEP_2, SYNC_UPDATE } from '../../shared/protocol/sync.ts'

export class DurableMirror {
  /** Everything the store confirmed, as a document. */
  readonly doc = new Y.Doc()
  /** Frames that carried something not stored yet, described. */
  readonly violations: string[] = []
  /** How many sent frames carried document content (step 2 or update), all checked. */
  checked = 0

  constructor(initialState: Uint8Array) {
    Y.applyUpdate(this.doc, initialState)
  }

  /**
   * The real store, seen through its appends: each confirmed append reaches the mirror before
   * the caller (the room's writer) hears of it. Every other method is the store's own.
   */
  observe(store: BoardStore): BoardStore {
    const append = async (id: string, update: Uint8Array): Promise<number> => {
      const seq = await store.appendUpdate(id, update)
      Y.applyUpdate(this.doc, update)
      return seq
    }
    return new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === 'appendUpdate') return append
        const value: unknown = Reflect.get(target, prop, receiver)
        return typeof value === 'function' ? value.bind(target) : value
      },
    })
  }

  /**
   * Checks a frame the server sends to `to`: the document content it carries (sync step 2 or
   * update) must add nothing to what is stored, and must not wait in the mirror for something
   * that is not stored.
   */
  checkSent(frame: Uint8Array, to: string): void {
    const decoder = decoding.createDecoder(frame)
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return
    const syncType = decoding.readVarUint(decoder)
    if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return
    const payload = decoding.readVarUint8Array(decoder)
    this.checked++
    const pendingBefore = this.#pending()
    let changed = false
    const onUpdate = (): void => {
      changed = true
    }
    this.doc.on('update', onUpdate)
    try {
      Y.applyUpdate(this.doc, payload)
    } finally {
      this.doc.off('update', onUpdate)
    }
    if (changed || this.#pending() !== pendingBefore) {
      const kind = syncType === SYNC_UPDATE ? 'an update' : 'a sync step 2'
      this.violations.push(`${kind} to ${to} carried content the store had not confirmed`)
    }
  }

  /** The mirror's content waiting for a dependency, as a comparable key. */
  #pending(): string {
    const { pendingStructs, pendingDs } = this.doc.store
    return `${pendingStructs?.update.length ?? 0}/${pendingDs?.length ?? 0}`
  }
}
