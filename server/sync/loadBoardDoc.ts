import * as Y from 'yjs'
import type { Logger } from '../log.ts'
import type { BoardStore } from '../store/BoardStore.ts'
import { migrateDoc } from '../../shared/schema/migrations.ts'
import { SERVER_ORIGIN } from '../../shared/origins.ts'

/** A board's document in memory, with what the room must know about its stored form. */
export interface LoadedBoardDoc {
  doc: Y.Doc
  /** Sequence number of the last stored update the doc contains. */
  lastSeq: number
  /** Updates stored since the last compaction (what the next compaction folds in). */
  pending: { count: number; bytes: number }
}

/**
 * Loads a board's document (snapshot, then updates in order) and migrates it to the current
 * schema. A migration that changed something is appended durably before the room answers
 * anyone, so no client ever sees a migrated state that a crash could take back.
 */
export async function loadBoardDoc(
  store: BoardStore,
  boardId: string,
  log: Logger,
): Promise<LoadedBoardDoc> {
  const stored = await store.loadDocument(boardId)
  const doc = new Y.Doc()
  const pending = { count: stored.updates.length, bytes: 0 }
  doc.transact(() => {
    if (stored.snapshot) applyStored(doc, stored.snapshot, boardId, log)
    for (const update of stored.updates) {
      pending.bytes += update.byteLength
      applyStored(doc, update, boardId, log)
    }
  }, SERVER_ORIGIN)

  let migration: Uint8Array | null = null
  const capture = (update: Uint8Array): void => {
    migration = migration === null ? update : Y.mergeUpdates([migration, update])
  }
  doc.on('update', capture)
  let from: number
  try {
    from = migrateDoc(doc, SERVER_ORIGIN)
  } catch (err) {
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
  return { doc, lastSeq, pending }
}

/** A stored update that no longer applies must not keep the whole board from opening. */
function applyStored(doc: Y.Doc, update: Uint8Array, boardId: string, log: Logger): void {
  try {
    Y.applyUpdate(doc, update, SERVER_ORIGIN)
  } catch (err) {
    log.error('skipping a stored update that does not apply', { boardId, err })
  }
}
