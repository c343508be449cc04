import * as Y from 'yjs'
import { SERVER_ORIGIN } from '../../shared/origins.ts'

/** A board's compacted state, built from its stored form. */
export interface BuiltSnapshot {
  /** Yjs update encoding the whole document. */
  snapshot: Uint8Array
}

/**
 * Rebuilds a board's document from its stored snapshot and updates, in stored order, and encodes
 * it as one update: the same steps as loading a board (loadBoardDoc, one transaction). Like
 * loading, it never fails open: a stored part that does not apply throws, so no snapshot that
 * lacks it can replace the rows it came from. Pure, for the snapshot worker: the main thread
 * never encodes a whole board for compaction.
 */
export function buildSnapshot(snapshot: Uint8Array | null, updates: Uint8Array[]): BuiltSnapshot {
  const doc = new Y.Doc()
  try {
    doc.transact(() => {
      const parts = snapshot === null ? updates : [snapshot, ...updates]
      parts.forEach((update, i) => {
        try {
          Y.applyUpdate(doc, update, SERVER_ORIGIN)
        } catch (err) {
          const part = snapshot !== null && i === 0 ? 'the snapshot' : `stored update ${i}`
          throw new Error(`${part} does not apply`, { cause: err })
        }
      })
    }, SERVER_ORIGIN)
    return { snapshot: Y.encodeStateAsUpdate(doc) }
  } finally {
    doc.destroy()
  }
}
