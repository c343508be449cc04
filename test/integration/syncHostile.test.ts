// Frames no well-behaved client sends: each closes only the connection that sent it, with a
// close code that says why, while the room and its other people go on.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createNote } from '../../shared/ops/index.ts'
import { elementsMap } from '../../shared/schema/doc.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { createBoard, rawClient, syncedClient, type YClient } from '../helpers/yclient.ts'

const MAX_MESSAGE_BYTES = 1024
let server: RunningServer
const clients: YClient[] = []

beforeAll(async () => {
  server = await startServer({ env: { MAX_MESSAGE_BYTES: String(MAX_MESSAGE_BYTES) } })
})
afterAll(async () => {
  await server?.cleanup()
})
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy()
})

const notJson = new TextEncoder().encode('{nope')
const frames: Array<[name: string, frame: Uint8Array | string, code: number]> = [
  ['a truncated varint', Uint8Array.of(0xff, 0xff, 0xff), 1002],
  ['a varint past 2^53', Uint8Array.of(...Array(10).fill(0xff), 0x01), 1002],
  ['an unknown message type', Uint8Array.of(7), 1003],
  ['an unknown sync type', Uint8Array.of(0, 9, 0), 1002],
  ['a length past the end of the frame', Uint8Array.of(0, 2, 50, 1, 2), 1002],
  ['a Yjs update that does not decode', Uint8Array.of(0, 2, 3, 0xff, 0xff, 0xff), 1007],
  ['a state vector that does not decode', Uint8Array.of(0, 0, 2, 0x05, 0x80), 1007],
  ['an awareness state that is not JSON', Uint8Array.of(1, 9, 1, 1, 1, 5, ...notJson), 1007],
  ['a text frame', 'hello', 1003],
  ['a frame larger than MAX_MESSAGE_BYTES', new Uint8Array(4 * MAX_MESSAGE_BYTES), 1009],
]

describe('hostile frames', () => {
  it.each(frames)('%s closes only that connection', async (_name, frame, code) => {
    const board = await createBoard(server)
    const anna = await syncedClient(server, board.id, board.editToken)
    const ben = await syncedClient(server, board.id, board.editToken)
    clients.push(anna, ben)

    const hostile = rawClient(server, board.id, board.editToken)
    expect(await hostile.outcome).toBe(101)
    hostile.ws.send(frame)
    expect((await hostile.closed).code).toBe(code)

    const id = createNote(anna.doc, { x: 0, y: 0, text: 'weiter geht’s' })
    await ben.until((doc) => elementsMap(doc).has(id), 'Ben to still receive Anna’s notes')
    const late = await syncedClient(server, board.id, board.viewToken)
    clients.push(late)
    expect(elementsMap(late.doc).has(id)).toBe(true)
  })
})
