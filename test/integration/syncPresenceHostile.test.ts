// Presence under attack, over the real server: a view link that floods awareness with millions
// of client ids, sends states too large or too fast, fills the room, or sends states for someone
// else's client id. The server stays small, the flooder is closed, and honest people keep seeing
// each other, with their own names.
import { readFileSync } from 'node:fs'
import * as encoding from 'lib0/encoding'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { AWARENESS_MAX_STATE_BYTES } from '../../server/sync/awareness/AwarenessStates.ts'
import { decodeClientMessage } from '../../server/sync/protocol.ts'
import { CLOSE_POLICY_VIOLATION } from '../../shared/protocol/sync.ts'
import {
  AWARENESS_GREETING_CHUNK_BYTES,
  AWARENESS_IDS_PER_CONNECTION,
} from '../../server/sync/awareness/RoomAwareness.ts'
import { readPresence, type PresenceState } from '../../shared/presence.ts'
import { PRESENCE_COLORS } from '../../shared/presenceColors.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { until } from '../helpers/waitFor.ts'
import {
  createBoard,
  rawClient,
  syncedClient,
  type RawClient,
  type YClient,
} from '../helpers/yclient.ts'
import { presenceState } from '../helpers/presenceState.ts'

/** A small room limit, so that filling the room takes a few sockets, not hundreds. */
const ROOM_LIMIT = 40

let server: RunningServer
const clients: YClient[] = []
const sockets: RawClient[] = []

beforeAll(async () => {
  server = await startServer({ env: { PRESENCE_MAX_PER_ROOM: String(ROOM_LIMIT) } })
})
afterAll(async () => {
  await server?.cleanup()
})
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy()
  for (const socket of sockets.splice(0)) socket.ws.terminate()
})

async function join(boardId: string, token: string): Promise<YClient> {
  const client = await syncedClient(server, boardId, token)
  clients.push(client)
  return client
}

async function raw(boardId: string, token: string): Promise<RawClient> {
  const socket = rawClient(server, boardId, token)
  sockets.push(socket)
  expect(await socket.outcome).toBe(101)
  return socket
}

function state(name: string, patch: Partial<PresenceState> = {}): PresenceState {
  return presenceState(name, 'view', patch)
}

/** An awareness message: [client id, clock, state JSON text] per entry. */
function awarenessFrame(entries: Iterable<[number, number, string]>): Uint8Array {
  const list = [...entries]
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, list.length)
  for (const [clientId, clock, json] of list) {
    encoding.writeVarUint(encoder, clientId)
    encoding.writeVarUint(encoder, clock)
    encoding.writeVarString(encoder, json)
  }
  const frame = encoding.createEncoder()
  encoding.writeVarUint(frame, 1)
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(encoder))
  return encoding.toUint8Array(frame)
}

/** `count` made-up client ids from `first` on, each with a tiny state (8 bytes an entry). */
function* manyIds(first: number, count: number): Iterable<[number, number, string]> {
  for (let i = 0; i < count; i++) yield [first + i, 1, '{}']
}

/** The server's resident memory now, in MiB. */
function serverRssMiB(): number {
  const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024
}

/** The first awareness message (type 1) a raw socket receives. */
async function firstAwareness(socket: RawClient): Promise<Uint8Array> {
  const find = (): Uint8Array | undefined => socket.received.find((frame) => frame[0] === 1)
  await until(socket.ws, 'message', () => find() !== undefined, 'an awareness message')
  return find()!
}

function seesName(observer: YClient, clientId: number, name: string): boolean {
  return readPresence(observer.provider.awareness.getStates().get(clientId))?.user.name === name
}

