// Yjs updates (V1) written byte by byte, as an attacker would: shapes that no Yjs client
// produces, or that Yjs itself cannot encode without overflowing its stack.
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'

/** Yjs content refs (see yjs/src/structs/Item.js, readItemContent). */
const CONTENT_JSON = 2
const CONTENT_STRING = 4
const CONTENT_TYPE = 7
const CONTENT_ANY = 8
/** lib0 `writeAny` tag of an array. */
const ANY_ARRAY = 117
const ANY_UNDEFINED = 127
/** Yjs type ref of a Y.Map. */
const TYPE_MAP = 1
/** Item info flag: the left neighbour's id follows. */
const HAS_ORIGIN = 0x80
/** Item info flag: a parentSub (map key) follows. */
const HAS_PARENT_SUB = 0x20

/** One struct per update, the first clock of `client`, written to `elements` under `key`. */
function oneItemUpdate(
  client: number,
  key: string,
  writeContent: (e: encoding.Encoder) => void,
  ref: number,
): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, 1) // clients
  encoding.writeVarUint(e, 1) // structs of this client
  encoding.writeVarUint(e, client)
  encoding.writeVarUint(e, 0) // clock
  encoding.writeUint8(e, ref | HAS_PARENT_SUB)
  encoding.writeVarUint(e, 1) // parent is a root type, by name
  encoding.writeVarString(e, 'elements')
  encoding.writeVarString(e, key)
  writeContent(e)
  encoding.writeVarUint(e, 0) // empty delete set
  return encoding.toUint8Array(e)
}

/** A value of arrays nested `depth` deep (`[[[…]]]`), as a Yjs Any item: ~2 bytes a level. */
export function deepAnyUpdate(depth: number, client = 777, key = 'deep'): Uint8Array {
  return oneItemUpdate(
    client,
    key,
    (e) => {
      encoding.writeVarUint(e, 1) // one value
      for (let i = 0; i < depth; i++) {
        encoding.writeUint8(e, ANY_ARRAY)
        encoding.writeVarUint(e, 1)
      }
      encoding.writeUint8(e, ANY_UNDEFINED)
    },
    CONTENT_ANY,
  )
}

/** The same nesting as an old-style Yjs JSON item (a JSON string, parsed on decode). */
export function deepJsonUpdate(depth: number, client = 778, key = 'json'): Uint8Array {
  return oneItemUpdate(
    client,
    key,
    (e) => {
      encoding.writeVarUint(e, 1)
      encoding.writeVarString(e, '['.repeat(depth) + ']'.repeat(depth))
    },
    CONTENT_JSON,
  )
}

/**
 * `depth` Y.Maps each inside the previous one (`elements[key].k.k…`), in one update: shared
 * types nested, which Yjs walks recursively when it collects garbage or builds JSON.
 */
export function deepMapsUpdate(depth: number, client = 779, key = 'maps'): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, 1)
  encoding.writeVarUint(e, depth)
  encoding.writeVarUint(e, client)
  encoding.writeVarUint(e, 0)
  for (let i = 0; i < depth; i++) {
    encoding.writeUint8(e, CONTENT_TYPE | HAS_PARENT_SUB)
    if (i === 0) {
      encoding.writeVarUint(e, 1)
      encoding.writeVarString(e, 'elements')
      encoding.writeVarString(e, key)
    } else {
      encoding.writeVarUint(e, 0) // parent is the item of a type, by id
      encoding.writeVarUint(e, client)
      encoding.writeVarUint(e, i - 1)
      encoding.writeVarString(e, 'k')
    }
    encoding.writeVarUint(e, TYPE_MAP)
  }
  encoding.writeVarUint(e, 0)
  return encoding.toUint8Array(e)
}

/**
 * `count` empty Y.Maps in one update, in a root array, from a client with a one-byte id: about
 * 7 bytes each, so 296,717 of them fit a 2 MiB frame.
 */
export function emptyMapsUpdate(count: number, client = 7, array = 'junk'): Uint8Array {
  const doc = new Y.Doc()
  doc.clientID = client
  // Under an element id, where the server takes content: a list holding count - 1 maps, so the
  // update has `count` structs and each map costs about 6 bytes.
  const list = new Y.Array<Y.Map<unknown>>()
  doc.getMap('elements').set(array, list)
  list.insert(
    0,
    Array.from({ length: count - 1 }, () => new Y.Map()),
  )
  return Y.encodeStateAsUpdate(doc)
}

/** A three-character string item whose left neighbour lies inside itself (Yjs throws on it). */
export function selfReferencingUpdate(client = 781): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, 1)
  encoding.writeVarUint(e, 1)
  encoding.writeVarUint(e, client)
  encoding.writeVarUint(e, 0)
  encoding.writeUint8(e, CONTENT_STRING | HAS_ORIGIN)
  encoding.writeVarUint(e, client)
  encoding.writeVarUint(e, 1)
  encoding.writeVarString(e, 'abc')
  encoding.writeVarUint(e, 0)
  return encoding.toUint8Array(e)
}

