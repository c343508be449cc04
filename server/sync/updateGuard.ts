// What a client's document update may contain, checked before anything is stored: content types
// the schema uses, bounded nesting, bounded item counts, no writes to keys the server owns, and
// proof that it re-encodes. Pure: a document in, a verdict out; it never changes the document.
import * as Y from 'yjs'
import type { DecodedUpdate } from './updateEffect.ts'
import { pendingContent } from './pendingContent.ts'
import { isRaci } from '../../shared/schema/assignment.ts'

/**
 * How deep content may nest: shared types inside shared types, plus the depth of a JSON-like
 * value inside the innermost one. Werkraum's schema needs about 5 (elements → element → text or
 * points → value); Yjs and lib0 encode and read this recursively, and 20,000 levels overflow
 * the stack of whoever touches the document next.
 */
export const MAX_NESTING_DEPTH = 32
/**
 * Items (Yjs structs) one update may carry. A sticky note is 10 (12 after a few edits), so a
 * paste or offline backlog of 10,000 notes (about 2 MB, the frame limit) fits; a frame of
 * 300,000 empty maps (about 450 MiB once in memory) does not.
 */
export const MAX_UPDATE_ITEMS = 150_000
/** Name of the root map whose keys the server owns (see shared/schema/doc.ts). */
const META = 'meta'
/** Name of the root map of assignments (shared/schema/assignment.ts). */
const ASSIGNMENTS = 'assignments'
/**
 * Keys of `meta` that only the server writes: the schema version, and the title, which a
 * facilitator changes through `PATCH /api/boards/:id` so that the stored title and the
 * document's stay one.
 */
const SERVER_OWNED_META_KEYS: ReadonlySet<string> = new Set(['schemaVersion', 'title'])

/** Why an update is refused; the writer turns each into a close code. */
export type UpdateRefusal =
  | 'forbidden content'
  | 'too deeply nested'
  | 'too many items'
  | 'board full'
  | 'server-owned key'
  | 'does not re-encode'
  | 'impossible reference'
  | 'empty item'
  | 'unknown root'
  | 'invalid value'

/** The limits the guard checks; the board's item cap is configurable (MAX_BOARD_ITEMS). */
export interface GuardLimits {
  maxBoardItems: number
  maxNestingDepth?: number
  maxUpdateItems?: number
}

/** Accepted (with the number of items it adds) or refused. */
export type GuardVerdict = { ok: true; newItems: number } | { ok: false; refusal: UpdateRefusal }

/** Counts already taken, per document, until its next transaction (see countDocItems). */
const itemCounts = new WeakMap<Y.Doc, number>()
/** Documents whose transactions already drop their count. */
const watched = new WeakSet<Y.Doc>()

/**
 * Structs of a document: the integrated ones, the sum of every client's list. The walk is over
 * every client the board ever had (up to one per item), so it is taken once per transaction and
 * shared by every update of a batch, not once per update.
 */
export function countDocItems(doc: Y.Doc): number {
  const known = itemCounts.get(doc)
  if (known !== undefined) return known
  let count = 0
  for (const structs of doc.store.clients.values()) count += structs.length
  if (!watched.has(doc)) {
    watched.add(doc)
    doc.on('afterTransactionCleanup', () => itemCounts.delete(doc))
  }
  itemCounts.set(doc, count)
  return count
}

/**
 * Checks an update from a client against `doc` as it will be when the update is applied:
 * `earlier` are updates accepted in the same batch and not yet applied. Cost is linear in the
 * update, the document's pending content (stored before updates with a missing
 * dependency were held back) and the nesting limit; nothing here recurses over client data.
 */
