// The catalogue of what the fuzz test sends to the realtime server, one kind at a time, each
// built from a seeded FuzzRandom so that a failing send can be rebuilt from its seed.
import * as Y from 'yjs'
import { createNote, moveElements } from '../../shared/ops/index.ts'
import { metaMap } from '../../shared/schema/doc.ts'
import {
  encodeAwarenessPayload,
  floodAwarenessPayload,
  jsonBytes,
  randomAwarenessPayload,
} from './fuzzAwareness.ts'
import type { FuzzKind } from './fuzzKinds.ts'
import { mutateBytes } from './fuzzMutate.ts'
import { operationUpdates } from './fuzzOps.ts'
import type { FuzzRandom } from './fuzzRandom.ts'
import { awarenessFrame, QUERY_AWARENESS_FRAME, stateVectorOf, syncFrame } from './fuzzWire.ts'
import {
  anyValueUpdate,
  deepAnyUpdate,
  deepTypesUpdate,
  deleteRangesUpdate,
  manyTypesUpdate,
  missingDependencyUpdate,
  unusedContentUpdate,
  TYPE_REFS,
  type Place,
  type TypeRefName,
  type UnusedContent,
} from './fuzzUpdates.ts'

/** How many times the resend kinds send the same update. */
export const RESENDS = 6
/** Sync step 1 frames with a non-empty state vector that `step1Flood` sends. */
export const STEP1_FLOOD_FRAMES = 200
/** Updates that `editFlood` sends from one connection without waiting. */
export const EDIT_FLOOD_UPDATES = 3000
/** Empty maps in the `manyItems` frame: the finding's 296,717 in 1.97 MiB. */
export const MANY_ITEMS = 296_717
/** New presence ids per `awarenessFlood` frame, and frames: two million, as in the finding. */
export const FLOOD_IDS_PER_FRAME = 200_000
export const FLOOD_FRAMES = 10

/** What a send needs to know of the board: the honest people, for ids to impersonate or delete. */
export interface FuzzTarget {
  /** Yjs and awareness client ids of the honest people. */
  honestClientIds: readonly number[]
  /** An honest person's document: live item ids (meta.schemaVersion, elements). */
  honestDoc: Y.Doc
}

/** One send: a raw connection with a right, its frames in order, and what it means. */
export interface FuzzSend {
  kind: FuzzKind
  right: 'view' | 'edit'
  /** What was sent, in words, for the failure message. */
  detail: string
  frames: Uint8Array[]
  /** 'answer': wait for the server to answer a probe or close; 'flood': don't wait. */
  pace: 'answer' | 'flood'
  /** For `upgradePath`: the request path of a raw TCP upgrade that is then reset. */
  upgradePath?: string
  /** Yjs clients whose structs this send carries: from a view link they must never arrive. */
  foreignClients: number[]
  /** The same update sent `RESENDS` times: the store may keep it once at most. */
  resent: boolean
  /**
   * For a flood: the client and clock the board reaches once the server has read all of it
   * (the server reads a fast sender slowly, so this comes well after the last frame was sent).
   */
  settles?: { client: number; clock: number }
}

function randomPlace(random: FuzzRandom): Place {
  return { root: random.pick(['meta', 'elements']), key: `fuzz-${random.word(6)}` }
}

