import type * as Y from 'yjs'
import { metaMap } from '../../shared/schema/doc.ts'
import type { BoardStore } from '../store/BoardStore.ts'

/** What renaming needs from the realtime server: a change of a board's document, stored. */
export interface DocumentChanges {
  changeDocument(boardId: string, change: (doc: Y.Doc) => void): Promise<void>
}

/**
 * Renames boards so that the stored title (the board list, `GET /api/boards/:id`) and the
 * document's `meta.title` (what everyone on the board sees, live) stay one: the document first,
 * through the room like any change (stored, then relayed to everyone), then the store. Renames
 * of one board run one after the other, so the last one wins in both places.
 */
export class BoardTitles {
  readonly #store: BoardStore
  readonly #documents: DocumentChanges
  /** The rename under way per board; the next one waits for it. */
  readonly #running = new Map<string, Promise<void>>()

  constructor(store: BoardStore, documents: DocumentChanges) {
    this.#store = store
    this.#documents = documents
  }

  /** Sets a board's title (already checked) in its document and in the store. */
  async rename(boardId: string, title: string): Promise<void> {
    const before = this.#running.get(boardId) ?? Promise.resolve()
    const run = before
      .catch(() => {})
      .then(async () => {
        await this.#documents.changeDocument(boardId, (doc) => metaMap(doc).set('title', title))
        await this.#store.setTitle(boardId, title)
      })
    const tracked = run.finally(() => {
      if (this.#running.get(boardId) === tracked) this.#running.delete(boardId)
    })
    this.#running.set(boardId, tracked)
    await tracked
  }
}
