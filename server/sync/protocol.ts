// The y-websocket wire format (see PROTOCOL.md): pure decode of what a client sends, and
// encoders for what the server sends. No sockets, no documents.
import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'

/** Top-level message type: a Yjs sync message (y-protocols/sync) follows. */
export const MESSAGE_SYNC = 0
/** Top-level message type: an awareness update (y-protocols/awareness) follows. */
export const MESSAGE_AWARENESS = 1
/** Top-level message type: the peer asks for all awareness states. */
export const MESSAGE_QUERY_AWARENESS = 3

/** Sync sub-type: the sender's state vector; the receiver answers with step 2. */
export const SYNC_STEP_1 = 0
/** Sync sub-type: everything the receiver is missing, as one Yjs update. */
export const SYNC_STEP_2 = 1
/** Sync sub-type: one incremental Yjs update. */
export const SYNC_UPDATE = 2

/** Close codes the sync server uses (RFC 6455). 1009 (too big) is sent by `ws` itself. */
export const CLOSE_GOING_AWAY = 1001
export const CLOSE_PROTOCOL_ERROR = 1002
export const CLOSE_UNSUPPORTED_DATA = 1003
export const CLOSE_INVALID_PAYLOAD = 1007
export const CLOSE_INTERNAL_ERROR = 1011
export const CLOSE_TRY_AGAIN_LATER = 1013
/** 4400–4499: the stock client does not reconnect (the link no longer grants access). */
export const CLOSE_ACCESS_REVOKED = 4403

/** One client's awareness state as carried on the wire. `state` is JSON text; null = gone. */
export interface AwarenessEntry {
  clientId: number
  clock: number
  state: string | null
}

/** A decoded client frame. Updates are views into the frame, not copies. */
export type ClientMessage =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | { kind: 'syncStep2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; entries: AwarenessEntry[] }
  | { kind: 'queryAwareness' }

/** A frame the server refuses; `closeCode` is what the connection is closed with. */
export class ProtocolError extends Error {
  constructor(
    message: string,
    readonly closeCode: number,
  ) {
    super(message)
    this.name = 'ProtocolError'
  }
}

/**
 * Decodes one binary frame from a client. Throws ProtocolError for anything malformed:
 * truncated varints or lengths (1002), unknown message types (1003), a state vector or
 * awareness state that does not parse (1007). The Yjs update inside sync step 2 / update is
 * only framed here; it is validated by the writer, because view connections drop it unread.
 * Trailing bytes are ignored, as y-protocols does.
 */
export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(frame)
  const type = readUint(decoder, 'message type')
  switch (type) {
    case MESSAGE_SYNC:
      return decodeSync(decoder)
    case MESSAGE_AWARENESS:
      return { kind: 'awareness', entries: decodeAwarenessUpdate(readBytes(decoder, 'awareness')) }
    case MESSAGE_QUERY_AWARENESS:
      return { kind: 'queryAwareness' }
    default:
      throw new ProtocolError(`unsupported message type ${type}`, CLOSE_UNSUPPORTED_DATA)
  }
}

function decodeSync(decoder: decoding.Decoder): ClientMessage {
  const subType = readUint(decoder, 'sync type')
  const payload = readBytes(decoder, 'sync payload')
  switch (subType) {
    case SYNC_STEP_1:
      try {
        Y.decodeStateVector(payload)
      } catch {
        throw new ProtocolError('malformed state vector', CLOSE_INVALID_PAYLOAD)
      }
      return { kind: 'syncStep1', stateVector: payload }
    case SYNC_STEP_2:
      return { kind: 'syncStep2', update: payload }
    case SYNC_UPDATE:
      return { kind: 'update', update: payload }
    default:
      throw new ProtocolError(`unknown sync message type ${subType}`, CLOSE_PROTOCOL_ERROR)
  }
}

/**
 * Decodes an awareness update: varUint count, then per client varUint id, varUint clock and
 * the state as JSON text. Each state is parsed once here so that a hostile one never reaches
 * the other clients (their decoder would throw on it and drop the whole batch).
 */
