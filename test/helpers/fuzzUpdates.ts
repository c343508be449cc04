// Hand-written Yjs updates (format v1) that no Yjs API produces on purpose: deep nesting,
// content types the board schema never uses, huge item counts, missing dependencies, deletes
// of ranges nobody wrote. Written byte by byte with lib0, because building them through a
// Y.Doc would overflow or exhaust the test process first.
import * as encoding from 'lib0/encoding'
import {
  ANY_ARRAY,
  ANY_NULL,
  ANY_OBJECT,
  CONTENT_ANY,
  CONTENT_DOC,
  CONTENT_EMBED,
  CONTENT_FORMAT,
  CONTENT_JSON,
  CONTENT_STRING,
  CONTENT_TYPE,
  HAS_ORIGIN,
  HAS_PARENT_SUB,
  TYPE_REFS,
  itemsUpdate as update,
  writeDeleteSet,
  writeRootItemHead,
  type Place,
  type TypeRefName,
} from './yjsWire.ts'

export { TYPE_REFS, type Place, type TypeRefName }

/** `[[[…null…]]]` (or `{a:{a:…}}`) `depth` levels deep, as lib0 `writeAny` would write it. */
export function deepAnyBytes(depth: number, shape: 'array' | 'object'): Uint8Array {
  const level = shape === 'array' ? [ANY_ARRAY, 1] : [ANY_OBJECT, 1, 1, 0x61]
  const out = new Uint8Array(depth * level.length + 1)
  for (let i = 0; i < depth; i++) out.set(level, i * level.length)
  out[out.length - 1] = ANY_NULL
  return out
}

/** One item of old-style Any content (a map value) nested `depth` levels deep. */
export function deepAnyUpdate(
  client: number,
  place: Place,
  depth: number,
  shape: 'array' | 'object',
): Uint8Array {
  return update(client, 0, 1, (e) => {
    writeRootItemHead(e, CONTENT_ANY, place)
    encoding.writeVarUint(e, 1)
    encoding.writeUint8Array(e, deepAnyBytes(depth, shape))
  })
}

/** One Any value (a map value) of any JSON-like shape: a write of `meta.schemaVersion`, say. */
export function anyValueUpdate(client: number, place: Place, value: unknown): Uint8Array {
  return update(client, 0, 1, (e) => {
    writeRootItemHead(e, CONTENT_ANY, place)
    encoding.writeVarUint(e, 1)
    encoding.writeAny(e, value as encoding.AnyEncodable)
  })
}

/**
 * A chain of `depth` shared types, each inside the one before (`place.root` → key `c` → …):
 * nesting of shared types rather than of values.
 */
export function deepTypesUpdate(
  client: number,
  place: Place,
  depth: number,
  type: TypeRefName,
): Uint8Array {
  return update(client, 0, depth, (e) => {
    writeRootItemHead(e, CONTENT_TYPE, place)
    writeTypeRef(e, type)
    for (let clock = 1; clock < depth; clock++) {
      encoding.writeUint8(e, CONTENT_TYPE | HAS_PARENT_SUB)
      encoding.writeVarUint(e, 0) // the parent is an item: the type written just before
      encoding.writeVarUint(e, client)
      encoding.writeVarUint(e, clock - 1)
      encoding.writeVarString(e, 'c')
      writeTypeRef(e, type)
    }
  })
}

function writeTypeRef(e: encoding.Encoder, type: TypeRefName): void {
  encoding.writeVarUint(e, TYPE_REFS[type])
  if (type === 'xmlElement' || type === 'xmlHook') encoding.writeVarString(e, 'fuzz')
}

/**
 * `count` shared types of one kind in a list (each after the one before): the finding's
 * 296,717 empty maps in one frame cost about 6 bytes each on the wire and ~1 KB in memory.
 */
export function manyTypesUpdate(
  client: number,
  root: string,
  count: number,
  type: TypeRefName,
): Uint8Array {
  return update(client, 0, count, (e) => {
    writeRootItemHead(e, CONTENT_TYPE, { root })
    writeTypeRef(e, type)
    for (let clock = 1; clock < count; clock++) {
      encoding.writeUint8(e, CONTENT_TYPE | HAS_ORIGIN)
      encoding.writeVarUint(e, client)
      encoding.writeVarUint(e, clock - 1)
      writeTypeRef(e, type)
    }
  })
}

/** Content kinds the board schema never writes (everything but strings, types and Any). */
export type UnusedContent = 'json' | 'embed' | 'format' | 'doc'

/**
 * One item of a content kind the schema never uses. `depth` nests its JSON value (the legacy
 * ContentJSON is re-encoded with JSON.stringify, which also recurses).
 */
export function unusedContentUpdate(
  client: number,
  place: Place,
  content: UnusedContent,
  depth: number,
): Uint8Array {
  const nested = '['.repeat(depth) + 'null' + ']'.repeat(depth)
  return update(client, 0, 1, (e) => {
    switch (content) {
      case 'json':
        writeRootItemHead(e, CONTENT_JSON, place)
        encoding.writeVarUint(e, 1)
        encoding.writeVarString(e, nested)
        break
      case 'embed':
        writeRootItemHead(e, CONTENT_EMBED, place)
        encoding.writeVarString(e, nested)
        break
      case 'format':
        writeRootItemHead(e, CONTENT_FORMAT, place)
        encoding.writeVarString(e, 'bold')
        encoding.writeVarString(e, nested)
        break
      case 'doc':
        writeRootItemHead(e, CONTENT_DOC, place)
        encoding.writeVarString(e, `fuzz-subdoc-${client}`)
        encoding.writeAny(e, { shouldLoad: true })
        break
    }
  })
}

/**
 * A string item that starts at `clock` of a client nobody has seen: it waits for clocks
 * 0…clock-1 that never come (a missing dependency), as a pending struct.
 */
export function missingDependencyUpdate(
  client: number,
  clock: number,
  place: Place,
  text: string,
): Uint8Array {
  return update(client, clock, 1, (e) => {
    writeRootItemHead(e, CONTENT_STRING, place)
    encoding.writeVarString(e, text)
  })
}

/** An update with no items and a delete set over ranges of (maybe unknown) clients. */
export function deleteRangesUpdate(
  ranges: ReadonlyArray<{ client: number; clock: number; length: number }>,
): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, 0)
  writeDeleteSet(
    e,
    ranges.map(({ client, clock, length }) => ({ client, clock, len: length })),
  )
  return encoding.toUint8Array(e)
}
