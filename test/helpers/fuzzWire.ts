// y-protocols frames and Yjs state vectors as bytes, written with lib0.
import * as encoding from 'lib0/encoding'

/** A y-protocols sync frame (0 = step 1, 1 = step 2, 2 = update). */
export function syncFrame(subType: 0 | 1 | 2, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, 0)
  encoding.writeVarUint(e, subType)
  encoding.writeVarUint8Array(e, payload)
  return encoding.toUint8Array(e)
}

/** A y-protocols awareness frame. */
export function awarenessFrame(payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, 1)
  encoding.writeVarUint8Array(e, payload)
  return encoding.toUint8Array(e)
}

/** The query-awareness frame (no body). */
export const QUERY_AWARENESS_FRAME = Uint8Array.of(3)

/** A Yjs state vector (format v1) of the given client clocks. */
export function stateVectorOf(entries: ReadonlyArray<[number, number]>): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, entries.length)
  for (const [client, clock] of entries) {
    encoding.writeVarUint(e, client)
    encoding.writeVarUint(e, clock)
  }
  return encoding.toUint8Array(e)
}
