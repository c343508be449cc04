import type * as Y from 'yjs'
import { IndexeddbPersistence } from 'y-indexeddb'
import { localCopyName } from './localCopies.ts'

/**
 * The board's copy in this browser (IndexedDB, y-indexeddb): every update of the Y.Doc is kept,
 * so the board opens from it at once, is readable without a connection, and edits made offline
 * survive a reload until the server has them.
 *
 * Updates loaded from it carry the persistence as their transaction origin, never LOCAL_ORIGIN,
 * so they do not land in the undo history.
 */
export class LocalCopy {
  /** The stored updates have been applied to the document (also true when there were none). */
  loaded = $state(false)
  /** IndexedDB refused (a private mode, a policy): the board works, but only while open. */
  unavailable = $state(false)

  readonly #persistence: IndexeddbPersistence | null = null

  constructor(doc: Y.Doc, boardId: string) {
    if (typeof indexedDB === 'undefined') {
      this.unavailable = true
      this.loaded = true
      return
    }
    try {
      this.#persistence = new IndexeddbPersistence(localCopyName(boardId), doc)
    } catch {
      this.unavailable = true
      this.loaded = true
      return
    }
    void this.#persistence.whenSynced.then(() => {
      this.loaded = true
    })
    // A refused open (quota, policy) rejects inside y-indexeddb; the board still works online.
    this.#persistence._db.catch(() => {
      this.unavailable = true
      this.loaded = true
    })
  }

  /** The transaction origin of updates read from the copy. */
  get origin(): unknown {
    return this.#persistence
  }

  destroy(): void {
    void this.#persistence?.destroy().catch(() => undefined)
  }
}
