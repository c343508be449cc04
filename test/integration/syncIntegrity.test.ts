// A board's stored content is never lost or bricked by what an edit link sends: the attacks of
// a security review against the real server, each followed by proof that honest people go on
// and that a restart opens the board with everything it had.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { SQLITE_FILE_NAME } from '../../server/store/index.ts'
import { MAX_HELD_UPDATES_PER_CONNECTION } from '../../server/sync/HeldUpdates.ts'
import { encodeSyncUpdate } from '../../server/sync/protocol.ts'
import { createNote } from '../../shared/ops/index.ts'
import { assignRole } from '../../shared/ops/assignRole.ts'
import { createPerson } from '../../shared/ops/createPerson.ts'
import { createRole } from '../../shared/ops/createRole.ts'
import { assignmentId, assignmentsMap } from '../../shared/schema/assignment.ts'
import { elementsMap, metaMap, readSchemaVersion } from '../../shared/schema/doc.ts'
import { SCHEMA_VERSION } from '../../shared/schema/version.ts'
import {
  deepAnyUpdate,
  deepJsonUpdate,
  deepMapsUpdate,
  emptyMapsUpdate,
  selfReferencingUpdate,
} from '../helpers/hostileUpdates.ts'
import type { RunningServer } from '../helpers/startServer.ts'
import { testFleet } from '../helpers/testFleet.ts'
import {
  connectClient,
  createBoard,
  rawClient,
  syncedClient,
  type CloseInfo,
  type YClient,
} from '../helpers/yclient.ts'

const fleet = testFleet()
const { clients } = fleet

function start(dataDir?: string, env: Record<string, string> = {}): Promise<RunningServer> {
  return fleet.start({ dataDir, env })
}

function join(server: RunningServer, boardId: string, token: string): Promise<YClient> {
  return fleet.join(server, boardId, token)
}

/** Sends one update frame on a fresh edit connection and resolves with how it was closed. */
async function sendHostile(
  server: RunningServer,
  boardId: string,
  token: string,
  update: Uint8Array,
): Promise<CloseInfo> {
  const hostile = rawClient(server, boardId, token)
  expect(await hostile.outcome).toBe(101)
  hostile.ws.send(encodeSyncUpdate(update))
  return hostile.closed
}

/** The next close a stock client sees, and whether it then stays away (no reconnect). */
function nextClose(client: YClient): Promise<CloseInfo & { staysAway: boolean }> {
  return new Promise((resolve) => {
    client.provider.once('connection-close', (event) => {
      const code = event?.code ?? 0
      const reason = event?.reason ?? ''
      // The provider decides about reconnecting right after this event, in the same turn.
      setImmediate(() => resolve({ code, reason, staysAway: !client.provider.shouldConnect }))
    })
  })
}

interface StoredRows {
  snapshot: Buffer | null
  updates: { seq: number; data: Buffer }[]
}

function storedRows(dataDir: string, boardId: string): StoredRows {
  const db = new Database(path.join(dataDir, SQLITE_FILE_NAME), { readonly: true })
  try {
    const snapshot = db.prepare('SELECT data FROM snapshots WHERE board_id = ?').get(boardId) as
      { data: Buffer } | undefined
    const updates = db
      .prepare('SELECT seq, data FROM updates WHERE board_id = ? ORDER BY seq')
      .all(boardId) as { seq: number; data: Buffer }[]
    return { snapshot: snapshot?.data ?? null, updates }
  } finally {
    db.close()
  }
}

/** Writes into the SQLite file of a stopped server, as a broken disk or an old bug would. */
function plant(dataDir: string, sql: string, ...params: unknown[]): void {
  const db = new Database(path.join(dataDir, SQLITE_FILE_NAME))
  try {
    db.prepare(sql).run(...params)
  } finally {
    db.close()
  }
}

/** The board's document as stored (snapshot, then updates). */
function storedDoc(rows: StoredRows): Y.Doc {
  const doc = new Y.Doc()
  if (rows.snapshot) Y.applyUpdate(doc, rows.snapshot)
  for (const { data } of rows.updates) Y.applyUpdate(doc, data)
  return doc
}

