// The y-websocket wire format (see shared/protocol/sync.md): pure decode of what a client sends, and
// encoders for what the server sends. No sockets, no documents.
import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'
import {
  CLOSE_INVALID_PAYLOAD,
  CLOSE_POLICY_VIOLATION,
  CLOSE_PROTOCOL_ERROR,
  CLOSE_UNSUPPORTED_DATA,
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
  SYNC_STEP_1,
  SYNC_STEP_2,
  SYNC_UPDATE,
} from '../../shared/protocol/sync.ts'

/**
 * One client's entry of an awareness update as received: `json` is the state's JSON text as
 * UTF-8 bytes, a view into the frame, not yet checked (see `parseAwarenessState`).
 */
export interface ReceivedAwareness {
  clientId: number
  clock: number
  json: Uint8Array
}

/**
 * One client's awareness as the server keeps and relays it: `state` is JSON text as UTF-8
 * bytes that parsed, or null when the client left.
 */
export interface AwarenessEntry {
  clientId: number
  clock: number
  state: Uint8Array | null
}

/** A decoded client frame. Updates are views into the frame, not copies. */
export type ClientMessage =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | { kind: 'syncStep2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; entries: ReceivedAwareness[] }
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
export function decodeClientMessage(
  frame: Uint8Array,
  maxAwarenessEntries = Number.POSITIVE_INFINITY,
): ClientMessage {
  const decoder = decoding.createDecoder(frame)
  const type = readUint(decoder, 'message type')
  switch (type) {
    case MESSAGE_SYNC:
      return decodeSync(decoder)
    case MESSAGE_AWARENESS: {
      const payload = readBytes(decoder, 'awareness')
      return { kind: 'awareness', entries: decodeAwarenessUpdate(payload, maxAwarenessEntries) }
    }
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
 * the state as JSON text. The states are not parsed here: most entries a server receives are
 * not newer than what it has (the stock client sends back every state it receives), and only
 * a newer one is checked, by `parseAwarenessState`, before it is kept and relayed. More than
 * `maxEntries` entries (more clients than a room keeps) close the connection (1008) before any
 * is decoded.
 */
export function decodeAwarenessUpdate(
  payload: Uint8Array,
  maxEntries = Number.POSITIVE_INFINITY,
): ReceivedAwareness[] {
  const decoder = decoding.createDecoder(payload)
  const count = readUint(decoder, 'awareness count')
  // Every entry takes at least 3 bytes; a larger count is a lie that would only cost memory.
  if (count > payload.length)
    throw new ProtocolError('awareness count too large', CLOSE_PROTOCOL_ERROR)
  if (count > maxEntries)
    throw new ProtocolError('too many awareness entries', CLOSE_POLICY_VIOLATION)
  const entries: ReceivedAwareness[] = []
  for (let i = 0; i < count; i++) {
    const clientId = readUint(decoder, 'awareness client')
    const clock = readUint(decoder, 'awareness clock')
    let json: Uint8Array
    try {
      json = decoding.readVarUint8Array(decoder)
    } catch {
      throw new ProtocolError('malformed awareness state', CLOSE_INVALID_PAYLOAD)
    }
    entries.push({ clientId, clock, json })
  }
  return entries
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })
const NULL_JSON = Uint8Array.of(0x6e, 0x75, 0x6c, 0x6c)

/** Whether a received state is the JSON `null` (the client left) as y-protocols writes it. */
export function isNullState(json: Uint8Array): boolean {
  return json.length === NULL_JSON.length && json.every((b, i) => b === NULL_JSON[i])
}

/**
 * Rewrites a checked state that is a JSON object before it is kept (the server's say over
 * presence fields, see RoomAwareness); it returns the object to keep.
 */
export type AwarenessRewrite = (state: Record<string, unknown>) => Record<string, unknown>

const utf8 = new TextEncoder()

/**
 * Checks a received state before it is kept: UTF-8 that parses as JSON, so a hostile state never
 * reaches the other clients (their decoder would throw on it and drop the whole batch). Returns
 * a copy of the bytes (the frame is not kept alive), or null when the JSON is `null` (the client
 * left). Throws ProtocolError (1007) otherwise. With `rewrite`, a state that is an object is
 * kept as `rewrite` returns it (parsed once, written once).
 */
export function parseAwarenessState(
  json: Uint8Array,
  rewrite?: AwarenessRewrite,
): Uint8Array | null {
  if (isNullState(json)) return null
  let state: unknown
  try {
    state = JSON.parse(strictUtf8.decode(json))
  } catch {
    throw new ProtocolError('awareness state is not JSON in UTF-8', CLOSE_INVALID_PAYLOAD)
  }
  if (state === null) return null
  if (nestedDeeperThan(json, MAX_AWARENESS_DEPTH)) {
    throw new ProtocolError('awareness state nested too deep', CLOSE_INVALID_PAYLOAD)
  }
  if (rewrite !== undefined && typeof state === 'object' && !Array.isArray(state)) {
    return utf8.encode(JSON.stringify(rewrite(state as Record<string, unknown>)))
  }
  return json.slice()
}

/**
 * How deep a presence state's JSON may nest. Werkraum's browser sends 3 levels (the state, its
 * cursor or user, a selection list); every receiving browser parses each state and the stock
 * client writes it out again, both recursively, so a state of thousands of brackets would be
 * relayed into every browser of the room.
 */
export const MAX_AWARENESS_DEPTH = 16

/** Whether JSON text nests objects and arrays deeper than `max`; one pass, no recursion. */
export function nestedDeeperThan(json: Uint8Array, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < json.length; i++) {
    const byte = json[i]!
    if (inString) {
      if (byte === 0x5c)
        i++ // a backslash escapes the next byte
      else if (byte === 0x22) inString = false
    } else if (byte === 0x22) {
      inString = true
    } else if (byte === 0x7b || byte === 0x5b) {
      if (++depth > max) return true
    } else if (byte === 0x7d || byte === 0x5d) {
      depth--
    }
  }
  return false
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
  const list: AwarenessEntry[] = []
  let payloadLength = 0
  for (const entry of entries) {
    list.push(entry)
    const length = (entry.state ?? NULL_JSON).length
    payloadLength +=
      varUintLength(entry.clientId) + varUintLength(entry.clock) + varUintLength(length) + length
  }
  payloadLength += varUintLength(list.length)
  const out = new Uint8Array(1 + varUintLength(payloadLength) + payloadLength)
  let pos = writeVarUint(out, 0, MESSAGE_AWARENESS)
  pos = writeVarUint(out, pos, payloadLength)
  pos = writeVarUint(out, pos, list.length)
  for (const entry of list) {
    const bytes = entry.state ?? NULL_JSON
    pos = writeVarUint(out, pos, entry.clientId)
    pos = writeVarUint(out, pos, entry.clock)
    pos = writeVarUint(out, pos, bytes.length)
    out.set(bytes, pos)
    pos += bytes.length
  }
  return out
}

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
