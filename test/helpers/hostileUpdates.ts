// Yjs updates (V1) written byte by byte, as an attacker would: shapes that no Yjs client
// produces, or that Yjs itself cannot encode without overflowing its stack.
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import {
  ANY_ARRAY,
  ANY_INT,
  ANY_UNDEFINED,
  CONTENT_ANY,
  CONTENT_JSON,
  CONTENT_STRING,
  CONTENT_TYPE,
  HAS_ORIGIN,
  HAS_RIGHT_ORIGIN,
  TYPE_REFS,
  itemsUpdate,
  writeChildItemHead,
  writeRootItemHead,
  writeUndefinedValue,
} from './yjsWire.ts'

/** One struct, the first clock of `client`, written to `elements` under `key`. */
function oneItemUpdate(
  client: number,
  key: string,
  writeContent: (e: encoding.Encoder) => void,
  ref: number,
): Uint8Array {
  return itemsUpdate(client, 0, 1, (e) => {
    writeRootItemHead(e, ref, { root: 'elements', key })
    writeContent(e)
  })
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
  return itemsUpdate(client, 0, depth, (e) => {
    for (let i = 0; i < depth; i++) {
      if (i === 0) writeRootItemHead(e, CONTENT_TYPE, { root: 'elements', key })
      else writeChildItemHead(e, CONTENT_TYPE, { client, clock: i - 1 }, 'k')
      encoding.writeVarUint(e, TYPE_REFS.map)
    }
  })
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
  return itemsUpdate(client, 0, 1, (e) => {
    encoding.writeUint8(e, CONTENT_STRING | HAS_ORIGIN)
    encoding.writeVarUint(e, client)
    encoding.writeVarUint(e, 1)
    encoding.writeVarString(e, 'abc')
  })
}

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
  return itemsUpdate(client, 0, 2, (e) => {
    encoding.writeUint8(e, CONTENT_ANY | HAS_ORIGIN)
    encoding.writeVarUint(e, target.client)
    encoding.writeVarUint(e, target.clock)
    writeUndefinedValue(e)
    writeRootItemHead(e, CONTENT_ANY, { root: 'meta', key: 'schemaVersion' })
    encoding.writeVarUint(e, 1) // one value
    encoding.writeUint8(e, ANY_INT)
    encoding.writeVarInt(e, value)
  })
}

/** An update of nothing but a delete of `len` clocks of `client` from `clock` on. */
export function deleteRangeUpdate(client: number, clock: number, len: number): Uint8Array {
  return itemsUpdate(client, 0, 0, () => {}, [{ client, clock, len }])
}

/**
 * One value of `client` placed right of a clock of `missingClient` nobody has written: it waits
 * for ever. Different clients give different updates.
 */
export function waitingUpdate(client: number, missingClient = 783, missingClock = 0): Uint8Array {
  return itemsUpdate(client, 0, 1, (e) => {
    encoding.writeUint8(e, CONTENT_ANY | HAS_RIGHT_ORIGIN)
    encoding.writeVarUint(e, missingClient)
    encoding.writeVarUint(e, missingClock)
    writeUndefinedValue(e)
  })
}

/**
 * A value in `elements` plus an empty delete range at `target`, a clock nobody has written: Yjs
 * keeps the range pending, and throws while encoding it so.
 */
export function emptyDeleteUpdate(
  target: { client: number; clock: number },
  client = 784,
): Uint8Array {
  return itemsUpdate(
    client,
    0,
    1,
    (e) => {
      writeRootItemHead(e, CONTENT_ANY, { root: 'elements', key: 'empty-delete' })
      writeUndefinedValue(e)
    },
    [{ ...target, len: 0 }],
  )
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
  return itemsUpdate(client, 0, depth, (e) => {
    for (let i = 0; i < depth; i++) {
      writeChildItemHead(e, CONTENT_TYPE, i === 0 ? parent : { client, clock: i - 1 }, 'k')
      encoding.writeVarUint(e, TYPE_REFS.map)
    }
  })
}
