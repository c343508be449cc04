// The pieces of the Yjs update format (v1) that hand-written hostile updates are built from:
// content refs, item info bits, lib0 `writeAny` tags, and the frame around one client's items.
import * as encoding from 'lib0/encoding'

/** Yjs item content refs (`contentRefs` in yjs/src/structs/Item.js). */
export const CONTENT_JSON = 2
export const CONTENT_STRING = 4
export const CONTENT_EMBED = 5
export const CONTENT_FORMAT = 6
export const CONTENT_TYPE = 7
export const CONTENT_ANY = 8
export const CONTENT_DOC = 9
/** Item info bits: the left neighbour's id, the right neighbour's id, a parent key follow. */
export const HAS_ORIGIN = 0x80
export const HAS_RIGHT_ORIGIN = 0x40
export const HAS_PARENT_SUB = 0x20
/** Yjs shared type refs (`typeRefs` in yjs/src/structs/ContentType.js). */
export const TYPE_REFS = {
  array: 0,
  map: 1,
  text: 2,
  xmlElement: 3,
  xmlFragment: 4,
  xmlHook: 5,
  xmlText: 6,
} as const
export type TypeRefName = keyof typeof TYPE_REFS
/** lib0 `writeAny` tags. */
export const ANY_ARRAY = 117
export const ANY_OBJECT = 118
export const ANY_INT = 125
export const ANY_NULL = 126
export const ANY_UNDEFINED = 127

/** Where a first item goes: a root type's name and, in a map, its key. */
export interface Place {
  root: string
  key?: string
}

/** A range of one client's clocks, for a delete set. */
export interface ClockRange {
  client: number
  clock: number
  len: number
}

/**
 * One client's run of `count` items with consecutive clocks from `clock` (`writeItems` writes
 * them), then a delete set of one range per entry of `deletes`.
 */
export function itemsUpdate(
  client: number,
  clock: number,
  count: number,
  writeItems: (e: encoding.Encoder) => void,
  deletes: ClockRange[] = [],
): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, count === 0 ? 0 : 1)
  if (count > 0) {
    encoding.writeVarUint(e, count)
    encoding.writeVarUint(e, client)
    encoding.writeVarUint(e, clock)
    writeItems(e)
  }
  writeDeleteSet(e, deletes)
  return encoding.toUint8Array(e)
}

/** A delete set: one section per client, its ranges in the order given. */
export function writeDeleteSet(e: encoding.Encoder, deletes: ClockRange[]): void {
  const byClient = new Map<number, ClockRange[]>()
  for (const range of deletes)
    byClient.set(range.client, [...(byClient.get(range.client) ?? []), range])
  encoding.writeVarUint(e, byClient.size)
  for (const [client, ranges] of byClient) {
    encoding.writeVarUint(e, client)
    encoding.writeVarUint(e, ranges.length)
    for (const { clock, len } of ranges) {
      encoding.writeVarUint(e, clock)
      encoding.writeVarUint(e, len)
    }
  }
}

/** The head of an item without origins: its info byte and its parent (a root and maybe a key). */
export function writeRootItemHead(e: encoding.Encoder, contentRef: number, place: Place): void {
  encoding.writeUint8(e, contentRef | (place.key === undefined ? 0 : HAS_PARENT_SUB))
  encoding.writeVarUint(e, 1) // the parent is a root type, named by its key
  encoding.writeVarString(e, place.root)
  if (place.key !== undefined) encoding.writeVarString(e, place.key)
}

/** The head of an item inside the type held by item `parent`, under map key `key`. */
export function writeChildItemHead(
  e: encoding.Encoder,
  contentRef: number,
  parent: { client: number; clock: number },
  key: string,
): void {
  encoding.writeUint8(e, contentRef | HAS_PARENT_SUB)
  encoding.writeVarUint(e, 0) // the parent is the item of a type, by id
  encoding.writeVarUint(e, parent.client)
  encoding.writeVarUint(e, parent.clock)
  encoding.writeVarString(e, key)
}

/** One Any value that is `undefined`: the smallest content an item can have. */
export function writeUndefinedValue(e: encoding.Encoder): void {
  encoding.writeVarUint(e, 1)
  encoding.writeUint8(e, ANY_UNDEFINED)
}
