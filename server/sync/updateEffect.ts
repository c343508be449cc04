import * as Y from 'yjs'
import { covers, pendingContent, rangesOf, type ClockRanges } from './pendingContent.ts'

/** A Yjs update decoded without applying it (`Y.decodeUpdate`). */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>

/**
 * Validates a Yjs update by decoding it without touching any document. Returns null when it
 * does not decode: the sender is broken or hostile.
 */
export function decodeUpdate(update: Uint8Array): DecodedUpdate | null {
  try {
    return Y.decodeUpdate(update)
  } catch {
    return null
  }
}

/**
 * True when applying `decoded` would change `doc`: it carries a struct the doc does not have
 * yet, or deletes something the doc still shows. Every client that reconnects sends its whole
 * delete set in sync step 2; without this check each reconnect would store a redundant row.
 * What the doc holds as pending (waiting for a missing dependency) counts as held: the state
 * vector does not include it, so a resend of such an update would otherwise be stored again.
 * So does what `earlier` updates (stored with this one, not yet applied) bring.
 */
export function addsToDoc(
  doc: Y.Doc,
  decoded: DecodedUpdate,
  earlier: readonly DecodedUpdate[] = [],
): boolean {
  const store = doc.store
  const pending = pendingContent(doc)
  const batch = earlier.length > 0 ? rangesOf(earlier) : null
  const held = (
    own: ClockRanges,
    other: ClockRanges | undefined,
    c: number,
    s: number,
    e: number,
  ) => covers(own, c, s, e) || (other !== undefined && covers(other, c, s, e))
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Skip) continue
    const { client, clock } = struct.id
    const end = clock + struct.length
    const known = Y.getState(store, client)
    if (end <= known) continue
    if (!held(pending.structRanges, batch?.structRanges, client, Math.max(clock, known), end)) {
      return true
    }
  }
  for (const [client, ranges] of decoded.ds.clients) {
    const known = Y.getState(store, client)
    const structs = store.clients.get(client)
    for (const { clock, len } of ranges) {
      if (len <= 0) continue
      // Deleting what the doc has not seen yet is kept as a pending delete: a change, unless
      // that pending delete is already held.
      const end = clock + len
      if (end > known) {
        if (!held(pending.deleteRanges, batch?.deleteRanges, client, Math.max(clock, known), end)) {
          return true
        }
        if (clock >= known) continue
      }
      if (structs === undefined) continue
      const knownEnd = Math.min(end, known)
      for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
        const struct = structs[i]!
        if (struct.id.clock >= knownEnd) break
        if (!struct.deleted) return true
      }
    }
  }
  return false
}
