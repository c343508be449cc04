// Updates that wait for a missing dependency are held in memory, never stored or applied, and
// judged on their own once what they need arrives: the attacks a hostile edit link could build
// on Yjs's pending content, against the real server, each followed by proof that honest people
// go on and that a restart opens the board with everything it had.
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { SQLITE_FILE_NAME } from '../../server/store/index.ts'
import {
  MAX_HELD_UPDATES_PER_CONNECTION,
  MAX_HELD_UPDATES_PER_ROOM,
} from '../../server/sync/HeldUpdates.ts'
import { encodeSyncUpdate } from '../../server/sync/protocol.ts'
import { createNote } from '../../shared/ops/index.ts'
import { elementsMap, readSchemaVersion } from '../../shared/schema/doc.ts'
import type { CreateBoardResponse } from '../../shared/api.ts'
import { SCHEMA_VERSION } from '../../shared/schema/version.ts'
import {
  deleteRangeUpdate,
  emptyDeleteUpdate,
  hungDeepMapsUpdate,
  hungSchemaVersionUpdate,
  waitingUpdate,
} from '../helpers/hostileUpdates.ts'
import type { RunningServer } from '../helpers/startServer.ts'
import { testFleet } from '../helpers/testFleet.ts'
import { waitFor } from '../helpers/waitFor.ts'
import {
  connectClient,
  createBoard,
  rawClient,
  type RawClient,
  type YClient,
} from '../helpers/yclient.ts'

const fleet = testFleet()
const { clients, raws } = fleet

function start(dataDir?: string): Promise<RunningServer> {
  return fleet.start({ dataDir })
}

/**
 * Stops the server with nobody connected (SIGTERM, exit 0), starts it again on its data and
 * opens the board with the view link: what a restart kept. `stopped` looks at its output.
 */
async function restarted(
  server: RunningServer,
  board: CreateBoardResponse,
  stopped: (output: string) => void = () => {},
): Promise<YClient> {
  fleet.dropClients()
  expect(await server.stop()).toBe(0)
  stopped(server.output())
  const again = await start(server.dataDir)
  return join(again, board.id, board.viewToken)
}

function join(server: RunningServer, boardId: string, token: string): Promise<YClient> {
  return fleet.join(server, boardId, token)
}

async function openRaw(server: RunningServer, boardId: string, token: string): Promise<RawClient> {
  const raw = rawClient(server, boardId, token)
  raws.push(raw)
  expect(await raw.outcome).toBe(101)
  return raw
}

/** Rows in the board's update log. */
function storedUpdates(server: RunningServer, boardId: string): number {
  const db = new Database(path.join(server.dataDir, SQLITE_FILE_NAME), { readonly: true })
  try {
    const row = db.prepare('SELECT COUNT(*) AS n FROM updates WHERE board_id = ?').get(boardId)
    return (row as { n: number }).n
  } finally {
    db.close()
  }
}

let markers = 0
/**
 * Sends a harmless note of a client of its own after what `raw` sent before, and waits until
 * `witness` has it: frames of one connection are handled in order, so everything sent before
 * it has been judged (stored, held or refused) by then.
 */
async function marker(raw: RawClient, witness: YClient): Promise<void> {
  const doc = new Y.Doc()
  const id = createNote(doc, { x: 0, y: 0, id: `marker-${++markers}` })
  raw.ws.send(encodeSyncUpdate(Y.encodeStateAsUpdate(doc)))
  await witness.until((d) => elementsMap(d).has(id), 'the marker to arrive')
}

/**
 * A board with Anna editing and Ben reading it, both synced, and Anna's first note at Ben's:
 * the room every attack below starts from.
 */
async function annaAndBen(): Promise<{
  server: RunningServer
  board: CreateBoardResponse
  anna: YClient
  ben: YClient
  first: string
}> {
  const server = await start()
  const board = await createBoard(server)
  const anna = await join(server, board.id, board.editToken)
  const ben = await join(server, board.id, board.viewToken)
  const first = createNote(anna.doc, { x: 0, y: 0, text: 'vorher' })
  await ben.until((doc) => elementsMap(doc).has(first), 'Ben to get the first note')
  return { server, board, anna, ben, first }
}

/** The next clock of a person's client: where their next edit begins. */
function nextClock(client: YClient): { client: number; clock: number } {
  const id = client.doc.clientID
  return { client: id, clock: Y.getState(client.doc.store, id) }
}

/** Counts the closes a stock client sees. */
function countCloses(client: YClient): () => number {
  let closes = 0
  client.provider.on('connection-close', () => closes++)
  return () => closes
}

