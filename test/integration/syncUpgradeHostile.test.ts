// Upgrades nobody should send, against the real server: paths that neither plane takes, sockets
// reset in the middle, a request that would stay unanswered. One socket's trouble must close that
// socket and never the process: after every attack the server still answers /healthz and a
// board still syncs between two people.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreateBoardResponse } from '../../shared/api.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { statusOf, tcpUpgrade, wsUpgrade } from '../helpers/upgrades.ts'
import { createBoard, syncedClient } from '../helpers/yclient.ts'

/** Paths that engine.io does not take (its raw prefix is `/socket.io/`) but look like its own. */
const CONTROL_LOOKALIKES = [
  '/socket.io',
  '/socket.io?EIO=4&transport=websocket',
  '/x/../socket.io/',
  '/SOCKET.IO/?EIO=4&transport=websocket',
  '/x/../yjs/abc?token=x',
]

/** How long a broken server gets to answer before the attack goes on regardless. */
const ANSWER_BOUND_MS = 1500

let server: RunningServer
let board: CreateBoardResponse

beforeAll(async () => {
  server = await startServer()
  board = await createBoard(server)
})
afterAll(async () => {
  await server?.cleanup()
})

/** The answer to an attack, or '' when none came within the bound (the socket stays open). */
function answerWithin(answered: Promise<string>, ms: number): Promise<string> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const silence = new Promise<string>((resolve) => (timer = setTimeout(() => resolve(''), ms)))
  return Promise.race([answered, silence]).finally(() => clearTimeout(timer))
}

async function expectServing(): Promise<void> {
  expect(server.child.exitCode).toBeNull()
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  const a = await syncedClient(server, board.id, board.editToken)
  const b = await syncedClient(server, board.id, board.viewToken)
  const key = `k${Math.random()}`
  a.doc.getMap('meta').set(key, 1)
  await b.until((doc) => doc.getMap('meta').get(key) === 1, 'the edit to arrive')
  a.destroy()
  b.destroy()
}

describe('an upgrade that neither plane takes', () => {
  it.each(CONTROL_LOOKALIKES)('is answered 404 at once and survives a reset: %s', async (path) => {
    const attack = tcpUpgrade(server.port, path)
    const answer = await answerWithin(attack.answered, ANSWER_BOUND_MS)
    attack.socket.resetAndDestroy()
    expect(statusOf(answer)).toBe(404)
    await attack.closed
    await expectServing()
  })

  it.each(CONTROL_LOOKALIKES)('is not held open: %s', async (path) => {
    const started = Date.now()
    const held = tcpUpgrade(server.port, path)
    expect(statusOf(await answerWithin(held.answered, ANSWER_BOUND_MS))).toBe(404)
    await held.closed
    expect(Date.now() - started).toBeLessThan(ANSWER_BOUND_MS)
    expect(server.child.exitCode).toBeNull()
  })
})

describe('a reset in the middle', () => {
  it('of a refused document upgrade, of a handshake and of open sockets of both planes', async () => {
    const resets = [
      tcpUpgrade(server.port, `/yjs/${board.id}?token=wrong`),
      tcpUpgrade(server.port, `/yjs/${board.id}?token=${board.editToken}`),
      tcpUpgrade(server.port, '/socket.io/?EIO=4&transport=websocket'),
      tcpUpgrade(server.port, '/socket.io/?EIO=4&transport=polling'),
      tcpUpgrade(server.port, '/socket.io/?EIO=3&transport=websocket&sid=unknown'),
    ]
    for (const attack of resets) {
      await answerWithin(attack.answered, ANSWER_BOUND_MS)
      attack.socket.resetAndDestroy()
    }
    // Reset before the request is complete, and right after sending it.
    const early = tcpUpgrade(server.port, `/yjs/${board.id}?token=${board.editToken}`)
    early.socket.resetAndDestroy()
    await Promise.all([...resets, early].map((attack) => attack.closed))
    await expectServing()
  })

  it('of a plain HTTP request, malformed or cut off in its body', async () => {
    const garbage = tcpUpgrade(server.port, '/\u0000bad path')
    await answerWithin(garbage.answered, ANSWER_BOUND_MS)
    garbage.socket.resetAndDestroy()
    const cut = tcpUpgrade(server.port, '/api/boards', { 'Content-Length': '1000' })
    cut.socket.write('{"title":"')
    cut.socket.resetAndDestroy()
    await Promise.all([garbage.closed, cut.closed])
    await expectServing()
  })

  it('of control sockets after frames that are not socket.io packets', async () => {
    const frames = ['4{', '40{"boardId":', '2probe', '\u0000', '451-["x",{"_placeholder":true}]']
    for (const frame of frames) {
      const client = wsUpgrade(server, '/socket.io/?EIO=4&transport=websocket')
      // engine.io's open packet: the handshake is done, what follows reaches socket.io.
      await new Promise((resolve) => client.ws.once('message', resolve))
      client.ws.send(frame)
      client.ws.send(Buffer.from([0xff, 0x00, 0x01]))
      await answerWithin(
        client.closed.then(() => 'closed'),
        ANSWER_BOUND_MS,
      )
      client.ws.terminate()
    }
    await expectServing()
  })

  it('of many open document sockets at once', async () => {
    const open = Array.from({ length: 20 }, () =>
      wsUpgrade(server, `/yjs/${board.id}?token=${board.viewToken}`),
    )
    expect(await Promise.all(open.map((client) => client.outcome))).toEqual(open.map(() => 101))
    for (const client of open) client.ws.terminate()
    await expectServing()
  })
})
