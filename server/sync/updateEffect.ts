import * as Y from 'yjs'

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
 */
export function addsToDoc(doc: Y.Doc, decoded: DecodedUpdate): boolean {
  const store = doc.store
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Skip) continue
    if (struct.id.clock + struct.length > Y.getState(store, struct.id.client)) return true
  }
  for (const [client, ranges] of decoded.ds.clients) {
    const known = Y.getState(store, client)
    const structs = store.clients.get(client)
    for (const { clock, len } of ranges) {
      if (len <= 0) continue
      // Deleting what the doc has not seen yet is kept as a pending delete: that is a change.
      if (structs === undefined || clock + len > known) return true
      for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
        const struct = structs[i]!
        if (struct.id.clock >= clock + len) break
        if (!struct.deleted) return true
      }
    }
  }
  return false
}