function rssMiB(server: RunningServer): number {
  const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024
}

/** A board with `count` notes, made by a stock client, and that client. */
async function boardWithNotes(server: RunningServer, count: number) {
  const board = await createBoard(server)
  const anna = await join(server, board.id, board.editToken)
  const ids: string[] = []
  for (let i = 0; i < count; i++) ids.push(createNote(anna.doc, { x: i * 10, y: 0, text: `n${i}` }))
  // Relayed means stored: a second person having them is proof the server has them.
  const witness = await join(server, board.id, board.viewToken)
  await witness.until(
    (doc) => ids.every((id) => elementsMap(doc).has(id)),
    'the notes to be stored',
  )
  return { board, anna, ids }
}

describe('nesting the server cannot encode', () => {
  it('is refused; relay, joining and a restart go on with everything the board had', async () => {
    const server = await start()
    const { board, anna, ids } = await boardWithNotes(server, 10)
    const ben = await join(server, board.id, board.editToken)
    await ben.until((doc) => ids.every((id) => elementsMap(doc).has(id)), 'Ben to have the notes')

    // The review's update: old-style Yjs JSON nested 20,000 deep, about 40 KB.
    const deepJson = deepJsonUpdate(20_000)
    expect(deepJson.length).toBeGreaterThan(39_000)
    expect(await sendHostile(server, board.id, board.editToken, deepJson)).toEqual({
      code: 1007,
      reason: 'forbidden content',
    })
    // The same depth as plain values, and as maps inside maps.
    expect(await sendHostile(server, board.id, board.editToken, deepAnyUpdate(1000))).toEqual({
      code: 1007,
      reason: 'too deeply nested',
    })
    expect(await sendHostile(server, board.id, board.editToken, deepMapsUpdate(20_000))).toEqual({
      code: 1007,
      reason: 'too deeply nested',
    })

    const fromAnna = createNote(anna.doc, { x: 0, y: 100, text: 'Anna danach' })
    await ben.until((doc) => elementsMap(doc).has(fromAnna), 'Ben to receive Anna’s note')
    const fromBen = createNote(ben.doc, { x: 0, y: 200, text: 'Ben danach' })
    await anna.until((doc) => elementsMap(doc).has(fromBen), 'Anna to receive Ben’s note')
    const late = await join(server, board.id, board.viewToken)
    expect(elementsMap(late.doc).size).toBe(12)

    for (const client of clients.splice(0)) client.destroy()
    expect(await server.stop()).toBe(0)
    expect(server.output()).not.toMatch(/"level":"error"| error /)
    const again = await start(server.dataDir)
    const reader = await join(again, board.id, board.viewToken)
    expect(elementsMap(reader.doc).size).toBe(12)
    expect([...elementsMap(reader.doc).keys()]).toEqual(
      expect.arrayContaining([...ids, fromAnna, fromBen]),
    )
  })
})

describe('an update Yjs cannot integrate', () => {
  it('is refused before it is stored, so the board still opens after a restart', async () => {
    const server = await start()
    const { board, anna, ids } = await boardWithNotes(server, 2)
    const rowsBefore = storedRows(server.dataDir, board.id).updates.length
    // A character whose left neighbour is itself: Yjs throws while integrating it.
    const selfReference = selfReferencingUpdate()
    expect(await sendHostile(server, board.id, board.editToken, selfReference)).toEqual({
      code: 1007,
      reason: 'impossible reference',
    })
    expect(storedRows(server.dataDir, board.id).updates).toHaveLength(rowsBefore)
    const after = createNote(anna.doc, { x: 0, y: 50 })
    const ben = await join(server, board.id, board.viewToken)
    await ben.until((doc) => elementsMap(doc).has(after), 'the next note to arrive')

    for (const client of clients.splice(0)) client.destroy()
    expect(await server.stop()).toBe(0)
    const again = await start(server.dataDir)
    const reader = await join(again, board.id, board.viewToken)
    expect([...elementsMap(reader.doc).keys()].sort()).toEqual([...ids, after].sort())
  })
})

