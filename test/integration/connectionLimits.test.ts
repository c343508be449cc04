// How many realtime sockets one client address may hold, against the real server with small
// limits: per board (/yjs) and in all (/yjs and socket.io together), refused with 429 before
// anything is sent, given back when a socket closes; behind a trusted proxy each client counts
// by its own address, and without one X-Forwarded-For changes nothing. Each test connects from
// its own loopback address (127.0.0.N), so that no test waits for the previous one's closes.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { CreateBoardResponse } from '../../shared/api.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { wsUpgrade, type WsUpgrade } from '../helpers/upgrades.ts'
import { createBoard } from '../helpers/yclient.ts'

const LIMITS = { MAX_CONNECTIONS_PER_ADDRESS: '4', MAX_BOARD_CONNECTIONS_PER_ADDRESS: '2' }
const CONTROL_PATH = '/socket.io/?EIO=4&transport=websocket'

let direct: RunningServer
let proxied: RunningServer
const open: WsUpgrade[] = []

beforeAll(async () => {
  ;[direct, proxied] = await Promise.all([
    startServer({ env: LIMITS }),
    startServer({ env: { ...LIMITS, TRUST_PROXY: 'loopback' } }),
  ])
})
afterAll(async () => {
  await Promise.all([direct?.cleanup(), proxied?.cleanup()])
})
let localAddress = '127.0.0.1'
let nextClient = 2
beforeEach(() => {
  localAddress = `127.0.0.${nextClient++}`
})
afterEach(() => {
  for (const client of open.splice(0)) client.ws.terminate()
})

function connect(
  server: RunningServer,
  path: string,
  headers: Record<string, string> = {},
): WsUpgrade {
  const client = wsUpgrade(server, path, { headers, localAddress })
  open.push(client)
  return client
}

function documentPath(board: CreateBoardResponse): string {
  return `/yjs/${board.id}?token=${board.viewToken}`
}

describe('one address', () => {
  it('may hold MAX_BOARD_CONNECTIONS_PER_ADDRESS document sockets on one board', async () => {
    const board = await createBoard(direct)
    const other = await createBoard(direct)
    expect(await connect(direct, documentPath(board)).outcome).toBe(101)
    expect(await connect(direct, documentPath(board)).outcome).toBe(101)
    const refused = connect(direct, documentPath(board))
    expect(await refused.outcome).toBe(429)
    expect(refused.received).toEqual([])
    expect(await connect(direct, documentPath(other)).outcome).toBe(101)
  })

  it('may hold MAX_CONNECTIONS_PER_ADDRESS realtime sockets in all, socket.io included', async () => {
    const [a, b] = await Promise.all([createBoard(direct), createBoard(direct)])
    expect(await connect(direct, documentPath(a)).outcome).toBe(101)
    expect(await connect(direct, documentPath(b)).outcome).toBe(101)
    expect(await connect(direct, CONTROL_PATH).outcome).toBe(101)
    expect(await connect(direct, CONTROL_PATH).outcome).toBe(101)
    expect(await connect(direct, CONTROL_PATH).outcome).toBe(429)
    expect(await connect(direct, documentPath(a)).outcome).toBe(429)
  })

  it('gets its place back when a socket closes', async () => {
    const board = await createBoard(direct)
    const first = connect(direct, documentPath(board))
    expect(await first.outcome).toBe(101)
    expect(await connect(direct, documentPath(board)).outcome).toBe(101)
    expect(await connect(direct, documentPath(board)).outcome).toBe(429)
    first.ws.terminate()
    await first.closed
    // The server may see the close a moment after the client: ask again until it has.
    let outcome = 0
    for (let attempt = 0; attempt < 50 && outcome !== 101; attempt++) {
      outcome = await connect(direct, documentPath(board)).outcome
    }
    expect(outcome).toBe(101)
  })

  it('cannot escape the limit with X-Forwarded-For when no proxy is trusted', async () => {
    const board = await createBoard(direct)
    for (const client of ['198.51.100.1', '198.51.100.2']) {
      const headers = { 'X-Forwarded-For': client }
      expect(await connect(direct, documentPath(board), headers).outcome).toBe(101)
    }
    const headers = { 'X-Forwarded-For': '198.51.100.3' }
    expect(await connect(direct, documentPath(board), headers).outcome).toBe(429)
  })
})

describe('behind a trusted proxy (TRUST_PROXY)', () => {
  it('counts each client by the address the proxy names, as the HTTP rate limit does', async () => {
    const board = await createBoard(proxied)
    const anna = { 'X-Forwarded-For': '198.51.100.1' }
    const ben = { 'X-Forwarded-For': '198.51.100.2' }
    expect(await connect(proxied, documentPath(board), anna).outcome).toBe(101)
    expect(await connect(proxied, documentPath(board), anna).outcome).toBe(101)
    expect(await connect(proxied, documentPath(board), anna).outcome).toBe(429)
    expect(await connect(proxied, documentPath(board), ben).outcome).toBe(101)
    // The proxy itself (no header) is one more client.
    expect(await connect(proxied, documentPath(board)).outcome).toBe(101)
  })
})