/** Item info flag: the right neighbour's id follows. */
const HAS_RIGHT_ORIGIN = 0x40
/** lib0 `writeAny` tag of an integer. */
const ANY_INT = 125

/**
 * A write of `meta.schemaVersion` hung on another person's next clock: a first struct of
 * `client` whose left neighbour is `target` (not written yet), and the write as the struct after
 * it. Yjs keeps both pending until `target` exists, then lands the write.
 */
export function hungSchemaVersionUpdate(
  target: { client: number; clock: number },
  client = 782,
  value = 99,
): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, 1) // clients
  encoding.writeVarUint(e, 2) // structs of this client
  encoding.writeVarUint(e, client)
  encoding.writeVarUint(e, 0) // clock
  encoding.writeUint8(e, CONTENT_ANY | HAS_ORIGIN)
  encoding.writeVarUint(e, target.client)
  encoding.writeVarUint(e, target.clock)
  encoding.writeVarUint(e, 1) // one value
  encoding.writeUint8(e, ANY_UNDEFINED)
  encoding.writeUint8(e, CONTENT_ANY | HAS_PARENT_SUB)
  encoding.writeVarUint(e, 1) // parent is a root type, by name
  encoding.writeVarString(e, 'meta')
  encoding.writeVarString(e, 'schemaVersion')
  encoding.writeVarUint(e, 1) // one value
  encoding.writeUint8(e, ANY_INT)
  encoding.writeVarInt(e, value)
  encoding.writeVarUint(e, 0) // empty delete set
  return encoding.toUint8Array(e)
}

/** An update of nothing but a delete of `len` clocks of `client` from `clock` on. */
export function deleteRangeUpdate(client: number, clock: number, len: number): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, 0) // no structs
  encoding.writeVarUint(e, 1) // delete set: one client
  encoding.writeVarUint(e, client)
  encoding.writeVarUint(e, 1) // one range
  encoding.writeVarUint(e, clock)
  encoding.writeVarUint(e, len)
  return encoding.toUint8Array(e)
}

/**
 * One value of `client` placed right of a clock of `missingClient` nobody has written: it waits
 * for ever. Different clients give different updates.
 */
export function waitingUpdate(client: number, missingClient = 783, missingClock = 0): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, 1) // clients
  encoding.writeVarUint(e, 1) // structs of this client
  encoding.writeVarUint(e, client)
  encoding.writeVarUint(e, 0) // clock
  encoding.writeUint8(e, CONTENT_ANY | HAS_RIGHT_ORIGIN)
  encoding.writeVarUint(e, missingClient)
  encoding.writeVarUint(e, missingClock)
  encoding.writeVarUint(e, 1) // one value
  encoding.writeUint8(e, ANY_UNDEFINED)
  encoding.writeVarUint(e, 0) // empty delete set
  return encoding.toUint8Array(e)
}

/**
 * A value in `elements` plus an empty delete range at `target`, a clock nobody has written: Yjs
 * keeps the range pending, and throws while encoding it so.
 */
export function emptyDeleteUpdate(
  target: { client: number; clock: number },
  client = 784,
): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, 1) // clients
  encoding.writeVarUint(e, 1) // structs of this client
  encoding.writeVarUint(e, client)
  encoding.writeVarUint(e, 0) // clock
  encoding.writeUint8(e, CONTENT_ANY | HAS_PARENT_SUB)
  encoding.writeVarUint(e, 1) // parent is a root type, by name
  encoding.writeVarString(e, 'elements')
  encoding.writeVarString(e, 'empty-delete')
  encoding.writeVarUint(e, 1) // one value
  encoding.writeUint8(e, ANY_UNDEFINED)
  encoding.writeVarUint(e, 1) // delete set: one client
  encoding.writeVarUint(e, target.client)
  encoding.writeVarUint(e, 1) // one range
  encoding.writeVarUint(e, target.clock)
  encoding.writeVarUint(e, 0) // of no clocks
  return encoding.toUint8Array(e)
}

/**
 * `depth` Y.Maps each inside the previous one, the first inside the type that `parent` (another
 * person's next clock, not written yet) will hold. Where they land, and so how deep they nest,
 * is unknown until that clock exists.
 */
export function hungDeepMapsUpdate(
  parent: { client: number; clock: number },
  depth: number,
  client = 785,
): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, 1)
  encoding.writeVarUint(e, depth)
  encoding.writeVarUint(e, client)
  encoding.writeVarUint(e, 0)
  for (let i = 0; i < depth; i++) {
    encoding.writeUint8(e, CONTENT_TYPE | HAS_PARENT_SUB)
    encoding.writeVarUint(e, 0) // parent is the item of a type, by id
    encoding.writeVarUint(e, i === 0 ? parent.client : client)
    encoding.writeVarUint(e, i === 0 ? parent.clock : i - 1)
    encoding.writeVarString(e, 'k')
    encoding.writeVarUint(e, TYPE_MAP)
  }
  encoding.writeVarUint(e, 0)
  return encoding.toUint8Array(e)
}
