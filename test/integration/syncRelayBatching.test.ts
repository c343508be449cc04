// What a room of 200 costs the server is mostly writes to sockets, one per connection per
// message. Updates stored in one commit leave in one write per connection; this watches the
// bytes arrive at a third person's socket.
import type { Duplex } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { encodeSyncUpdate } from '../../server/sync/protocol.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { until } from '../helpers/waitFor.ts'
import { createBoard, rawClient, type RawClient } from '../helpers/yclient.ts'

let server: RunningServer

beforeAll(async () => {
  server = await startServer()
})
afterAll(async () => {
  await server?.cleanup()
})

function tcpOf(client: RawClient): Duplex {
  const socket = (client.ws as unknown as { _socket?: Duplex })._socket
  if (!socket) throw new Error('no TCP socket under the WebSocket')
  return socket
}

/** Five notes typed by one person, each its own update, as five sync-update frames. */
function fiveUpdates(): Uint8Array[] {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(encodeSyncUpdate(update)))
  for (let i = 0; i < 5; i++) doc.getMap('elements').set(`n${i}`, `Notiz ${i}`)
  return updates
}

describe('relaying a commit', () => {
  it('sends the updates of one commit to each other person in one write', async () => {
    const board = await createBoard(server)
    const ben = rawClient(server, board.id, board.editToken)
    const anna = rawClient(server, board.id, board.editToken)
    await Promise.all([ben.outcome, anna.outcome])
    // Both greeted (sync step 1 first); from here on Ben only gets what Anna sends.
    await until(ben.ws, 'message', () => ben.received.length > 0, 'Ben to be greeted')
    await until(anna.ws, 'message', () => anna.received.length > 0, 'Anna to be greeted')
    const before = ben.received.length
    let reads = 0
    tcpOf(ben).on('data', () => reads++)

    // Anna's five frames reach the server in one segment, so they share one commit.
    const frames = fiveUpdates()
    tcpOf(anna).cork()
    for (const frame of frames) anna.ws.send(frame)
    tcpOf(anna).uncork()

    await until(ben.ws, 'message', () => ben.received.length === before + 5, 'Ben to get all five')
    expect(ben.received.slice(before).every((m) => m[0] === 0 && m[1] === 2)).toBe(true)
    expect(reads).toBe(1)
    ben.ws.close()
    anna.ws.close()
  })
})