describe('a forbidden write hung on another person’s next clock', () => {
  it('never lands, and that person’s edits all reach the others and survive a restart', async () => {
    const { server, board, anna, ben, first } = await annaAndBen()
    const annaCloses = countCloses(anna)
    const notes = [first]
    const rowsBefore = storedUpdates(server, board.id)

    const mallory = await openRaw(server, board.id, board.editToken)
    mallory.ws.send(encodeSyncUpdate(hungSchemaVersionUpdate(nextClock(anna))))
    await marker(mallory, ben)
    // Held, not stored: only the marker is.
    expect(storedUpdates(server, board.id)).toBe(rowsBefore + 1)

    // Anna's next edit is what the write waited for; it and every later one get through.
    for (let i = 0; i < 5; i++) {
      const id = createNote(anna.doc, { x: i * 10, y: 50, text: `Anna ${i}` })
      notes.push(id)
      await ben.until((doc) => elementsMap(doc).has(id), `Ben to get Anna’s note ${i}`)
    }
    // The held write was judged on its own once it could land, and its sender closed.
    expect(await mallory.closed).toEqual({ code: 1008, reason: 'server-owned key' })
    expect(annaCloses()).toBe(0)
    expect(readSchemaVersion(ben.doc)).toBe(SCHEMA_VERSION)
    expect(storedUpdates(server, board.id)).toBe(rowsBefore + 1 + 5)

    for (const client of clients.splice(0)) client.destroy()
    expect(await server.stop()).toBe(0)
    const again = await start(server.dataDir)
    const reader = await join(again, board.id, board.viewToken)
    expect(readSchemaVersion(reader.doc)).toBe(SCHEMA_VERSION)
    expect([...elementsMap(reader.doc).keys()]).toEqual(expect.arrayContaining(notes))
  })
})

describe('nesting hung on another person’s next clock', () => {
  it('is refused on its own once it can land; that person’s edits get through', async () => {
    const { server, board, anna, ben, first } = await annaAndBen()
    const annaCloses = countCloses(anna)
    const rowsBefore = storedUpdates(server, board.id)

    // 32 maps inside whatever Anna’s next item holds: her next note’s map is 1 deep, so they
    // would nest past the limit of 32, but where they land is not known when they arrive.
    const mallory = await openRaw(server, board.id, board.editToken)
    mallory.ws.send(encodeSyncUpdate(hungDeepMapsUpdate(nextClock(anna), 32)))
    await marker(mallory, ben)
    expect(storedUpdates(server, board.id)).toBe(rowsBefore + 1)

    const notes = [first]
    for (let i = 0; i < 3; i++) {
      const id = createNote(anna.doc, { x: i * 10, y: 50 })
      notes.push(id)
      await ben.until((doc) => elementsMap(doc).has(id), `Ben to get Anna’s note ${i}`)
    }
    expect(await mallory.closed).toEqual({ code: 1007, reason: 'too deeply nested' })
    expect(annaCloses()).toBe(0)

    const reader = await restarted(server, board)
    expect([...elementsMap(reader.doc).keys()]).toEqual(expect.arrayContaining(notes))
  })
})

describe('a delete of another person’s future clocks', () => {
  it('does not delete their new notes when they arrive', async () => {
    const { server, board, anna, ben, first } = await annaAndBen()
    const rowsBefore = storedUpdates(server, board.id)

    const mallory = await openRaw(server, board.id, board.editToken)
    const { client, clock } = nextClock(anna)
    mallory.ws.send(encodeSyncUpdate(deleteRangeUpdate(client, clock, 1_000_000)))
    await marker(mallory, ben)
    expect(storedUpdates(server, board.id)).toBe(rowsBefore + 1)

    const notes = [first]
    for (let i = 0; i < 3; i++) {
      const id = createNote(anna.doc, { x: i * 10, y: 50 })
      notes.push(id)
      await ben.until((doc) => elementsMap(doc).has(id), `Ben to see Anna’s note ${i}`)
    }
    await marker(mallory, ben)
    expect(notes.every((id) => elementsMap(ben.doc).has(id))).toBe(true)

    const reader = await restarted(server, board)
    expect([...elementsMap(reader.doc).keys()]).toEqual(expect.arrayContaining(notes))
  })
})