export function decodeAwarenessUpdate(payload: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(payload)
  const count = readUint(decoder, 'awareness count')
  // Every entry takes at least 3 bytes; a larger count is a lie that would only cost memory.
  if (count > payload.length)
    throw new ProtocolError('awareness count too large', CLOSE_PROTOCOL_ERROR)
  const entries: AwarenessEntry[] = []
  for (let i = 0; i < count; i++) {
    const clientId = readUint(decoder, 'awareness client')
    const clock = readUint(decoder, 'awareness clock')
    let text: string
    try {
      text = decoding.readVarString(decoder)
    } catch {
      throw new ProtocolError('malformed awareness state', CLOSE_INVALID_PAYLOAD)
    }
    let state: unknown
    try {
      state = JSON.parse(text)
    } catch {
      throw new ProtocolError('awareness state is not JSON', CLOSE_INVALID_PAYLOAD)
    }
    entries.push({ clientId, clock, state: state === null ? null : text })
  }
  return entries
}

function readUint(decoder: decoding.Decoder, what: string): number {
  try {
    return decoding.readVarUint(decoder)
  } catch {
    throw new ProtocolError(`truncated or oversized ${what}`, CLOSE_PROTOCOL_ERROR)
  }
}

function readBytes(decoder: decoding.Decoder, what: string): Uint8Array {
  const length = readUint(decoder, `${what} length`)
  try {
    // lib0 checks the bounds, so a length past the frame throws instead of reading beyond it.
    return decoding.readUint8Array(decoder, length)
  } catch {
    throw new ProtocolError(`truncated ${what}`, CLOSE_PROTOCOL_ERROR)
  }
}

/** Sync step 1 from the server: its state vector, so the client sends what the server lacks. */
export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return frame(MESSAGE_SYNC, SYNC_STEP_1, stateVector)
}

/** Sync step 2 from the server: the answer to a client's step 1. */
export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return frame(MESSAGE_SYNC, SYNC_STEP_2, update)
}

/** An incremental update relayed to every other connection of a room (encoded once). */
export function encodeSyncUpdate(update: Uint8Array): Uint8Array {
  return frame(MESSAGE_SYNC, SYNC_UPDATE, update)
}

/** An awareness message carrying `entries` (latest clock and state per client). */
export function encodeAwarenessMessage(entries: Iterable<AwarenessEntry>): Uint8Array {
  const texts: Array<{ entry: AwarenessEntry; bytes: Uint8Array }> = []
  let count = 0
  let payloadLength = 0
  for (const entry of entries) {
    const bytes = textEncoder.encode(entry.state ?? 'null')
    texts.push({ entry, bytes })
    count++
    payloadLength +=
      varUintLength(entry.clientId) +
      varUintLength(entry.clock) +
      varUintLength(bytes.length) +
      bytes.length
  }
  payloadLength += varUintLength(count)
  const out = new Uint8Array(1 + varUintLength(payloadLength) + payloadLength)
  let pos = writeVarUint(out, 0, MESSAGE_AWARENESS)
  pos = writeVarUint(out, pos, payloadLength)
  pos = writeVarUint(out, pos, count)
  for (const { entry, bytes } of texts) {
    pos = writeVarUint(out, pos, entry.clientId)
    pos = writeVarUint(out, pos, entry.clock)
    pos = writeVarUint(out, pos, bytes.length)
    out.set(bytes, pos)
    pos += bytes.length
  }
  return out
}

const textEncoder = new TextEncoder()

/** [type, subType, varUint length, payload] in one exact allocation. */
function frame(type: number, subType: number, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(2 + varUintLength(payload.length) + payload.length)
  out[0] = type
  out[1] = subType
  const pos = writeVarUint(out, 2, payload.length)
  out.set(payload, pos)
  return out
}

function varUintLength(n: number): number {
  let length = 1
  while (n >= 0x80) {
    n = Math.floor(n / 0x80)
    length++
  }
  return length
}

function writeVarUint(out: Uint8Array, pos: number, n: number): number {
  while (n >= 0x80) {
    out[pos++] = (n % 0x80) | 0x80
    n = Math.floor(n / 0x80)
  }
  out[pos++] = n
  return pos
}
