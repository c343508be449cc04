// The realtime document as people meet it: the real server on port 0, the stock y-websocket
// client, real sockets. Each test uses its own board.
import type WebSocket from 'ws'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { createNote, editText } from '../../shared/ops/index.ts'
import { elementsMap, getElement } from '../../shared/schema/doc.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { until } from '../helpers/waitFor.ts'
import {
  createBoard,
  rawClient,
  rawClientAt,
  syncedClient,
  type YClient,
} from '../helpers/yclient.ts'

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

function noteText(doc: Y.Doc, id: string): string | undefined {
  return getElement(doc, id)?.get('text')?.toString()
}

function presentNames(client: YClient): string[] {
  const names: string[] = []
  for (const [clientId, state] of client.provider.awareness.getStates()) {
    if (clientId === client.doc.clientID) continue
    const user = (state as { user?: { name?: string } }).user
    if (user?.name) names.push(user.name)
  }
  return names.sort()
}

describe('realtime document', () => {
  it('two people see each other’s notes and edits', async () => {
    const board = await createBoard(server)
    const anna = await join(board.id, board.editToken)
    const ben = await join(board.id, board.editToken)

    const id = createNote(anna.doc, { x: 0, y: 0, text: 'Bürgeramt' })
    await ben.until((doc) => noteText(doc, id) === 'Bürgeramt', 'Ben to see Anna’s note')

    editText(ben.doc, { id, text: 'Bürgeramt Nord' })
    await anna.until((doc) => noteText(doc, id) === 'Bürgeramt Nord', 'Anna to see Ben’s edit')
  })

  it('someone joining late gets the whole board', async () => {
    const board = await createBoard(server)
    const anna = await join(board.id, board.editToken)
    const witness = await join(board.id, board.editToken)
    const ids = Array.from({ length: 20 }, (_, i) =>
      createNote(anna.doc, { x: i, y: 0, text: `n${i}` }),
    )
    await witness.until((doc) => ids.every((id) => elementsMap(doc).has(id)), 'all notes stored')

    const late = await join(board.id, board.viewToken)
    expect(ids.map((id) => noteText(late.doc, id))).toEqual(ids.map((_, i) => `n${i}`))
    expect(late.doc.getMap('meta').get('title')).toBe(board.title)
  })

  it('presence reaches the others and disappears when a connection drops', async () => {
    const board = await createBoard(server)
    const anna = await join(board.id, board.editToken)
    const ben = await join(board.id, board.viewToken)

    anna.provider.awareness.setLocalStateField('user', { name: 'Anna' })
    ben.provider.awareness.setLocalStateField('user', { name: 'Ben' })
    const awareness = ben.provider.awareness
    await until(awareness, 'change', () => presentNames(ben).includes('Anna'), 'Anna to appear')
    await until(
      anna.provider.awareness,
      'change',
      () => presentNames(anna).includes('Ben'),
      'the viewer Ben to appear',
    )

    // The network goes away without a goodbye: only the server can tell the others.
    anna.provider.shouldConnect = false
    ;(anna.provider.ws as unknown as WebSocket).terminate()
    await until(awareness, 'change', () => !presentNames(ben).includes('Anna'), 'Anna to leave')
  })

  it('someone joining sees who is already there', async () => {
    const board = await createBoard(server)
    const anna = await join(board.id, board.editToken)
    const ben = await join(board.id, board.editToken)
    anna.provider.awareness.setLocalStateField('user', { name: 'Anna' })
    await until(ben.provider.awareness, 'change', () => presentNames(ben).includes('Anna'), 'Anna')

    const carla = await join(board.id, board.viewToken)
    await until(
      carla.provider.awareness,
      'change',
      () => presentNames(carla).includes('Anna'),
      'Carla to see Anna',
    )
  })
})

describe('access to the realtime document', () => {
  it.each([
    ['a wrong token', 'edit', 'not-a-token', 401],
    ['no token', 'edit', undefined, 401],
    ['an unknown board', 'unknown', 'whatever', 404],
  ])('refuses %s before sending anything', async (_name, which, token, status) => {
    const board = await createBoard(server)
    const boardId = which === 'unknown' ? 'doesnotexist0000' : board.id
    const client = rawClient(server, boardId, token)
    expect(await client.outcome).toBe(status)
    expect(client.received).toEqual([])
  })

  it('refuses a token of another board', async () => {
    const mine = await createBoard(server)
    const other = await createBoard(server)
    const client = rawClient(server, mine.id, other.facilitatorToken)
    expect(await client.outcome).toBe(401)
    expect(client.received).toEqual([])
  })

  it('answers 404 for other paths', async () => {
    const board = await createBoard(server)
    for (const path of ['/elsewhere', '/yjs', `/yjs/${board.id}/more?token=${board.editToken}`]) {
      const client = rawClientAt(server, path)
      expect(await client.outcome).toBe(404)
    }
  })
})
