// Presence as Werkraum sends it, over the real server and the stock y-websocket client: a view
// link's state reaches the others intact, and a burst of cursor moves arrives batched.
import type { Duplex } from 'node:stream'
import * as encoding from 'lib0/encoding'
import type { WebSocket as WsClient } from 'ws'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { sendOwnAwarenessOnly } from '../../client/src/lib/sync/ownAwareness.ts'
import { AWARENESS_PROBE_MS } from '../../server/sync/awareness/RoomAwareness.ts'
import { readPresence, type PresenceState } from '../../shared/presence.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { until } from '../helpers/waitFor.ts'
import { createBoard, rawClient, syncedClient, type YClient } from '../helpers/yclient.ts'
import { PRESENCE_COLORS } from '../../shared/presenceColors.ts'
import { presenceState } from '../helpers/presenceState.ts'

let server: RunningServer
const clients: YClient[] = []

beforeAll(async () => {
  server = await startServer()
})
afterAll(async () => {
  await server?.cleanup()
})
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy()
})

async function join(boardId: string, token: string): Promise<YClient> {
  const client = await syncedClient(server, boardId, token)
  clients.push(client)
  return client
}

function presenceOf(observer: YClient, of: YClient): PresenceState | null {
  return readPresence(observer.provider.awareness.getStates().get(of.doc.clientID))
}

function state(name: string, patch: Partial<PresenceState> = {}): PresenceState {
  return presenceState(name, 'edit', patch)
}

describe('presence over the realtime server', () => {
  it('a view link shows its name, cursor and view to the others', async () => {
    const board = await createBoard(server)
    const anna = await join(board.id, board.editToken)
    const carla = await join(board.id, board.viewToken)
    const sent = state('Carla', {
      right: 'view',
      cursor: { x: 120, y: -40 },
      view: { x: 0, y: 0, w: 1280, h: 720 },
    })
    carla.provider.awareness.setLocalState({ ...sent })
    await until(
      anna.provider.awareness,
      'change',
      () => presenceOf(anna, carla) !== null,
      'Anna to see Carla',
    )
    expect(presenceOf(anna, carla)).toEqual(sent)
  })

  it('a burst of cursor moves reaches the others in a few batched messages, the last one intact', async () => {
    const board = await createBoard(server)
    const anna = await join(board.id, board.editToken)
    const ben = await join(board.id, board.editToken)
    const carla = await join(board.id, board.viewToken)
    let messagesFromOthers = 0
    ben.provider.awareness.on('update', (_changes: unknown, origin: unknown) => {
      if (origin !== 'local') messagesFromOthers++
    })

    // Two people move at once, far faster than the 40 ms tick: 2 × 50 states.
    for (let i = 0; i < 50; i++) {
      anna.provider.awareness.setLocalState({ ...state('Anna', { cursor: { x: i, y: 0 } }) })
      carla.provider.awareness.setLocalState({
        ...state('Carla', { right: 'view', cursor: { x: 0, y: i } }),
      })
    }
    await until(
      ben.provider.awareness,
      'change',
      () => presenceOf(ben, anna)?.cursor?.x === 49 && presenceOf(ben, carla)?.cursor?.y === 49,
      'Ben to see both last positions',
    )
    // Unbatched, Ben would get 100 messages; per tick he gets one with everyone who moved.
    expect(messagesFromOthers).toBeLessThanOrEqual(10)
  })

  it('a Werkraum client sends only its own state, not the ones it receives', async () => {
    const board = await createBoard(server)
    const anna = await join(board.id, board.editToken)
    const ben = await join(board.id, board.editToken)
    const stock = await join(board.id, board.editToken)
    sendOwnAwarenessOnly(anna.provider)
    sendOwnAwarenessOnly(ben.provider)
    const benSent = awarenessFramesSent(ben)
    const stockSent = awarenessFramesSent(stock)

    for (let i = 0; i < 20; i++) {
      anna.provider.awareness.setLocalState({ ...state('Anna', { cursor: { x: i, y: 0 } }) })
      await until(
        stock.provider.awareness,
        'change',
        () => presenceOf(stock, anna)?.cursor?.x === i && presenceOf(ben, anna)?.cursor?.x === i,
        `both to see Anna at ${i}`,
      )
    }
    expect(benSent()).toBe(0)
    // The stock provider sends back what it applied: what Werkraum's client no longer does.
    expect(stockSent()).toBeGreaterThanOrEqual(20)

    // A colour nobody has: the server gives it as asked and has nothing to tell Ben back.
    const free = { name: 'Ben', color: PRESENCE_COLORS[0] }
    ben.provider.awareness.setLocalState({
      ...state('Ben', { user: free, cursor: { x: 5, y: 5 } }),
    })
    await until(
      anna.provider.awareness,
      'change',
      () => presenceOf(anna, ben)?.cursor?.x === 5,
      'Anna to see Ben',
    )
    expect(benSent()).toBe(1)
  })
})