export function checkUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  decoded: DecodedUpdate,
  limits: GuardLimits,
  earlier: readonly DecodedUpdate[] = [],
): GuardVerdict {
  const maxDepth = limits.maxNestingDepth ?? MAX_NESTING_DEPTH
  const items: Y.Item[] = []
  let newItems = 0
  if (decoded.structs.length > (limits.maxUpdateItems ?? MAX_UPDATE_ITEMS)) {
    return refuse('too many items')
  }
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Skip) continue
    // A struct covers at least one clock; Yjs cannot place an empty one (it throws on it).
    if (struct.length < 1) return refuse('empty item')
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) newItems++
    if (struct instanceof Y.Item) {
      if (!allowedContent(struct.content)) return refuse('forbidden content')
      if (refersForward(struct)) return refuse('impossible reference')
      items.push(struct)
    }
  }
  if (newItems > 0 && countDocItems(doc) + newItems > limits.maxBoardItems) {
    return refuse('board full')
  }

  const pending = pendingContent(doc)
  const batch = [decoded.structs, ...earlier.map((e) => e.structs)]
  const index = new StructIndex([...batch, pending.structs])
  const places = new Places(doc, index)
  for (const item of items) {
    const place = places.of(item)
    // The writer only brings updates whose dependencies are all present (see
    // missingDependency): an item whose place is still not found is one of neighbours that
    // refer to each other in a loop, which Yjs would keep pending for ever.
    if (place === 'missing') return refuse('impossible reference')
    if (place === 'gc') continue
    if (place.meta && place.key !== null && SERVER_OWNED_META_KEYS.has(place.key)) {
      return refuse('server-owned key')
    }
    if (place.depth + 1 + valueDepth(item.content, maxDepth) > maxDepth) {
      return refuse('too deeply nested')
    }
    if (!valueAllowed(place, item.content)) return refuse('invalid value')
  }
  // Pending items whose place this update reveals are measured too: nesting built upside down
  // (children first, waiting for their parent) must not pass unmeasured.
  for (const struct of pending.structs) {
    if (!(struct instanceof Y.Item)) continue
    const place = places.of(struct)
    if (place === 'missing' || place === 'gc') continue
    if (place.meta && place.key !== null && SERVER_OWNED_META_KEYS.has(place.key)) {
      return refuse('server-owned key')
    }
    if (place.depth + 1 + valueDepth(struct.content, maxDepth) > maxDepth) {
      return refuse('too deeply nested')
    }
    if (!valueAllowed(place, struct.content)) return refuse('invalid value')
  }
  if (deletesServerOwnedKey(doc, decoded)) return refuse('server-owned key')

  // Proof that the update re-encodes: Yjs rewrites every struct of it, without a document.
  try {
    Y.diffUpdate(update, EMPTY_STATE_VECTOR)
  } catch {
    return refuse('does not re-encode')
  }
  return { ok: true, newItems }
}

const EMPTY_STATE_VECTOR = Uint8Array.of(0)

function refuse(refusal: UpdateRefusal): GuardVerdict {
  return { ok: false, refusal }
}

/**
 * The content types Werkraum's schema uses: maps, arrays and texts (plain, unformatted), JSON-like
 * values, strings, binary values and deleted content. Never used, so refused: Yjs JSON (an old
 * encoding whose values nest without bound), embeds and formatting marks in text, subdocuments,
 * and XML types.
 */
function allowedContent(content: Y.Item['content']): boolean {
  if (content instanceof Y.ContentType) {
    const type = content.type
    return type.constructor === Y.Map || type.constructor === Y.Array || type.constructor === Y.Text
  }
  return (
    content instanceof Y.ContentAny ||
    content instanceof Y.ContentString ||
    content instanceof Y.ContentDeleted ||
    content instanceof Y.ContentBinary
  )
}

/**
 * Values the schema pins down and every reader relies on: an assignment's RACI letter (the
 * `raci` key of a cell in the root map `assignments`) is one of R, A, C, I, so no client can
 * write a letter that the matrix, the checks, the report and the tables do not know. Deleting
 * it is allowed (the reader then takes R).
 */
function valueAllowed(place: Place, content: Y.Item['content']): boolean {
  if (place.root !== ASSIGNMENTS || place.depth !== 1 || place.key !== 'raci') return true
  if (content instanceof Y.ContentDeleted) return true
  return content instanceof Y.ContentAny && content.arr.length === 1 && isRaci(content.arr[0])
}

/**
 * Depth of the values an item carries (0 for a scalar, 1 for a flat array or object), counted
 * iteratively and given up just past `limit`.
 */
