// A long Wi-Fi outage: everything one person did offline reaches the server as a single sync
// step 2 when the socket is back. With the default MAX_MESSAGE_BYTES (2 MiB) a backlog of about
// 10,000 new notes, or 300 long pen strokes, still fits (measured: 1,000 notes ≈ 200 KB,
// 100 strokes of 300 points ≈ 670 KB).
import { afterAll, beforeAll, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createNote, createStroke } from '../../shared/ops/index.ts'
import { elementsMap } from '../../shared/schema/doc.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { createBoard, syncedClient, type YClient } from '../helpers/yclient.ts'

let server: RunningServer
const clients: YClient[] = []

beforeAll(async () => {
  server = await startServer()
})
afterAll(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server?.cleanup()
})

it(
  'an offline backlog of a workshop’s worth of notes and strokes arrives in one sync',
  { timeout: 60_000 },
  async () => {
    const board = await createBoard(server)
    const first = await syncedClient(server, board.id, board.editToken)
    clients.push(first)
    // The same person's browser after a reload: the local copy holds the board plus the backlog.
    const offline = new Y.Doc()
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(first.doc))
    first.destroy()
    for (let i = 0; i < 1000; i++) {
      createNote(offline, { x: (i % 60) * 220, y: Math.floor(i / 60) * 220, text: `Akteur ${i}` })
    }
    const points: number[] = []
    for (let i = 0; i < 300; i++) points.push(i * 2, Math.sin(i / 9) * 80, 0.5)
    for (let i = 0; i < 100; i++) createStroke(offline, { points })
    const backlog = Y.encodeStateAsUpdate(offline, Y.encodeStateVector(first.doc)).byteLength
    expect(backlog).toBeGreaterThan(600_000)
    expect(backlog).toBeLessThan(2 * 1024 * 1024)

    const back = await syncedClient(server, board.id, board.editToken, offline)
    clients.push(back)
    const other = await syncedClient(server, board.id, board.editToken)
    clients.push(other)
    await other.until((doc) => elementsMap(doc).size === 1100, 'the whole backlog at someone else')
  },
)
