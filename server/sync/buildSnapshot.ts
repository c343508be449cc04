import * as Y from 'yjs'
import { SERVER_ORIGIN } from '../../shared/origins.ts'

/** A board's compacted state, built from its stored form. */
export interface BuiltSnapshot {
  /** Yjs update encoding the whole document. */
  snapshot: Uint8Array
  /** Stored updates that did not apply (left out, as loading leaves them out). */
  skipped: number
}

/**
 * Rebuilds a board's document from its stored snapshot and updates, in stored order, and encodes
 * it as one update. The same steps as loading a board (loadBoardDoc: one transaction, an update
 * that does not apply is skipped), so the result holds exactly what the room's document holds
 * for the same stored updates. Pure, for the snapshot worker: the main thread never encodes a
 * whole board for compaction.
 */
export function buildSnapshot(snapshot: Uint8Array | null, updates: Uint8Array[]): BuiltSnapshot {
  const doc = new Y.Doc()
  let skipped = 0
  try {
    doc.transact(() => {
      for (const update of snapshot === null ? updates : [snapshot, ...updates]) {
        try {
          Y.applyUpdate(doc, update, SERVER_ORIGIN)
        } catch {
          skipped++
        }
      }
    }, SERVER_ORIGIN)
    return { snapshot: Y.encodeStateAsUpdate(doc), skipped }
  } finally {
    doc.destroy()
  }
}