describe('a view link flooding presence', () => {
  it('sends 2 M client ids in 10 frames: it is closed, the server stays small, people still see each other', async () => {
    const board = await createBoard(server)
    const anna = await join(board.id, board.editToken)
    const ben = await join(board.id, board.editToken)
    const rssBefore = serverRssMiB()
    const flooder = await raw(board.id, board.viewToken)
    for (let frame = 0; frame < 10; frame++) {
      flooder.ws.send(awarenessFrame(manyIds(1000 + frame * 200_000, 200_000)))
    }
    expect((await flooder.closed).code).toBe(CLOSE_POLICY_VIOLATION)

    // A real participant's state arrives, as fast as in a quiet room.
    const sentAt = Date.now()
    anna.provider.awareness.setLocalState({ ...state('Anna', { cursor: { x: 1, y: 2 } }) })
    await until(
      ben.provider.awareness,
      'change',
      () => seesName(ben, anna.doc.clientID, 'Anna'),
      'Ben to see Anna',
      2000,
    )
    expect(Date.now() - sentAt).toBeLessThan(1000)
    // The ids were not kept: the server grew by less than the 16 MB it was sent.
    expect(serverRssMiB() - rssBefore).toBeLessThan(64)

    // A joiner's greeting holds the real people only.
    const joiner = await raw(board.id, board.viewToken)
    const greeting = await firstAwareness(joiner)
    expect(greeting.length).toBeLessThan(1024)
  })

  it('sends client ids a few at a time: it is closed past its share, at once', async () => {
    const board = await createBoard(server)
    const flooder = await raw(board.id, board.viewToken)
    for (let frame = 0; frame < 100; frame++) {
      flooder.ws.send(awarenessFrame(manyIds(5000 + frame * 3, 3)))
    }
    const closed = await flooder.closed
    expect(closed).toEqual({ code: CLOSE_POLICY_VIOLATION, reason: 'too many presence ids' })
  })

  it('sends states too fast or too large: it is closed', async () => {
    const board = await createBoard(server)
    const fast = await raw(board.id, board.viewToken)
    // One id, far faster than any browser: frames within the room's entry limit, 600 states.
    for (let frame = 0; frame < 20; frame++) {
      fast.ws.send(
        awarenessFrame(Array.from({ length: 30 }, (_, i) => [7, frame * 30 + i + 1, '{}'])),
      )
    }
    expect(await fast.closed).toEqual({ code: CLOSE_POLICY_VIOLATION, reason: 'presence flood' })

    const large = await raw(board.id, board.viewToken)
    const name = 'x'.repeat(9 * 1024)
    large.ws.send(awarenessFrame([[8, 1, JSON.stringify(state(name))]]))
    expect(await large.closed).toEqual({
      code: CLOSE_POLICY_VIOLATION,
      reason: 'awareness state too large',
    })
  })

  it('fills the room with ids from many sockets: people already there keep seeing each other', async () => {
    const board = await createBoard(server)
    const anna = await join(board.id, board.editToken)
    const ben = await join(board.id, board.editToken)
    anna.provider.awareness.setLocalState({ ...state('Anna') })
    await until(
      ben.provider.awareness,
      'change',
      () => seesName(ben, anna.doc.clientID, 'Anna'),
      'Ben to see Anna',
    )

    // Twice the room's limit, each socket within its own share.
    const flooders = await Promise.all(
      Array.from({ length: (2 * ROOM_LIMIT) / AWARENESS_IDS_PER_CONNECTION }, () =>
        raw(board.id, board.viewToken),
      ),
    )
    flooders.forEach((flooder, n) => {
      flooder.ws.send(awarenessFrame(manyIds(90_000 + n * 10, AWARENESS_IDS_PER_CONNECTION)))
    })
    await until(
      ben.provider.awareness,
      'change',
      () => ben.provider.awareness.getStates().size > ROOM_LIMIT,
      'the room to fill',
    )

    anna.provider.awareness.setLocalState({ ...state('Anna', { cursor: { x: 9, y: 9 } }) })
    await until(
      ben.provider.awareness,
      'change',
      () =>
        readPresence(ben.provider.awareness.getStates().get(anna.doc.clientID))?.cursor?.x === 9,
      "Ben to see Anna's cursor move",
    )
    // The room kept no more ids than its limit: a joiner's greeting is bounded by it.
    const joiner = await raw(board.id, board.viewToken)
    const greeting = await firstAwareness(joiner)
    // Ben's own state is in his map but was never the server's (a stock client starts at clock 0).
    const othersBenSees = [...ben.provider.awareness.getStates().keys()].filter(
      (id) => id !== ben.doc.clientID,
    )
    expect(othersBenSees).toHaveLength(ROOM_LIMIT)
    expect(greeting.length).toBeLessThan(ROOM_LIMIT * 200)
  })
})