function valueDepth(content: Y.Item['content'], limit: number): number {
  if (!(content instanceof Y.ContentAny)) return 0
  let deepest = 0
  const stack: [unknown, number][] = content.arr.map((value) => [value, 0])
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!
    if (typeof value !== 'object' || value === null || value instanceof Uint8Array) continue
    const inner = depth + 1
    if (inner > deepest) deepest = inner
    if (deepest > limit) return deepest
    const children = Array.isArray(value) ? value : Object.values(value)
    for (const child of children) stack.push([child, inner])
  }
  return deepest
}

/** True when the update deletes the value the doc currently shows for a server-owned key. */
function deletesServerOwnedKey(doc: Y.Doc, decoded: DecodedUpdate): boolean {
  const meta = doc.share.get(META)
  if (meta === undefined || decoded.ds.clients.size === 0) return false
  for (const key of SERVER_OWNED_META_KEYS) {
    const item = meta._map.get(key)
    if (item === undefined || item.deleted) continue
    const ranges = decoded.ds.clients.get(item.id.client) ?? []
    const { clock } = item.id
    if (ranges.some((r) => r.clock <= clock && clock < r.clock + r.len)) return true
  }
  return false
}

/**
 * Whether an item refers to its own client's clock at or after its own: a neighbour or parent
 * that its author cannot have seen when writing it. Yjs does not expect that and throws while
 * integrating it (after it was stored).
 */
function refersForward(item: Y.Item): boolean {
  const { client, clock } = item.id
  const parent = item.parent as unknown
  for (const ref of [item.origin, item.rightOrigin, parent instanceof Y.ID ? parent : null]) {
    if (ref !== null && ref.client === client && ref.clock >= clock) return true
  }
  return false
}

/**
 * The structs of the update, of earlier updates in its batch and of the pending content, by
 * client and clock, for looking up what an item refers to.
 */
class StructIndex {
  readonly #byClient = new Map<number, (Y.Item | Y.GC | Y.Skip)[]>()

  constructor(sources: readonly (readonly (Y.Item | Y.GC | Y.Skip)[])[]) {
    for (const source of sources) {
      for (const struct of source) {
        let list = this.#byClient.get(struct.id.client)
        if (list === undefined) this.#byClient.set(struct.id.client, (list = []))
        list.push(struct)
      }
    }
    for (const list of this.#byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock)
  }

  /** The struct that holds `id`, or null. Skips (gaps) hold nothing. */
  find(id: Y.ID): Y.Item | Y.GC | null {
    const list = this.#byClient.get(id.client)
    if (list === undefined) return null
    let lo = 0
    let hi = list.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const struct = list[mid]!
      if (id.clock < struct.id.clock) hi = mid - 1
      else if (id.clock >= struct.id.clock + struct.length) lo = mid + 1
      else return struct instanceof Y.Skip ? null : struct
    }
    return null
  }
}

/** Where an item will sit: the nesting depth of its parent type, and its key in a root map. */
interface Place {
  /** Shared types from the root down to the parent (0: the parent is a root type). */
  depth: number
  /** The parent is the root map `meta`. */
  meta: boolean
  /** Key in a map parent (Yjs parentSub), null in an array or text. */
  key: string | null
  /** The root type it is under, by name (null when it cannot be told). */
  root: string | null
}

/** 'missing': a dependency is nowhere yet (the item waits); 'gc': it will be garbage. */
type Placement = Place | 'missing' | 'gc'

/** How one item's place follows from another's: beside it, or inside the type it holds. */
type Link = { item: Y.Item; inside: boolean }

/**
 * Resolves where items of an update go, as Yjs does when integrating: an explicit parent (a
 * root name or the id of a type's item), or else the parent of its left or right neighbour.
 * Iterative with memo, so long neighbour chains and deep nesting cost linear time and no stack.
 */
class Places {
  readonly #doc: Y.Doc
  readonly #index: StructIndex
  readonly #memo = new Map<Y.Item, Placement>()
  readonly #typeDepth = new Map<Y.AbstractType<unknown>, number>()

  constructor(doc: Y.Doc, index: StructIndex) {
    this.#doc = doc
    this.#index = index
  }

