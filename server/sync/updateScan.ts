// A first look at a client's Yjs update (V1 encoding, as y-websocket sends it), before Yjs
// decodes it: counts its structs, refuses content types the schema never uses, content under
// roots it does not have and values nested too deep, reading the bytes in place. Decoding builds an object per struct (a 2 MiB frame of
// 300,000 empty maps is about 250 MB of them), and lib0 reads nested values recursively; this
// allocates nothing per struct and recurses nowhere, so a hostile frame costs one pass over its
// bytes.
import * as decoding from 'lib0/decoding'
import type { UpdateRefusal } from './updateGuard.ts'
import { ROOT_NAMES } from '../../shared/schema/roots.ts'

/** Yjs content refs (yjs/src/structs/Item.js, readItemContent); GC is 0, Skip 10. */
const REF_GC = 0
const REF_DELETED = 1
const REF_BINARY = 3
const REF_STRING = 4
const REF_TYPE = 7
const REF_ANY = 8
const REF_SKIP = 10
/** Yjs type refs the schema uses: Y.Array, Y.Map, Y.Text. */
const ALLOWED_TYPE_REFS: ReadonlySet<number> = new Set([0, 1, 2])
/** Item info flags (yjs/src/structs/Item.js, Item.write). */
const HAS_ORIGIN = 0x80
const HAS_RIGHT_ORIGIN = 0x40
const HAS_PARENT_SUB = 0x20
const CONTENT_REF = 0x1f

/** lib0 `writeAny` tags. */
const ANY_UNDEFINED = 127
const ANY_NULL = 126
const ANY_INT = 125
const ANY_FLOAT32 = 124
const ANY_FLOAT64 = 123
const ANY_BIGINT = 122
const ANY_FALSE = 121
const ANY_TRUE = 120
const ANY_STRING = 119
const ANY_OBJECT = 118
const ANY_ARRAY = 117
const ANY_BYTES = 116

/** What the scan found, or why the update is refused ('malformed': it does not parse). */
/** `structs`: the update's structs plus its delete ranges. */
export type ScanResult = { ok: true; structs: number } | { ok: false; refusal: ScanRefusal }
export type ScanRefusal =
  | 'malformed'
  | Extract<
      UpdateRefusal,
      'forbidden content' | 'too deeply nested' | 'too many items' | 'unknown root'
    >

class Refused extends Error {
  constructor(readonly refusal: ScanRefusal) {
    super(refusal)
  }
}

/**
 * Scans a V1 update's structs. `maxDepth` bounds how deep a value inside an item may nest (the
 * guard adds the depth of shared types around it); `maxStructs` stops the count early.
 */
export function scanUpdate(update: Uint8Array, maxStructs: number, maxDepth: number): ScanResult {
  const d = decoding.createDecoder(update)
  try {
    let structs = 0
    const clients = decoding.readVarUint(d)
    for (let c = 0; c < clients; c++) {
      const count = decoding.readVarUint(d)
      decoding.readVarUint(d) // client
      decoding.readVarUint(d) // first clock
      for (let i = 0; i < count; i++) {
        if (++structs > maxStructs) return { ok: false, refusal: 'too many items' }
        skipStruct(d, maxDepth)
      }
    }
    // The delete set: ranges of clocks per client; they count as items too (one object each).
    const deleteClients = decoding.readVarUint(d)
    for (let c = 0; c < deleteClients; c++) {
      decoding.readVarUint(d) // client
      const ranges = decoding.readVarUint(d)
      for (let i = 0; i < ranges; i++) {
        if (++structs > maxStructs) return { ok: false, refusal: 'too many items' }
        skipId(d) // clock and length
      }
    }
    return { ok: true, structs }
  } catch (err) {
    return { ok: false, refusal: err instanceof Refused ? err.refusal : 'malformed' }
  }
}

function skipStruct(d: decoding.Decoder, maxDepth: number): void {
  const info = byte(d)
  const ref = info & CONTENT_REF
  if (ref === REF_GC || ref === REF_SKIP) {
    decoding.readVarUint(d)
    return
  }
  if (info & HAS_ORIGIN) skipId(d)
  if (info & HAS_RIGHT_ORIGIN) skipId(d)
  if ((info & (HAS_ORIGIN | HAS_RIGHT_ORIGIN)) === 0) {
    if (decoding.readVarUint(d) === 1) {
      // Every root of the schema is a map: content under another root, or list content under
      // one of them, is read by nobody, so nobody could see or delete it, yet it would cost
      // memory and count against the board's item cap.
      const root = decoding.readVarString(d)
      if (!ROOT_NAMES.has(root) || !(info & HAS_PARENT_SUB)) throw new Refused('unknown root')
    } else skipId(d) // the item of the parent type
    if (info & HAS_PARENT_SUB) skipBytes(d)
  }
  switch (ref) {
    case REF_DELETED:
      decoding.readVarUint(d)
      return
    case REF_BINARY:
    case REF_STRING:
      skipBytes(d)
      return
    case REF_TYPE:
      if (!ALLOWED_TYPE_REFS.has(decoding.readVarUint(d))) throw new Refused('forbidden content')
      return
    case REF_ANY: {
      const values = decoding.readVarUint(d)
      for (let i = 0; i < values; i++) skipAny(d, maxDepth)
      return
    }
    default:
      // JSON (2), embed (5), format (6), subdocument (9), and whatever Yjs adds later.
      throw new Refused('forbidden content')
  }
}

/**
 * Skips one lib0 `any` value without recursion: a stack of how many entries are left on each
 * open level, and whether that level is an object (whose entries begin with a key).
 */
function skipAny(d: decoding.Decoder, maxDepth: number): void {
  const left: number[] = [1]
  const isObject: boolean[] = [false]
  while (left.length > 0) {
    const top = left.length - 1
    if (left[top] === 0) {
      left.pop()
      isObject.pop()
      continue
    }
    left[top]!--
    if (isObject[top]) skipBytes(d)
    const tag = byte(d)
    switch (tag) {
      case ANY_UNDEFINED:
      case ANY_NULL:
      case ANY_FALSE:
      case ANY_TRUE:
        break
      case ANY_INT:
        decoding.readVarInt(d)
        break
      case ANY_FLOAT32:
        skip(d, 4)
        break
      case ANY_FLOAT64:
      case ANY_BIGINT:
        skip(d, 8)
        break
      case ANY_STRING:
      case ANY_BYTES:
        skipBytes(d)
        break
      case ANY_OBJECT:
      case ANY_ARRAY:
        // Depth of the value: the open levels below the outermost (the value list itself).
        if (left.length > maxDepth) throw new Refused('too deeply nested')
        left.push(decoding.readVarUint(d))
        isObject.push(tag === ANY_OBJECT)
        break
      default:
        throw new Refused('malformed')
    }
  }
}

function byte(d: decoding.Decoder): number {
  if (d.pos >= d.arr.length) throw new Refused('malformed')
  return d.arr[d.pos++]!
}

function skipId(d: decoding.Decoder): void {
  decoding.readVarUint(d)
  decoding.readVarUint(d)
}

/** Skips a varUint length and that many bytes (a string, a key, a buffer). */
function skipBytes(d: decoding.Decoder): void {
  skip(d, decoding.readVarUint(d))
}

function skip(d: decoding.Decoder, n: number): void {
  if (d.pos + n > d.arr.length) throw new Refused('malformed')
  d.pos += n
}