describe('a joiner of a room full of large states', () => {
  it('gets them in messages of bounded size, not in one', async () => {
    const board = await createBoard(server)
    const large = (n: number): string =>
      JSON.stringify(state(`Person ${n}`, { selection: [] })).replace(
        '"selection":[]',
        `"selection":[${Array.from({ length: 100 }, () => `"${'x'.repeat(64)}"`).join(',')}]`,
      )
    expect(large(0).length).toBeLessThan(AWARENESS_MAX_STATE_BYTES)
    // Edit links: the server keeps an editor's selection (a viewer's it drops, which would make
    // these states small).
    const senders = await Promise.all(
      Array.from({ length: ROOM_LIMIT / AWARENESS_IDS_PER_CONNECTION }, () =>
        raw(board.id, board.editToken),
      ),
    )
    senders.forEach((sender, n) => {
      const ids = Array.from({ length: AWARENESS_IDS_PER_CONNECTION }, (_, i) => n * 10 + i + 1)
      sender.ws.send(awarenessFrame(ids.map((id) => [id, 1, large(id)])))
    })
    // A stock client's view of the room: every sender's states arrived.
    const observer = await join(board.id, board.viewToken)
    await until(
      observer.provider.awareness,
      'change',
      () => observer.provider.awareness.getStates().size > ROOM_LIMIT,
      'every large state to arrive',
    )

    const joiner = await raw(board.id, board.viewToken)
    const greeting = (): Uint8Array[] => joiner.received.filter((frame) => frame[0] === 1)
    const statesIn = (frames: Uint8Array[]): number =>
      frames.reduce((sum, frame) => {
        const message = decodeClientMessage(frame)
        return sum + (message.kind === 'awareness' ? message.entries.length : 0)
      }, 0)
    await until(joiner.ws, 'message', () => statesIn(greeting()) >= ROOM_LIMIT, 'the greeting')
    expect(greeting().length).toBeGreaterThan(1)
    for (const frame of greeting()) {
      expect(frame.length).toBeLessThan(AWARENESS_GREETING_CHUNK_BYTES + AWARENESS_MAX_STATE_BYTES)
    }
  })
})

