// The token on the realtime socket travels as a WebSocket subprotocol, not in the URL that
// proxies log: the stock y-websocket provider with `protocols` (as Werkraum's browser uses it)
// syncs, the server answers with the plain `werkraum` and never sends the token back, and
// `?token=` keeps working for third-party clients.
import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreateBoardResponse } from '../../shared/api.ts'
import { SYNC_SUBPROTOCOL, syncSubprotocols } from '../../shared/protocol/syncToken.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { wsUpgrade } from '../helpers/upgrades.ts'
import { until } from '../helpers/waitFor.ts'
import { createBoard, syncedClient } from '../helpers/yclient.ts'

let server: RunningServer
let board: CreateBoardResponse

beforeAll(async () => {
  server = await startServer()
  board = await createBoard(server)
})
afterAll(async () => {
  await server?.cleanup()
})

/** The stock provider as Werkraum's browser configures it: token in the subprotocols only. */
function browserLikeProvider(token: string, doc = new Y.Doc()): WebsocketProvider {
  return new WebsocketProvider(`${server.wsUrl}/yjs`, board.id, doc, {
    protocols: syncSubprotocols(token),
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
  })
}

describe('the token in the subprotocol', () => {
  it('opens the board with the stock provider, with no token in its URL', async () => {
    const provider = browserLikeProvider(board.editToken)
    expect(provider.url).not.toContain(board.editToken)
    expect(provider.url).not.toContain('?')
    await until(provider, 'sync', () => provider.synced, 'the provider to sync')
    expect(provider.ws?.protocol).toBe(SYNC_SUBPROTOCOL)
    const reader = await syncedClient(server, board.id, board.viewToken)
    provider.doc.getMap('meta').set('via', 'subprotocol')
    await reader.until((doc) => doc.getMap('meta').get('via') === 'subprotocol', 'the edit')
    reader.destroy()
    provider.destroy()
  })

  it('is never sent back: the answer names only the plain protocol', async () => {
    const client = wsUpgrade(server, `/yjs/${board.id}`, {
      protocols: syncSubprotocols(board.facilitatorToken),
    })
    expect(await client.outcome).toBe(101)
    const response = await client.response
    expect(response.headers['sec-websocket-protocol']).toBe(SYNC_SUBPROTOCOL)
    expect(JSON.stringify(response.rawHeaders)).not.toContain(board.facilitatorToken)
    client.ws.close()
  })

  it('grants what the token grants, and refuses a wrong one with 401', async () => {
    const other = await createBoard(server)
    for (const token of ['wrong', other.editToken]) {
      const client = wsUpgrade(server, `/yjs/${board.id}`, { protocols: syncSubprotocols(token) })
      expect(await client.outcome).toBe(401)
      expect(client.received).toEqual([])
    }
    const none = wsUpgrade(server, `/yjs/${board.id}`, { protocols: [SYNC_SUBPROTOCOL] })
    expect(await none.outcome).toBe(401)
  })

  it('takes precedence over a query token', async () => {
    const client = wsUpgrade(server, `/yjs/${board.id}?token=wrong`, {
      protocols: syncSubprotocols(board.viewToken),
    })
    expect(await client.outcome).toBe(101)
    client.ws.close()
  })
})

describe('the token in the query, for third-party clients', () => {
  it('still opens the board (the contract`s stock provider with params)', async () => {
    const client = await syncedClient(server, board.id, board.editToken)
    expect(client.provider.url).toContain('token=')
    client.destroy()
  })

  it('gets its own subprotocol answered, as before', async () => {
    const client = wsUpgrade(server, `/yjs/${board.id}?token=${board.viewToken}`, {
      protocols: ['their-protocol'],
    })
    expect(await client.outcome).toBe(101)
    expect(client.ws.protocol).toBe('their-protocol')
    client.ws.close()
  })
})
