// Which pages may open the realtime sockets, against the real server: its own origin (the Host
// of the request), PUBLIC_URL's and ALLOWED_ORIGINS; clients without an Origin (not browsers);
// every other page is refused with 403 before anything is sent, on /yjs and on socket.io alike.
// And socket.io speaks WebSocket only: no long-polling session can be opened at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreateBoardResponse } from '../../shared/api.ts'
import { connectControl } from '../helpers/controlClient.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { wsUpgrade } from '../helpers/upgrades.ts'
import { createBoard } from '../helpers/yclient.ts'

const PUBLIC_ORIGIN = 'https://werkraum.stadt.example'
const PORTAL = 'https://portal.stadt.example'
const CONTROL_PATH = '/socket.io/?EIO=4&transport=websocket'

let server: RunningServer
let board: CreateBoardResponse

beforeAll(async () => {
  server = await startServer({
    env: { PUBLIC_URL: `${PUBLIC_ORIGIN}/`, ALLOWED_ORIGINS: `${PORTAL}, http://localhost:5173` },
  })
  board = await createBoard(server)
})
afterAll(async () => {
  await server?.cleanup()
})

function documentPath(): string {
  return `/yjs/${board.id}?token=${board.editToken}`
}

describe('a page elsewhere', () => {
  it.each([
    'http://evil.example',
    'https://werkraum.stadt.example.evil.example',
    'http://127.0.0.1:1',
    'null',
  ])('is refused with 403 on /yjs and socket.io before anything is sent: %s', async (origin) => {
    for (const path of [documentPath(), CONTROL_PATH]) {
      const client = wsUpgrade(server, path, { headers: { Origin: origin } })
      expect(await client.outcome).toBe(403)
      expect(client.received).toEqual([])
    }
  })

  it('is refused also with the token in the subprotocol', async () => {
    const client = wsUpgrade(server, `/yjs/${board.id}`, {
      headers: { Origin: 'http://evil.example' },
      protocols: ['werkraum', `werkraum.token.${board.editToken}`],
    })
    expect(await client.outcome).toBe(403)
  })
})

describe('the server`s own pages and the allowed origins', () => {
  it.each([
    ['the request`s own host', () => `http://127.0.0.1:${server.port}`],
    ['PUBLIC_URL', () => PUBLIC_ORIGIN],
    ['ALLOWED_ORIGINS', () => PORTAL],
    ['ALLOWED_ORIGINS with a port', () => 'http://localhost:5173'],
  ])('may connect: %s', async (_what, origin) => {
    for (const path of [documentPath(), CONTROL_PATH]) {
      const client = wsUpgrade(server, path, { headers: { Origin: origin() } })
      expect(await client.outcome).toBe(101)
      client.ws.close()
    }
  })

  it('and clients without an Origin (the stock y-websocket and socket.io clients in Node)', async () => {
    const client = wsUpgrade(server, documentPath())
    expect(await client.outcome).toBe(101)
    client.ws.close()
    const control = await connectControl(server, { boardId: board.id, token: board.viewToken })
    expect(control.state.right).toBe('view')
    control.socket.close()
  })
})

describe('socket.io over HTTP long-polling', () => {
  it('opens no session: the control plane is WebSocket only', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => fetch(`${server.url}/socket.io/?EIO=4&transport=polling`)),
    )
    for (const res of answers) {
      expect(res.status).toBe(404)
      expect(await res.text()).not.toContain('sid')
    }
    const post = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, {
      method: 'POST',
      body: '40{"boardId":"x","token":"y"}',
    })
    expect(post.status).toBe(404)
  })

  it('is refused also as an upgrade', async () => {
    const client = wsUpgrade(server, '/socket.io/?EIO=4&transport=polling')
    expect(await client.outcome).toBe(400)
  })
})