describe("a view link sending someone else's presence", () => {
  it('cannot rename, freeze or remove a live person', async () => {
    const board = await createBoard(server)
    const anna = await join(board.id, board.editToken)
    const ben = await join(board.id, board.editToken)
    const annaId = anna.doc.clientID
    anna.provider.awareness.setLocalState({ ...state('Anna', { right: 'edit' }) })
    await until(
      ben.provider.awareness,
      'change',
      () => seesName(ben, annaId, 'Anna'),
      'Ben to see Anna',
    )
    const namesBenSaw = new Set<string>()
    ben.provider.awareness.on('change', () => {
      const name = readPresence(ben.provider.awareness.getStates().get(annaId))?.user.name
      namesBenSaw.add(name ?? '(gone)')
    })

    // Mallory takes Anna's id with a far newer clock, then removes it.
    const mallory = await raw(board.id, board.viewToken)
    const clock = anna.provider.awareness.meta.get(annaId)!.clock
    mallory.ws.send(awarenessFrame([[annaId, clock + 100, JSON.stringify(state('Mallory'))]]))
    mallory.ws.send(awarenessFrame([[annaId, clock + 101, 'null']]))
    mallory.ws.send(awarenessFrame([[annaId, clock, 'null']]))

    // Anna answers the server's ping, so she keeps her id: her next move (a lower clock than
    // Mallory's) is still hers, and Ben never saw anything else.
    anna.provider.awareness.setLocalState({
      ...state('Anna', { right: 'edit', cursor: { x: 3, y: 4 } }),
    })
    await until(
      ben.provider.awareness,
      'change',
      () => readPresence(ben.provider.awareness.getStates().get(annaId))?.cursor?.x === 3,
      "Ben to see Anna's move",
    )
    // A joiner after the probe settled sees Anna too.
    const carla = await join(board.id, board.viewToken)
    await until(
      carla.provider.awareness,
      'change',
      () => seesName(carla, annaId, 'Anna'),
      'Carla to see Anna',
    )
    anna.provider.awareness.setLocalState({
      ...state('Anna', { right: 'edit', cursor: { x: 5, y: 6 } }),
    })
    await until(
      ben.provider.awareness,
      'change',
      () => readPresence(ben.provider.awareness.getStates().get(annaId))?.cursor?.x === 5,
      "Ben to see Anna's next move",
    )
    expect([...namesBenSaw]).toEqual(['Anna'])
    expect(mallory.ws.readyState).toBe(mallory.ws.OPEN)
  })
})

describe('what the server decides in a presence state', () => {
  it("strips a view link's selection and typing, and sets its right, for everyone present and joining", async () => {
    const board = await createBoard(server)
    const ben = await join(board.id, board.editToken)
    const spy = await raw(board.id, board.viewToken)
    const claimed = state('Vera', {
      right: 'facilitate',
      selection: ['n1', 'n2'],
      editing: 'n1',
      cursor: { x: 3, y: 4 },
    })
    spy.ws.send(awarenessFrame([[4242, 1, JSON.stringify(claimed)]]))
    await until(
      ben.provider.awareness,
      'change',
      () => seesName(ben, 4242, 'Vera'),
      'Ben to see Vera',
    )
    const seen = ben.provider.awareness.getStates().get(4242)
    expect(seen).not.toHaveProperty('selection')
    expect(seen).not.toHaveProperty('editing')
    expect(seen).toMatchObject({ right: 'view', cursor: { x: 3, y: 4 } })

    // Someone joining later gets it from the greeting, as stripped.
    const cem = await join(board.id, board.editToken)
    await until(
      cem.provider.awareness,
      'change',
      () => seesName(cem, 4242, 'Vera'),
      'Cem to see Vera',
    )
    expect(cem.provider.awareness.getStates().get(4242)).not.toHaveProperty('selection')
    expect(readPresence(cem.provider.awareness.getStates().get(4242))?.selection).toEqual([])
  })

  it('gives twelve people twelve colours, and nobody the colour of someone present', async () => {
    const board = await createBoard(server)
    const watcher = await join(board.id, board.viewToken)
    const people = await Promise.all(
      Array.from({ length: 12 }, () => join(board.id, board.editToken)),
    )
    // Everyone asks for the same colour, the one the first person got.
    people.forEach((person, i) => {
      person.provider.awareness.setLocalState({ ...presenceState(`Person ${i}`, 'edit') })
    })
    const colors = (): string[] =>
      people.map(
        (p) =>
          readPresence(watcher.provider.awareness.getStates().get(p.doc.clientID))?.user.color ??
          '',
      )
    await until(
      watcher.provider.awareness,
      'change',
      () => colors().every((c) => c !== ''),
      'the watcher to see all twelve',
    )
    expect(new Set(colors()).size).toBe(12)
    expect(colors().every((c) => (PRESENCE_COLORS as readonly string[]).includes(c))).toBe(true)

    // Each browser was told its colour: its own state says what the others see.
    await until(
      watcher.provider.awareness,
      'change',
      () =>
        people.every(
          (p, i) => readPresence(p.provider.awareness.getLocalState())?.user.color === colors()[i],
        ),
      'each person to know their colour',
    )
  })
})