describe('stored content that cannot be applied', () => {
  const plants: Array<[string, (rows: StoredRows) => Uint8Array]> = [
    ['a truncated snapshot', (rows) => rows.snapshot!.subarray(0, rows.snapshot!.length - 20)],
    ['a snapshot nested too deep to encode again', () => deepJsonUpdate(20_000)],
  ]

  it.each(plants)('(%s) keeps the board closed and its rows untouched', async (_name, broken) => {
    const server = await start()
    const { board } = await boardWithNotes(server, 3)
    const other = await createBoard(server)
    for (const client of clients.splice(0)) client.destroy()
    expect(await server.stop()).toBe(0)
    const planted = broken(storedRows(server.dataDir, board.id))
    plant(server.dataDir, 'UPDATE snapshots SET data = ? WHERE board_id = ?', planted, board.id)
    const before = storedRows(server.dataDir, board.id)

    const again = await start(server.dataDir)
    const anna = connectClient(again, board.id, board.editToken)
    clients.push(anna)
    // Closed with a code the stock client does not retry, and a reason a person can read.
    expect(await nextClose(anna)).toEqual({
      code: 4422,
      reason: 'board cannot be opened',
      staysAway: true,
    })
    expect(elementsMap(anna.doc).size).toBe(0)
    // Once more, so that a second load does not open it either.
    const viewer = connectClient(again, board.id, board.viewToken)
    clients.push(viewer)
    expect((await nextClose(viewer)).code).toBe(4422)
    // Other boards are not affected.
    const bystander = await join(again, other.id, other.editToken)
    createNote(bystander.doc, { x: 0, y: 0 })
    expect(again.output()).toMatch(/board cannot be opened: stored content does not apply/)

    for (const client of clients.splice(0)) client.destroy()
    expect(await again.stop()).toBe(0)
    expect(storedRows(server.dataDir, board.id)).toEqual(before)
  })
})

describe('meta.schemaVersion', () => {
  it('a client writing or deleting it is refused; nothing is stored and the board reopens', async () => {
    const server = await start()
    const { board, ids } = await boardWithNotes(server, 2)
    const ben = await join(server, board.id, board.viewToken)
    await ben.until((doc) => ids.every((id) => elementsMap(doc).has(id)), 'Ben to have the notes')
    const rowsBefore = storedRows(server.dataDir, board.id).updates.length

    const attacks: ((doc: Y.Doc) => void)[] = [
      (doc) => metaMap(doc).set('schemaVersion', -1),
      (doc) => metaMap(doc).set('schemaVersion', 99),
      (doc) => metaMap(doc).delete('schemaVersion'),
    ]
    for (const attack of attacks) {
      const mallory = await syncedClient(server, board.id, board.editToken)
      clients.push(mallory)
      const closed = nextClose(mallory)
      attack(mallory.doc)
      expect(await closed).toMatchObject({ code: 1008, reason: 'server-owned key' })
      mallory.destroy()
    }
    expect(storedRows(server.dataDir, board.id).updates).toHaveLength(rowsBefore)
    expect(readSchemaVersion(ben.doc)).toBe(SCHEMA_VERSION)

    for (const client of clients.splice(0)) client.destroy()
    expect(await server.stop()).toBe(0)
    const again = await start(server.dataDir)
    const anna = await join(again, board.id, board.editToken)
    expect(readSchemaVersion(anna.doc)).toBe(SCHEMA_VERSION)
    expect(elementsMap(anna.doc).size).toBe(2)
  })

  it('a board from a newer schema opens read-only and stays as it is', async () => {
    const server = await start()
    const { board } = await boardWithNotes(server, 2)
    for (const client of clients.splice(0)) client.destroy()
    expect(await server.stop()).toBe(0)
    // What a newer Werkraum would have written: the version above ours, as a stored update.
    const rows = storedRows(server.dataDir, board.id)
    const newer = storedDoc(rows)
    const sv = Y.encodeStateVector(newer)
    metaMap(newer).set('schemaVersion', SCHEMA_VERSION + 1)
    const seq = Math.max(0, ...rows.updates.map((u) => u.seq)) + 1
    const update = Y.encodeStateAsUpdate(newer, sv)
    plant(
      server.dataDir,
      'INSERT INTO updates (board_id, seq, data) VALUES (?, ?, ?)',
      board.id,
      seq,
      update,
    )
    const before = storedRows(server.dataDir, board.id)

    const again = await start(server.dataDir)
    const viewer = await join(again, board.id, board.viewToken)
    const anna = await join(again, board.id, board.editToken)
    expect(elementsMap(anna.doc).size).toBe(2)
    expect(readSchemaVersion(anna.doc)).toBe(SCHEMA_VERSION + 1)
    const closed = nextClose(anna)
    const refused = createNote(anna.doc, { x: 0, y: 0 })
    expect(await closed).toEqual({ code: 4409, reason: 'board read-only', staysAway: true })
    expect(elementsMap(viewer.doc).has(refused)).toBe(false)

    for (const client of clients.splice(0)) client.destroy()
    expect(await again.stop()).toBe(0)
    expect(storedRows(server.dataDir, board.id)).toEqual(before)
  })
})

