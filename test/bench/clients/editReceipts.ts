import * as decoding from 'lib0/decoding'
import { messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync'
import * as Y from 'yjs'

/**
 * Bench clients have fixed Yjs client ids, so that any receiver can tell from an update whose
 * edits it carries without applying it: client `index` writes as `CLIENT_ID_BASE + index`.
 */
const CLIENT_ID_BASE = 1_000_000

export function benchClientId(index: number): number {
  return CLIENT_ID_BASE + index
}

/**
 * A bench edit sets one key of a Y.Map, one item: edit `seq` of a client takes its clock from
 * `seq` to `seq + 1`. `BenchClient` checks this after every edit.
 */
export function clockAfterEdit(seq: number): number {
  return seq + 1
}

/**
 * The last edit of each bench sender that a document update carries, read from the update's
 * structure (`Y.parseUpdateMeta`) without applying it. An update holds a sender's structs up to
 * a clock; Yjs would integrate them in order, so carrying edit `seq` means every earlier one was
 * carried before or here.
 */
export function lastEditsIn(
  update: Uint8Array,
  clients: number,
): { sender: number; seq: number }[] {
  const found: { sender: number; seq: number }[] = []
  for (const [client, clock] of Y.parseUpdateMeta(update).to) {
    const sender = client - CLIENT_ID_BASE
    if (sender >= 0 && sender < clients && clock > 0) found.push({ sender, seq: clock - 1 })
  }
  return found
}

/**
 * The update in a y-protocols sync message (after its message type), or null for a sync step 1,
 * which carries only a state vector.
 */
export function updateOfSyncMessage(decoder: decoding.Decoder): Uint8Array | null {
  const type = decoding.readVarUint(decoder)
  if (type !== messageYjsSyncStep2 && type !== messageYjsUpdate) return null
  return decoding.readVarUint8Array(decoder)
}
