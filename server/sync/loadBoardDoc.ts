import * as Y from 'yjs'
import type { Logger } from '../log.ts'
import type { BoardStore } from '../store/BoardStore.ts'
import { SchemaTooNewError, migrateDoc } from '../../shared/schema/migrations.ts'
import { SERVER_ORIGIN } from '../../shared/origins.ts'

/** A board's document in memory, with what the room must know about its stored form. */
export interface LoadedBoardDoc {
  doc: Y.Doc
  /** Sequence number of the last stored update the doc contains. */
  lastSeq: number
  /** Updates stored since the last compaction (what the next compaction folds in). */
  pending: { count: number; bytes: number }
  /**
   * The board's schema is newer than this server knows: it is shown as it is, and neither
   * migrated, written nor compacted here.
   */
  readOnly: boolean
}

/**
 * A stored snapshot or update does not apply. The board must stay closed: opening it without
 * that part would show it incomplete, and the next compaction would make the loss permanent.
 */
export class BoardUnreadableError extends Error {
  constructor(
    readonly boardId: string,
    readonly part: string,
    override readonly cause: unknown,
  ) {
    super(`Board ${boardId} cannot be opened: its stored ${part} does not apply`)
    this.name = 'BoardUnreadableError'
  }
}

/**
 * Loads a board's document (snapshot, then updates in order) and migrates it to the current
 * schema. A migration that changed something is appended durably before the room answers
 * anyone, so no client ever sees a migrated state that a crash could take back. Throws
 * BoardUnreadableError when any stored part does not apply: loading never fails open.
 */
export async function loadBoardDoc(
  store: BoardStore,
  boardId: string,
  log: Logger,
): Promise<LoadedBoardDoc> {
  const stored = await store.loadDocument(boardId)
  const doc = new Y.Doc()
  const pending = { count: stored.updates.length, bytes: 0 }
  try {
    doc.transact(() => {
      if (stored.snapshot) applyStored(doc, stored.snapshot, boardId, 'snapshot')
      stored.updates.forEach((update, i) => {
        pending.bytes += update.byteLength
        applyStored(doc, update, boardId, `update ${i + 1} of ${stored.updates.length}`)
      })
    }, SERVER_ORIGIN)
    // What applies but cannot be encoded again (content nested beyond the stack, written before
    // the guard existed) would fail every join and compaction: it counts as not applying.
    try {
      Y.encodeStateAsUpdate(doc)
    } catch (err) {
      throw new BoardUnreadableError(boardId, 'content (it does not encode again)', err)
    }
  } catch (err) {
    doc.destroy()
    throw err
  }

  let migration: Uint8Array | null = null
  const capture = (update: Uint8Array): void => {
    migration = migration === null ? update : Y.mergeUpdates([migration, update])
  }
  doc.on('update', capture)
  let from: number
  try {
    from = migrateDoc(doc, SERVER_ORIGIN)
  } catch (err) {
    if (err instanceof SchemaTooNewError) {
      log.warn('board schema is newer than this server: opening it read-only', {
        boardId,
        version: err.version,
      })
      return { doc, lastSeq: stored.lastSeq, pending, readOnly: true }
    }
    doc.destroy()
    throw err
  } finally {
    doc.off('update', capture)
  }

  let lastSeq = stored.lastSeq
  if (migration !== null) {
    const update: Uint8Array = migration
    try {
      lastSeq = await store.appendUpdate(boardId, update)
    } catch (err) {
      doc.destroy()
      throw err
    }
    pending.count++
    pending.bytes += update.byteLength
    log.info('board migrated', { boardId, from })
  }
  return { doc, lastSeq, pending, readOnly: false }
}

function applyStored(doc: Y.Doc, update: Uint8Array, boardId: string, part: string): void {
  try {
    Y.applyUpdate(doc, update, SERVER_ORIGIN)
  } catch (err) {
    throw new BoardUnreadableError(boardId, part, err)
  }
}