describe('item counts', () => {
  it('a frame of 296,717 empty maps is refused without growing the server', async () => {
    const server = await start()
    const board = await createBoard(server)
    const anna = await join(server, board.id, board.editToken)
    const rssBefore = rssMiB(server)
    for (let i = 0; i < 4; i++) {
      const frame = emptyMapsUpdate(296_717, 10 + i, `junk${i}`)
      expect(await sendHostile(server, board.id, board.editToken, frame)).toEqual({
        code: 1009,
        reason: 'too many items',
      })
    }
    // Four such frames took the server from ~120 MiB to ~1.85 GiB before.
    expect(rssMiB(server) - rssBefore).toBeLessThan(64)
    const id = createNote(anna.doc, { x: 0, y: 0 })
    const late = await join(server, board.id, board.viewToken)
    await late.until((doc) => elementsMap(doc).has(id), 'the joiner to get the note')
  })

  it('a board at its cap refuses more with "board full" while reads and deletions go on', async () => {
    const server = await start(undefined, { MAX_BOARD_ITEMS: '1000' })
    const board = await createBoard(server)
    const anna = await join(server, board.id, board.editToken)
    const ben = await join(server, board.id, board.editToken)
    const closed = nextClose(anna)
    let full = false
    void closed.then(() => (full = true))
    const sent: string[] = []
    // Ten notes at a time (about 100 items), until the server says the board is full.
    while (!full && sent.length < 200) {
      anna.doc.transact(() => {
        for (let i = 0; i < 10; i++) sent.push(createNote(anna.doc, { x: sent.length, y: 0 }))
      })
      const last = sent.at(-1)!
      const arrived = ben.until((doc) => elementsMap(doc).has(last), 'Ben to get the notes')
      await Promise.race([closed, arrived])
      // Refused notes never arrive; that wait is over once the board is full.
      if (full) arrived.catch(() => {})
    }
    expect(await closed).toEqual({ code: 4413, reason: 'board full', staysAway: true })
    const onBoard = elementsMap(ben.doc).size
    expect(onBoard).toBeGreaterThan(50)
    expect(onBoard).toBeLessThan(sent.length)

    const reader = await join(server, board.id, board.viewToken)
    expect(elementsMap(reader.doc).size).toBe(onBoard)
    const removed = [...elementsMap(ben.doc).keys()][0]!
    elementsMap(ben.doc).delete(removed)
    await reader.until((doc) => !elementsMap(doc).has(removed), 'the deletion to arrive')

    for (const client of clients.splice(0)) client.destroy()
    expect(await server.stop()).toBe(0)
    const again = await start(server.dataDir)
    const after = await join(again, board.id, board.viewToken)
    expect(elementsMap(after.doc).size).toBe(onBoard - 1)
  })
})