describe('an empty delete of another person’s next clock', () => {
  it('is held, so the room neither throws nor stores what it cannot load', async () => {
    const { server, board, anna, ben, first } = await annaAndBen()
    const annaCloses = countCloses(anna)

    const mallory = await openRaw(server, board.id, board.editToken)
    mallory.ws.send(encodeSyncUpdate(emptyDeleteUpdate(nextClock(anna))))
    await marker(mallory, ben)
    const next = createNote(anna.doc, { x: 0, y: 50 })
    await ben.until((doc) => elementsMap(doc).has(next), 'Ben to get Anna’s next note')
    await marker(mallory, ben)
    expect(annaCloses()).toBe(0)

    const reader = await restarted(server, board, (output) =>
      expect(output).not.toMatch(/"level":"error"/),
    )
    expect([...elementsMap(reader.doc).keys()]).toEqual(expect.arrayContaining([first, next]))
  })
})

describe('holding bounds', () => {
  it('close a connection that floods held updates with 1013 while honest people go on', async () => {
    const { server, board, anna, ben } = await annaAndBen()
    const annaCloses = countCloses(anna)
    const rowsBefore = storedUpdates(server, board.id)

    const flooder = await openRaw(server, board.id, board.editToken)
    for (let i = 0; i <= MAX_HELD_UPDATES_PER_CONNECTION; i++) {
      flooder.ws.send(encodeSyncUpdate(waitingUpdate(100_000 + i)))
    }
    expect(await flooder.closed).toEqual({ code: 1013, reason: 'too much pending' })

    const id = createNote(anna.doc, { x: 0, y: 0 })
    await ben.until((doc) => elementsMap(doc).has(id), 'Ben to get Anna’s note')
    expect(annaCloses()).toBe(0)
    expect(storedUpdates(server, board.id)).toBe(rowsBefore + 1)
  })

  it('close the connection that would pass the room’s bound, not those already holding', async () => {
    const { server, board, anna, ben } = await annaAndBen()
    const holders: RawClient[] = []
    let client = 200_000
    for (let n = 0; n < MAX_HELD_UPDATES_PER_ROOM / MAX_HELD_UPDATES_PER_CONNECTION; n++) {
      const holder = await openRaw(server, board.id, board.editToken)
      for (let i = 0; i < MAX_HELD_UPDATES_PER_CONNECTION; i++) {
        holder.ws.send(encodeSyncUpdate(waitingUpdate(client++)))
      }
      await marker(holder, ben)
      holders.push(holder)
    }
    const last = await openRaw(server, board.id, board.editToken)
    last.ws.send(encodeSyncUpdate(waitingUpdate(client)))
    expect(await last.closed).toEqual({ code: 1013, reason: 'too much pending' })
    expect(holders.every((h) => h.ws.readyState === h.ws.OPEN)).toBe(true)

    const id = createNote(anna.doc, { x: 0, y: 0 })
    await ben.until((doc) => elementsMap(doc).has(id), 'Ben to get Anna’s note')
  })
})

describe('a held update whose sender disconnected', () => {
  it('is dropped, and the sender’s reconnect brings it in, stored once', async () => {
    const server = await start()
    const board = await createBoard(server)
    const ben = await join(server, board.id, board.viewToken)
    const rowsBefore = storedUpdates(server, board.id)

    // Anna's two edits; her old socket got only the second out before it died.
    const annaDoc = new Y.Doc()
    const updates: Uint8Array[] = []
    annaDoc.on('update', (u: Uint8Array) => updates.push(u))
    createNote(annaDoc, { x: 0, y: 0, id: 'first' })
    createNote(annaDoc, { x: 0, y: 0, id: 'second' })
    const [first, second] = updates as [Uint8Array, Uint8Array]
    const oldSocket = await openRaw(server, board.id, board.editToken)
    oldSocket.ws.send(encodeSyncUpdate(second))
    await marker(oldSocket, ben)
    oldSocket.ws.close()
    await waitFor(
      () => server.output().includes('dropping held updates of a closed connection'),
      'the held update to be dropped',
    )

    // Its dependency arrives from elsewhere: what was dropped stays dropped.
    const other = await openRaw(server, board.id, board.editToken)
    other.ws.send(encodeSyncUpdate(first))
    await ben.until((doc) => elementsMap(doc).has('first'), 'the first note to arrive')
    await marker(other, ben)
    expect(elementsMap(ben.doc).has('second')).toBe(false)
    const rowsBeforeReconnect = storedUpdates(server, board.id)
    expect(rowsBeforeReconnect).toBe(rowsBefore + 3)

    // Anna's browser reconnects: its sync step 2 carries what the server lacks.
    const anna = connectClient(server, board.id, board.editToken, annaDoc)
    clients.push(anna)
    await ben.until((doc) => elementsMap(doc).has('second'), 'the second note to arrive')
    expect(storedUpdates(server, board.id)).toBe(rowsBeforeReconnect + 1)
  })
})