describe('a browser that reconnects', () => {
  it('gets its presence back on a new socket while the old one is silently dead', async () => {
    const board = await createBoard(server)
    const ben = await join(board.id, board.editToken)
    const oldSocket = rawClient(server, board.id, board.editToken)
    const newSocket = rawClient(server, board.id, board.editToken)
    await Promise.all([oldSocket.outcome, newSocket.outcome])
    // The old socket carried Anna's state (77) and a second tab's (78).
    oldSocket.ws.send(
      awarenessFrame([
        [77, 1, state('Anna')],
        [78, 1, state('Anna, Tab 2')],
      ]),
    )
    await until(
      ben.provider.awareness,
      'change',
      () => ben.provider.awareness.getStates().has(78),
      'Ben to see both',
    )
    // The laptop lid closed: the old socket reads nothing more (so it answers no ping), but the
    // server has not noticed yet. Anna's browser reconnected: her state comes over the new socket.
    socketOf(oldSocket.ws).pause()
    const claimedAt = Date.now()
    newSocket.ws.send(awarenessFrame([[77, 2, state('Anna', { cursor: { x: 5, y: 5 } })]]))
    // The server pings the old owner; silent, it is dropped: 78 leaves, Anna comes over the new one.
    await until(
      ben.provider.awareness,
      'change',
      () =>
        readPresence(ben.provider.awareness.getStates().get(77))?.cursor?.x === 5 &&
        !ben.provider.awareness.getStates().has(78),
      'Ben to see Anna over the new socket, and the second tab gone',
    )
    expect(Date.now() - claimedAt).toBeLessThan(AWARENESS_PROBE_MS + 1000)
    expect(readPresence(ben.provider.awareness.getStates().get(77))?.user.name).toBe('Anna')
    oldSocket.ws.terminate()
    newSocket.ws.close()
  })
})

describe('a Werkraum client that reconnects', () => {
  it('sends its state again with a newer clock, so the server takes it as news', async () => {
    const board = await createBoard(server)
    const anna = await join(board.id, board.editToken)
    const ben = await join(board.id, board.editToken)
    sendOwnAwarenessOnly(anna.provider)
    anna.provider.awareness.setLocalState({ ...state('Anna') })
    const annaId = anna.doc.clientID
    const clockBenSees = (): number => ben.provider.awareness.meta.get(annaId)?.clock ?? -1
    await until(ben.provider.awareness, 'change', () => clockBenSees() >= 1, 'Ben to see Anna')
    const before = clockBenSees()

    anna.provider.disconnect()
    // Ben sees Anna leave with her socket, then come back with a newer clock.
    await until(
      ben.provider.awareness,
      'change',
      () => !ben.provider.awareness.getStates().has(annaId),
      'Anna to leave',
    )
    anna.provider.connect()
    await until(
      ben.provider.awareness,
      'update',
      () => clockBenSees() > before && ben.provider.awareness.getStates().has(annaId),
      'Anna back with a newer clock',
    )
    expect(readPresence(ben.provider.awareness.getStates().get(annaId))?.user.name).toBe('Anna')
  })
})

/** The TCP socket under a `ws` client (its `_socket`, not in the typings). */
function socketOf(ws: WsClient): Duplex {
  return (ws as unknown as { _socket: Duplex })._socket
}

/** An awareness message as a client sends it: [client id, clock, state] per entry. */
function awarenessFrame(entries: [number, number, PresenceState][]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const [clientId, clock, presence] of entries) {
    encoding.writeVarUint(encoder, clientId)
    encoding.writeVarUint(encoder, clock)
    encoding.writeVarString(encoder, JSON.stringify(presence))
  }
  const frame = encoding.createEncoder()
  encoding.writeVarUint(frame, 1)
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(encoder))
  return encoding.toUint8Array(frame)
}

/** Counts the awareness frames (type 1) a client sends from now on. */
function awarenessFramesSent(client: YClient): () => number {
  const ws = client.provider.ws
  if (ws === null) throw new Error('not connected')
  let count = 0
  const send = ws.send.bind(ws)
  ws.send = (data: Parameters<WebSocket['send']>[0]) => {
    if (data instanceof Uint8Array && data[0] === 1) count++
    send(data)
  }
  return () => count
}