describe('updates waiting for a missing dependency', () => {
  it('are stored not once while they wait, then once, and relayed then', async () => {
    const server = await start()
    const board = await createBoard(server)
    const ben = await join(server, board.id, board.viewToken)
    const rowsBefore = storedRows(server.dataDir, board.id).updates.length

    const mallory = new Y.Doc()
    const updates: Uint8Array[] = []
    mallory.on('update', (u: Uint8Array) => updates.push(u))
    createNote(mallory, { x: 0, y: 0, id: 'first' })
    createNote(mallory, { x: 0, y: 0, id: 'second' })
    const [first, second] = updates as [Uint8Array, Uint8Array]
    // A note of another client, sent after the rest: once it arrives, all before it was judged.
    const witness = new Y.Doc()
    createNote(witness, { x: 0, y: 0, id: 'witness' })

    const raw = rawClient(server, board.id, board.editToken)
    expect(await raw.outcome).toBe(101)
    // Again and again, as a client that reconnects resends it: it builds on a note the server
    // has never seen, so it is held (once: more copies than a connection may hold would close
    // it), and nothing of it is stored or relayed.
    for (let i = 0; i < 2 * MAX_HELD_UPDATES_PER_CONNECTION; i++) {
      raw.ws.send(encodeSyncUpdate(second))
    }
    raw.ws.send(encodeSyncUpdate(Y.encodeStateAsUpdate(witness)))
    await ben.until((doc) => elementsMap(doc).has('witness'), 'the witness note to arrive')
    const stored = (): number => storedRows(server.dataDir, board.id).updates.length - rowsBefore
    expect(stored()).toBe(1)
    expect(elementsMap(ben.doc).has('second')).toBe(false)
    // Its dependency arrives: then it is stored once and relayed.
    raw.ws.send(encodeSyncUpdate(first))
    await ben.until(
      (doc) => elementsMap(doc).has('first') && elementsMap(doc).has('second'),
      'both notes to arrive once the first is there',
    )
    expect(stored()).toBe(3)
    raw.ws.close()
  })
})

describe('assignment letters', () => {
  it('a client writing a RACI letter other than R, A, C or I is closed; nothing is stored or relayed', async () => {
    const server = await start()
    const board = await createBoard(server)
    const anna = await join(server, board.id, board.editToken)
    const person = createPerson(anna.doc, { x: 0, y: 0, name: 'Frau Berg' })
    const role = createRole(anna.doc, { x: 400, y: 0, catalogueId: 'cdo' })
    assignRole(anna.doc, { personId: person, roleId: role, raci: 'A' })
    const ben = await join(server, board.id, board.viewToken)
    const cell = assignmentId(person, role)
    await ben.until((doc) => assignmentsMap(doc).has(cell), 'Ben to have the assignment')
    const rowsBefore = storedRows(server.dataDir, board.id).updates.length

    const attacks: ((doc: Y.Doc) => void)[] = [
      (doc) => (assignmentsMap(doc).get(cell) as Y.Map<unknown>).set('raci', 'Z'),
      (doc) => (assignmentsMap(doc).get(cell) as Y.Map<unknown>).set('raci', 0),
      (doc) => {
        const forged = new Y.Map<unknown>()
        forged.set('personId', person)
        forged.set('roleId', role)
        forged.set('raci', 'X')
        assignmentsMap(doc).set(`${person}|other`, forged)
      },
    ]
    for (const attack of attacks) {
      const mallory = await syncedClient(server, board.id, board.editToken)
      clients.push(mallory)
      const closed = nextClose(mallory)
      attack(mallory.doc)
      expect(await closed).toMatchObject({ code: 1007, reason: 'invalid value' })
      mallory.destroy()
    }
    expect(storedRows(server.dataDir, board.id).updates).toHaveLength(rowsBefore)
    // A letter from the list still goes through, to everyone.
    assignRole(anna.doc, { personId: person, roleId: role, raci: 'C' })
    await ben.until(
      (doc) => (assignmentsMap(doc).get(cell) as Y.Map<unknown>).get('raci') === 'C',
      'Ben to see C',
    )
    expect(assignmentsMap(ben.doc).has(`${person}|other`)).toBe(false)
  })
})