/** Builds one send of `kind`. Deterministic for a given `random` and target. */
export function makeSend(kind: FuzzKind, random: FuzzRandom, target: FuzzTarget): FuzzSend {
  const base = { kind, foreignClients: [] as number[], resent: false, pace: 'answer' as const }
  const right = (): 'view' | 'edit' => (random.chance(0.3) ? 'view' : 'edit')
  switch (kind) {
    case 'randomBytes': {
      const frames = Array.from({ length: random.int(1, 3) }, () => {
        const bytes = random.bytes(random.pick([0, 1, 2, 3, 8, 64, 1024]))
        if (bytes.length > 0 && random.chance(0.7)) bytes[0] = random.pick([0, 1, 3])
        if (bytes.length > 1 && bytes[0] === 0 && random.chance(0.7)) bytes[1] = random.int(0, 2)
        return bytes
      })
      return { ...base, right: right(), frames, detail: `${frames.length} random frame(s)` }
    }
    case 'mutatedFrame': {
      const { name, frame } = validFrame(random, target)
      const { mutation, bytes } = mutateBytes(frame, random)
      return { ...base, right: right(), frames: [bytes], detail: `${name} frame, ${mutation}` }
    }
    case 'mutatedUpdate': {
      const { updates } = operationUpdates(random, random.int(1, 4))
      const update = random.pick(updates)
      const { mutation, bytes } = mutateBytes(update, random)
      const subType = random.pick([1, 2] as const)
      const frames = [syncFrame(subType, bytes)]
      return { ...base, right: 'edit', frames, detail: `ops update, ${mutation}` }
    }
    case 'validOps': {
      const { client, updates } = operationUpdates(random, random.int(1, 6))
      const r = right()
      const frames = updates.map((u) => syncFrame(random.pick([1, 2] as const), u))
      const foreignClients = r === 'view' ? [client] : []
      return {
        ...base,
        right: r,
        frames,
        foreignClients,
        detail: `${updates.length} valid op updates`,
      }
    }
    case 'deleteExisting': {
      const ranges = existingRanges(target, random)
      const update = deleteRangesUpdate(ranges)
      const detail = `delete ${ranges.map((r) => `${r.client}:${r.clock}+${r.length}`).join(', ')}`
      return { ...base, right: right(), frames: [syncFrame(2, update)], detail }
    }
    case 'awarenessRandom': {
      const updates = Array.from({ length: random.int(1, 3) }, () =>
        randomAwarenessPayload(random, target.honestClientIds),
      )
      return {
        ...base,
        right: right(),
        frames: updates.map((u) => awarenessFrame(u.payload)),
        detail: updates.map((u, i) => `frame ${i}: ${u.description}`).join('; '),
      }
    }
    case 'upgradePath': {
      const path = random.pick([
        '/socket.io',
        '/socket.io?EIO=4&transport=websocket',
        '/x/../socket.io/',
        '/socket.io/?EIO=4&transport=websocket',
        '/yjs/',
        '/yjs/%E0%A4%A',
        `/yjs/${random.word(12)}?token=${random.word(20)}`,
        '//',
      ])
      return {
        ...base,
        right: 'view',
        frames: [],
        upgradePath: path,
        detail: `upgrade ${path}, reset`,
      }
    }
    case 'deepAny': {
      // A ladder of ever deeper values, one update each: the first ones warm the server's
      // decoder up (optimised code uses less stack), so the deepest may pass a warm server
      // that a freshly started one cannot load.
      const deepest = random.pick([2000, 8000, 12_000, 20_000, 30_000])
      const shape = random.pick(['array', 'object'] as const)
      const r = right()
      const frames: Uint8Array[] = []
      const foreignClients: number[] = []
      for (let depth = 500; depth <= deepest; depth += 500) {
        const client = random.clientId()
        const update = deepAnyUpdate(client, randomPlace(random), depth, shape)
        frames.push(syncFrame(random.pick([1, 2] as const), update))
        if (r === 'view') foreignClients.push(client)
      }
      return {
        ...base,
        right: r,
        frames,
        foreignClients,
        detail: `${frames.length} Any ${shape}s, 500 to ${deepest} deep`,
      }
    }
    case 'deepTypes': {
      const depth = random.pick([100, 1000, 3000])
      const type = random.pick(Object.keys(TYPE_REFS) as TypeRefName[])
      const client = random.clientId()
      const frames = [syncFrame(2, deepTypesUpdate(client, randomPlace(random), depth, type))]
      // Deleting the outermost type deletes every type inside it, recursively.
      const deletes = random.chance(0.5)
      if (deletes) frames.push(syncFrame(2, deleteRangesUpdate([{ client, clock: 0, length: 1 }])))
      return {
        ...base,
        right: 'edit',
        frames,
        detail: `${depth} nested ${type}${deletes ? ', then deleted' : ''}`,
      }
    }
    case 'unusedContent': {
      const content = random.pick(['json', 'embed', 'format', 'doc'] as UnusedContent[])
      const depth = random.pick([1, 10, 1000, 10_000])
      const update = unusedContentUpdate(random.clientId(), randomPlace(random), content, depth)
      return {
        ...base,
        right: 'edit',
        frames: [syncFrame(2, update)],
        detail: `${content} content, ${depth} deep`,
      }
    }
    case 'schemaVersion': {
      const item = metaMap(target.honestDoc)._map.get('schemaVersion')
      if (item !== undefined && random.chance(0.25)) {
        const update = deleteRangesUpdate([
          { client: item.id.client, clock: item.id.clock, length: 1 },
        ])
        return {
          ...base,
          right: right(),
          frames: [syncFrame(2, update)],
          detail: 'delete meta.schemaVersion',
        }
      }
      const value = random.pick<unknown>([-1, 99, 0, 1, 3, 2.5, '2', null, { v: 2 }, true])
      // The highest client id wins a concurrent map write, so the value lands for sure.
      const update = anyValueUpdate(
        0xffffffff - random.int(0, 1000),
        { root: 'meta', key: 'schemaVersion' },
        value,
      )
      return {
        ...base,
        right: right(),
        frames: [syncFrame(2, update)],
        detail: `meta.schemaVersion = ${JSON.stringify(value)}`,
      }
    }
    case 'manyItems': {
      // All in one update, or spread over several (which a cap per update alone lets through:
      // the document must be bounded too). A client id below 128 takes one byte, so each item
      // costs 6 bytes and one frame of them all fits 2 MiB.
      const parts = random.pick([1, 4])
      const root = `fuzz-${random.word(6)}`
      const frames = Array.from({ length: parts }, (_, i) =>
        syncFrame(
          2,
          manyTypesUpdate(
            1 + ((random.int(0, 125) + i) % 127),
            root,
            Math.ceil(MANY_ITEMS / parts),
            'map',
          ),
        ),
      )
      return {
        ...base,
        right: 'edit',
        frames,
        detail: `${MANY_ITEMS} empty maps in ${parts} update(s)`,
      }
    }
    case 'awarenessFlood': {
      const first = random.int(1, 2 ** 31)
      const frames = Array.from({ length: FLOOD_FRAMES }, (_, i) =>
        awarenessFrame(floodAwarenessPayload(first + i * FLOOD_IDS_PER_FRAME, FLOOD_IDS_PER_FRAME)),
      )
      return {
        ...base,
        right: 'view',
        frames,
        detail: `${FLOOD_FRAMES * FLOOD_IDS_PER_FRAME} new presence ids in ${FLOOD_FRAMES} frames`,
      }
    }
    case 'step1Flood': {
      const frames = Array.from({ length: STEP1_FLOOD_FRAMES }, () =>
        syncFrame(0, stateVectorOf([[random.clientId(), random.int(1, 1000)]])),
      )
      return {
        ...base,
        right: 'view',
        frames,
        detail: `${STEP1_FLOOD_FRAMES} sync step 1 with a non-empty state vector`,
      }
    }
    case 'editFlood': {
      const { updates, settles } = editFloodUpdates(random)
      return {
        ...base,
        right: 'edit',
        pace: 'flood',
        settles,
        frames: updates.map((u) => syncFrame(2, u)),
        detail: `${updates.length} small updates without pause`,
      }
    }
    case 'missingDependency': {
      let update: Uint8Array
      let detail: string
      if (random.chance(0.5)) {
        const clock = random.int(1, 1000)
        update = missingDependencyUpdate(
          random.clientId(),
          clock,
          randomPlace(random),
          random.word(2000),
        )
        detail = `string item at clock ${clock} of an unknown client`
      } else {
        const { updates } = operationUpdates(random, random.int(3, 6))
        update = Y.mergeUpdates(updates.slice(1))
        detail = 'op updates without the first'
      }
      const frames = Array.from({ length: RESENDS }, () => syncFrame(2, update))
      return {
        ...base,
        right: 'edit',
        frames,
        resent: true,
        detail: `${detail}, sent ${RESENDS} times`,
      }
    }
    case 'unknownDeletes': {
      const ranges = Array.from({ length: random.int(1, 50) }, () => ({
        client: random.clientId(),
        clock: random.pick([0, random.int(1, 1e6), 2 ** 40]),
        length: random.pick([1, random.int(2, 1e6), 2 ** 30]),
      }))
      const frames = Array.from({ length: RESENDS }, () => syncFrame(2, deleteRangesUpdate(ranges)))
      return {
        ...base,
        right: 'edit',
        frames,
        resent: true,
        detail: `${ranges.length} deletes of unknown ranges, sent ${RESENDS} times`,
      }
    }
  }
}

