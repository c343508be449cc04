// A participant whose connection stalls (a laptop lid half closed, a train tunnel) while others
// keep moving: the room skips their awareness instead of queueing it, so they are not dropped;
// once they read again they get everyone's newest state and every document edit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as decoding from 'lib0/decoding'
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { sendOwnAwarenessOnly } from '../../client/src/lib/sync/ownAwareness.ts'
import { AWARENESS_MAX_STATE_BYTES } from '../../server/sync/awareness/AwarenessStates.ts'
import { createNote } from '../../shared/ops/index.ts'
import { elementsMap } from '../../shared/schema/doc.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { createBoard, rawClient, syncedClient, type YClient } from '../helpers/yclient.ts'
import { until, waitFor } from '../helpers/waitFor.ts'

/**
 * People moving at once, each with a state near the server's size limit: one tick of all of
 * them is about 110 KB, and the rounds together (27 MB, more than the socket buffers take on
 * top) pass the server's slow-consumer limit (16 MiB).
 */
const SENDERS = 16
const STATE_BYTES = AWARENESS_MAX_STATE_BYTES - 1200
const ROUNDS = 240

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
    const senders: YClient[] = await Promise.all(
      Array.from({ length: SENDERS }, () => syncedClient(server, board.id, board.editToken)),
    )
    const anna = senders[0]!
    const ben = await syncedClient(server, board.id, board.editToken)
    // As Werkraum's browser does: send only one's own state, not back what one receives.
    for (const client of [...senders, ben]) sendOwnAwarenessOnly(client.provider)
    const stalled = rawClient(server, board.id, board.editToken)
    try {
      expect(await stalled.outcome).toBe(101)
      stalled.ws.pause()

      const annaId = anna.doc.clientID
      const blobBenSees = (client: YClient): string =>
        String(ben.provider.awareness.getStates().get(client.doc.clientID)?.['blob'] ?? '')
      for (let round = 1; round <= ROUNDS; round++) {
        const marker = `round-${round}`
        for (const sender of senders) {
          sender.provider.awareness.setLocalStateField('blob', 'x'.repeat(STATE_BYTES) + marker)
        }
        // One tick of the room per round: Ben, reading normally, sees every one of them.
        await until(
          ben.provider.awareness,
          'change',
          () => senders.every((sender) => blobBenSees(sender).endsWith(marker)),
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
      for (const sender of senders) sender.destroy()
      ben.destroy()
    }
  }, 40_000)
})
