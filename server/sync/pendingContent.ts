import * as Y from 'yjs'

/** Clock ranges `[start, end)` per client, sorted by start, non-overlapping. */
export type ClockRanges = Map<number, [number, number][]>

/**
 * What a document holds but could not integrate yet (Yjs keeps it in `store.pendingStructs` and
 * `store.pendingDs`, V2-encoded, until the missing dependency arrives). Decoded once per change
 * of those buffers.
 */
export interface PendingContent {
  /** The pending structs themselves, for looking up what a new update refers to. */
  structs: (Y.Item | Y.GC)[]
  /** Clock ranges the pending structs cover. */
  structRanges: ClockRanges
  /** Clock ranges the pending deletes cover. */
  deleteRanges: ClockRanges
  /** Pending structs plus pending delete ranges: what the room's pending bound counts. */
  size: number
}

const EMPTY: PendingContent = {
  structs: [],
  structRanges: new Map(),
  deleteRanges: new Map(),
  size: 0,
}

const cache = new WeakMap<Y.Doc, { structs: unknown; ds: unknown; content: PendingContent }>()

/** The document's pending content, decoded (cached until it changes). */
export function pendingContent(doc: Y.Doc): PendingContent {
  const structsUpdate = doc.store.pendingStructs?.update ?? null
  const dsUpdate = doc.store.pendingDs
  if (structsUpdate === null && dsUpdate === null) return EMPTY
  const cached = cache.get(doc)
  if (cached !== undefined && cached.structs === structsUpdate && cached.ds === dsUpdate) {
    return cached.content
  }
  const structs: (Y.Item | Y.GC)[] = []
  const structRanges: ClockRanges = new Map()
  if (structsUpdate !== null) {
    for (const struct of Y.decodeUpdateV2(structsUpdate).structs) {
      if (struct instanceof Y.Skip) continue
      structs.push(struct)
      addRange(structRanges, struct.id.client, struct.id.clock, struct.id.clock + struct.length)
    }
  }
  const deleteRanges: ClockRanges = new Map()
  let deletes = 0
  if (dsUpdate !== null) {
    for (const [client, ranges] of Y.decodeUpdateV2(dsUpdate).ds.clients) {
      for (const { clock, len } of ranges) {
        addRange(deleteRanges, client, clock, clock + len)
        deletes++
      }
    }
  }
  for (const list of [...structRanges.values(), ...deleteRanges.values()]) normalise(list)
  const content = { structs, structRanges, deleteRanges, size: structs.length + deletes }
  cache.set(doc, { structs: structsUpdate, ds: dsUpdate, content })
  return content
}

/** The clock ranges a list of decoded updates covers: their structs and their deletes. */
export function rangesOf(updates: readonly ReturnType<typeof Y.decodeUpdate>[]): {
  structRanges: ClockRanges
  deleteRanges: ClockRanges
} {
  const structRanges: ClockRanges = new Map()
  const deleteRanges: ClockRanges = new Map()
  for (const { structs, ds } of updates) {
    for (const struct of structs) {
      if (struct instanceof Y.Skip) continue
      addRange(structRanges, struct.id.client, struct.id.clock, struct.id.clock + struct.length)
    }
    for (const [client, ranges] of ds.clients) {
      for (const { clock, len } of ranges) addRange(deleteRanges, client, clock, clock + len)
    }
  }
  for (const list of [...structRanges.values(), ...deleteRanges.values()]) normalise(list)
  return { structRanges, deleteRanges }
}

/** True when `[start, end)` of `client` lies within the ranges. */
export function covers(ranges: ClockRanges, client: number, start: number, end: number): boolean {
  const list = ranges.get(client)
  if (list === undefined) return false
  let lo = 0
  let hi = list.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const [s, e] = list[mid]!
    if (start < s) hi = mid - 1
    else if (start >= e) lo = mid + 1
    else return end <= e
  }
  return false
}

function addRange(ranges: ClockRanges, client: number, start: number, end: number): void {
  let list = ranges.get(client)
  if (list === undefined) ranges.set(client, (list = []))
  list.push([start, end])
}

/** Sorts and merges touching ranges in place. */
function normalise(list: [number, number][]): void {
  list.sort((a, b) => a[0] - b[0])
  let out = 0
  for (const range of list) {
    const last = list[out - 1]
    if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else list[out++] = range
  }
  list.length = out
}