/** A well-formed frame of any type, to be damaged by `mutatedFrame`. */
function validFrame(random: FuzzRandom, target: FuzzTarget): { name: string; frame: Uint8Array } {
  switch (random.int(0, 4)) {
    case 0: {
      const { updates } = operationUpdates(random, random.int(1, 3))
      return { name: 'sync update', frame: syncFrame(2, random.pick(updates)) }
    }
    case 1: {
      const { updates } = operationUpdates(random, random.int(1, 3))
      return { name: 'sync step 2', frame: syncFrame(1, Y.mergeUpdates(updates)) }
    }
    case 2:
      return { name: 'sync step 1', frame: syncFrame(0, Y.encodeStateVector(target.honestDoc)) }
    case 3: {
      const entry = {
        clientId: random.clientId(),
        clock: random.int(1, 10),
        state: jsonBytes({ user: { name: 'Fuzz' } }),
      }
      return { name: 'awareness', frame: awarenessFrame(encodeAwarenessPayload([entry])) }
    }
    default:
      return { name: 'query awareness', frame: QUERY_AWARENESS_FRAME }
  }
}

/** Ranges of the honest people's items (what an edit link may legitimately delete). */
function existingRanges(
  target: FuzzTarget,
  random: FuzzRandom,
): Array<{ client: number; clock: number; length: number }> {
  const ranges: Array<{ client: number; clock: number; length: number }> = []
  for (const client of target.honestClientIds) {
    const known = Y.getState(target.honestDoc.store, client)
    if (known === 0 || !random.chance(0.5)) continue
    const clock = random.int(0, known - 1)
    ranges.push({ client, clock, length: random.int(1, Math.min(20, known - clock)) })
  }
  if (ranges.length === 0) ranges.push({ client: random.clientId(), clock: 0, length: 1 })
  return ranges
}

/** Many small moves of one note from one fresh document: one update each. */
function editFloodUpdates(random: FuzzRandom): {
  updates: Uint8Array[]
  settles: { client: number; clock: number }
} {
  const doc = new Y.Doc()
  doc.clientID = random.clientId()
  const updates: Uint8Array[] = []
  doc.on('update', (u: Uint8Array) => updates.push(u))
  const id = createNote(doc, { id: `flood${random.word(7)}`, x: 0, y: 0 })
  for (let i = 1; i < EDIT_FLOOD_UPDATES; i++)
    moveElements(doc, { positions: [{ id, x: i, y: i }] })
  const settles = { client: doc.clientID, clock: Y.getState(doc.store, doc.clientID) }
  doc.destroy()
  return { updates, settles }
}