  of(start: Y.Item): Placement {
    const chain: Link[] = []
    const seen = new Set<Y.Item>()
    let link: Link = { item: start, inside: false }
    let placement: Placement
    // Whether the item last pushed sits inside the one its placement comes from.
    let nextInside = false
    for (;;) {
      const memo = this.#memo.get(link.item)
      if (memo !== undefined) {
        placement = memo
        nextInside = link.inside
        break
      }
      chain.push(link)
      seen.add(link.item)
      const step = this.#step(link.item)
      if (typeof step === 'string' || !('item' in step)) {
        placement = step
        break
      }
      // A chain that loops back on itself never integrates.
      if (seen.has(step.item)) {
        placement = 'missing'
        break
      }
      link = step
    }
    // Unwind: each item's place from the next one's.
    for (let i = chain.length - 1; i >= 0; i--) {
      const { item, inside: isInside } = chain[i]!
      if (nextInside) placement = inside(placement, item)
      this.#memo.set(item, placement)
      nextInside = isInside
    }
    return this.#memo.get(start)!
  }

  /** One step: a placement, or the new item (not yet integrated) to take it from. */
  #step(item: Y.Item): Placement | Link {
    const parent = item.parent as unknown
    if (typeof parent === 'string') {
      return { depth: 0, meta: parent === META, key: item.parentSub, root: parent }
    }
    if (parent instanceof Y.ID) {
      const found = this.#lookup(parent)
      if (found === null) return 'missing'
      const owner = found.struct
      if (owner instanceof Y.GC || !(owner.content instanceof Y.ContentType)) return 'gc'
      if (!found.integrated) return { item: owner, inside: true }
      return inside(this.#placeInDoc(owner), item)
    }
    const neighbourId = item.origin ?? item.rightOrigin
    if (neighbourId === null) return 'gc'
    const found = this.#lookup(neighbourId)
    if (found === null) return 'missing'
    const neighbour = found.struct
    if (neighbour instanceof Y.GC) return 'gc'
    if (found.integrated) return this.#placeInDoc(neighbour)
    return { item: neighbour, inside: false }
  }

  /** Place of an integrated item: depth of its parent type, counted once per type. */
  #placeInDoc(item: Y.Item): Placement {
    const parent = item.parent as Y.AbstractType<unknown> | null
    if (parent === null) return 'gc'
    return {
      depth: this.#depthOf(parent),
      meta: parent === this.#doc.share.get(META),
      key: item.parentSub,
      root: this.#rootName(parent),
    }
  }

  /** The name of the root type `type` is under: a handful of roots, looked up once each. */
  #rootName(type: Y.AbstractType<unknown>): string | null {
    let top = type
    while (top._item !== null) {
      const up = top._item.parent as Y.AbstractType<unknown> | null
      if (up === null) return null
      top = up
    }
    for (const [name, shared] of this.#doc.share) if (shared === top) return name
    return null
  }

  #depthOf(type: Y.AbstractType<unknown>): number {
    const path: Y.AbstractType<unknown>[] = []
    let depth = 0
    for (let t: Y.AbstractType<unknown> | null = type; t !== null && t._item !== null;) {
      const known = this.#typeDepth.get(t)
      if (known !== undefined) {
        depth = known
        break
      }
      path.push(t)
      t = t._item.parent as Y.AbstractType<unknown> | null
    }
    for (let i = path.length - 1; i >= 0; i--) this.#typeDepth.set(path[i]!, ++depth)
    return this.#typeDepth.get(type) ?? depth
  }

  /** The struct holding `id`: integrated in the doc, or new in the update, batch or pending. */
  #lookup(id: Y.ID): { struct: Y.Item | Y.GC; integrated: boolean } | null {
    if (id.clock < Y.getState(this.#doc.store, id.client)) {
      const structs = this.#doc.store.clients.get(id.client)!
      return { struct: structs[Y.findIndexSS(structs, id.clock)]!, integrated: true }
    }
    const struct = this.#index.find(id)
    return struct === null ? null : { struct, integrated: false }
  }
}

/** The place of an item inside the type held by an item placed at `owner`. */
function inside(owner: Placement, item: Y.Item): Placement {
  if (owner === 'missing' || owner === 'gc') return owner
  return { depth: owner.depth + 1, meta: false, key: item.parentSub, root: owner.root }
}
