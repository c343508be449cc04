// A participant whose connection stalls (a laptop lid half closed, a train tunnel) while others
// keep moving: the room skips their awareness instead of queueing it, so they are not dropped;
// once they read again they get everyone's newest state and every document edit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as decoding from 'lib0/decoding'
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { createNote } from '../../shared/ops/index.ts'
import { elementsMap } from '../../shared/schema/doc.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { createBoard, rawClient, syncedClient } from '../helpers/yclient.ts'
import { until, waitFor } from '../helpers/waitFor.ts'

/** Large enough that the rounds together pass the server's slow-consumer limit (16 MiB). */
const STATE_BYTES = 600_000
const ROUNDS = 50

let server: RunningServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(async () => {
  await server?.cleanup()
})

/** What a stalled raw client makes of the frames it read: the document and everyone's awareness. */
function replay(frames: Uint8Array[]): {
  doc: Y.Doc
  awareness: Awareness
  awarenessFrames: number
} {
  const doc = new Y.Doc()
  const awareness = new Awareness(doc)
  let awarenessFrames = 0
  for (const frame of frames) {
    const decoder = decoding.createDecoder(frame)
    const type = decoding.readVarUint(decoder)
    if (type === 1) {
      awarenessFrames++
      applyAwarenessUpdate(awareness, decoding.readVarUint8Array(decoder), 'server')
    } else if (type === 0 && decoding.readVarUint(decoder) !== 0) {
      Y.applyUpdate(doc, decoding.readVarUint8Array(decoder))
    }
  }
  return { doc, awareness, awarenessFrames }
}

describe('a participant who stops reading', () => {
  it('is not dropped, skips stale awareness and then gets the newest state and every edit', async () => {
    const board = await createBoard(server)
    const anna = await syncedClient(server, board.id, board.editToken)
    const ben = await syncedClient(server, board.id, board.editToken)
    const stalled = rawClient(server, board.id, board.editToken)
    try {
      expect(await stalled.outcome).toBe(101)
      stalled.ws.pause()

      const annaId = anna.doc.clientID
      const bensViewOfAnna = (): string =>
        String(ben.provider.awareness.getStates().get(annaId)?.['blob'] ?? '')
      for (let round = 1; round <= ROUNDS; round++) {
        const marker = `round-${round}`
        anna.provider.awareness.setLocalStateField('blob', 'x'.repeat(STATE_BYTES) + marker)
        // One tick of the room per round: Ben, reading normally, sees every one of them.
        await until(
          ben.provider.awareness,
          'change',
          () => bensViewOfAnna().endsWith(marker),
          `Ben to see ${marker}`,
        )
      }
      const noteId = createNote(anna.doc, { x: 10, y: 20, text: 'auch für dich' })
      await ben.until((doc) => elementsMap(doc).has(noteId), 'Ben to receive the note')
      expect(stalled.ws.readyState).toBe(WebSocket.OPEN)

      stalled.ws.resume()
      const finalMarker = `round-${ROUNDS}`
      await waitFor(() => {
        const seen = replay(stalled.received)
        const state = seen.awareness.getStates().get(annaId) as { blob?: string } | undefined
        return elementsMap(seen.doc).has(noteId) && (state?.blob ?? '').endsWith(finalMarker)
      }, 'the stalled participant to catch up with the note and Anna’s newest state')
      expect(stalled.ws.readyState).toBe(WebSocket.OPEN)
      // It skipped what went stale while it was not reading, instead of receiving every round.
      expect(replay(stalled.received).awarenessFrames).toBeLessThan(ROUNDS / 2)
    } finally {
      stalled.ws.terminate()
      anna.destroy()
      ben.destroy()
    }
  }, 40_000)
})
