// What one connection may cost the server: sync step 1 in a loop, an edit flood, and compaction
// of a large board off the main thread. Real server as a child process, real sockets.
import Database from 'better-sqlite3'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { SQLITE_FILE_NAME } from '../../server/store/index.ts'
import { SYNC_STEP1_BURST } from '../../server/sync/ConnectionBudget.ts'
import { encodeSyncStep1, encodeSyncUpdate } from '../../server/sync/protocol.ts'
import { createNote } from '../../shared/ops/index.ts'
import { elementsMap } from '../../shared/schema/doc.ts'
import type { RunningServer } from '../helpers/startServer.ts'
import { testFleet } from '../helpers/testFleet.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { createBoard, rawClient, type RawClient, type YClient } from '../helpers/yclient.ts'

const fleet = testFleet()
const { raws } = fleet

function start(env: Record<string, string> = {}, dataDir?: string): Promise<RunningServer> {
  return fleet.start({ env, dataDir })
}

function join(server: RunningServer, boardId: string, token: string): Promise<YClient> {
  return fleet.join(server, boardId, token)
}

async function raw(server: RunningServer, boardId: string, token: string): Promise<RawClient> {
  const client = rawClient(server, boardId, token)
  raws.push(client)
  expect(await client.outcome).toBe(101)
  return client
}

/** Fills a board through a person's client with `count` notes of `textBytes` characters each. */
async function fill(client: YClient, count: number, textBytes: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    createNote(client.doc, { x: i, y: 0, text: `${i} `.padEnd(textBytes, 'x') })
  }
  await waitFor(() => client.provider.wsconnected && client.provider.synced, 'the filler to sync')
}

/** The board's content as a person sees it. */
function content(doc: Y.Doc): unknown {
  return { elements: elementsMap(doc).toJSON(), meta: doc.getMap('meta').toJSON() }
}

describe('sync step 1 in a loop', () => {
  it('is answered a few times, then the connection is closed (1008); others still sync', async () => {
    const server = await start()
    const board = await createBoard(server)
    const anna = await join(server, board.id, board.editToken)
    await fill(anna, 200, 500)
    const witness = await join(server, board.id, board.viewToken)
    await witness.until((doc) => elementsMap(doc).size === 200, 'the board to be filled')
    const boardBytes = Y.encodeStateAsUpdate(anna.doc).byteLength

    // A state vector naming a client the server never saw: the answer is the whole board.
    const stranger = new Y.Doc()
    stranger.getMap('x').set('y', 1)
    const attack = encodeSyncStep1(Y.encodeStateVector(stranger))
    const attacker = await raw(server, board.id, board.viewToken)
    let bytesOut = 0
    attacker.ws.on('message', (data: Buffer) => {
      bytesOut += data.byteLength
      if (attacker.ws.readyState === attacker.ws.OPEN) attacker.ws.send(attack)
    })
    attacker.ws.send(attack)
    // Ben opens the board while the attack goes on.
    const [closed, ben] = await Promise.all([
      attacker.closed,
      join(server, board.id, board.viewToken),
    ])
    expect(closed).toEqual({ code: 1008, reason: 'too many sync requests' })
    // The greeting, the burst of answers (each the whole board), nothing more.
    expect(bytesOut).toBeLessThan((SYNC_STEP1_BURST + 1) * (boardBytes + 1024))
    expect(content(ben.doc)).toEqual(content(anna.doc))
  })
})

describe('an edit flood', () => {
  const LIMITS = { EDIT_UPDATES_PER_SECOND: '100', EDIT_UPDATES_BURST: '100' }

  it('is held back while others edit promptly; what the server took survives a kill -9', async () => {
    const server = await start(LIMITS)
    const board = await createBoard(server)
    const anna = await join(server, board.id, board.editToken)
    const ben = await join(server, board.id, board.viewToken)

    // The flooder writes as fast as its socket takes it: one note per update.
    const flooder = await raw(server, board.id, board.editToken)
    const flood = new Y.Doc()
    flood.on('update', (update: Uint8Array) => flooder.ws.send(encodeSyncUpdate(update)))
    const flooded = new Set<string>()
    const started = performance.now()
    for (let i = 0; i < 2000; i++) flooded.add(createNote(flood, { x: i, y: 100, text: `${i}` }))

    // Meanwhile Anna's notes reach Ben promptly, one after the other.
    const delays: number[] = []
    for (let i = 0; i < 5; i++) {
      const sent = performance.now()
      const id = createNote(anna.doc, { x: i, y: 0, text: `Anna ${i}` })
      await ben.until((doc) => elementsMap(doc).has(id), `Anna's note ${i} to reach Ben`)
      delays.push(performance.now() - sent)
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    const elapsed = (performance.now() - started) / 1000
    const fromFlooder = (): number =>
      [...elementsMap(ben.doc).keys()].filter((id) => flooded.has(id)).length
    const taken = fromFlooder()
    expect(Math.max(...delays)).toBeLessThan(1000)
    // Held to its rate (the burst, 100 a second, and what one read of its socket held).
    expect(taken).toBeGreaterThan(100)
    expect(taken).toBeLessThan(100 + 100 * elapsed + 400)
    expect(server.output()).toContain('holding back a fast writer')
    expect(flooder.ws.readyState).toBe(flooder.ws.OPEN)

    // What Ben got was stored before it was relayed: a kill -9 keeps all of it.
    flooder.ws.terminate()
    const seen = content(ben.doc) as { elements: Record<string, unknown> }
    await server.kill9()
    const second = await start(LIMITS, server.dataDir)
    const fresh = await join(second, board.id, board.viewToken)
    const after = content(fresh.doc) as { elements: Record<string, unknown> }
    for (const [id, element] of Object.entries(seen.elements))
      expect(after.elements[id]).toEqual(element)
    expect(Object.keys(after.elements).length).toBeGreaterThanOrEqual(taken + 5)
  })
})

describe('compaction', () => {
  it('builds the snapshot in the worker thread; it holds exactly what the room holds', async () => {
    // Compacts after about 1 MB of updates; /healthz is asked all the while.
    const server = await start({ COMPACT_AFTER_BYTES: String(1024 * 1024) })
    const board = await createBoard(server)
    const anna = await join(server, board.id, board.editToken)
    let health = true
    const asking = (async () => {
      while (health) {
        const res = await fetch(`${server.url}/healthz`)
        expect(res.status).toBe(200)
        await res.arrayBuffer()
      }
    })()
    await fill(anna, 1200, 1000)
    await waitFor(() => server.output().includes('board compacted'), 'a compaction', {
      timeoutMs: 15_000,
    })
    health = false
    await asking
    const line = server
      .output()
      .split('\n')
      .find((l) => l.includes('board compacted'))!
    expect(Number(/"thread":(\d+)/.exec(line)?.[1])).toBeGreaterThan(0)

    // Stop editing, stop the server without a final compaction (kill -9), and read what it
    // stored: snapshot plus the updates after it is the room's document.
    const witness = await join(server, board.id, board.viewToken)
    await witness.until((doc) => elementsMap(doc).size === 1200, 'every note to be stored')
    await server.kill9()
    const db = new Database(path.join(server.dataDir, SQLITE_FILE_NAME), { readonly: true })
    try {
      const snapshot = db
        .prepare<[string], { data: Buffer; upto_seq: number }>(
          'SELECT data, upto_seq FROM snapshots WHERE board_id = ?',
        )
        .get(board.id)!
      expect(snapshot.upto_seq).toBeGreaterThan(0)
      const rest = db
        .prepare<[string], { data: Buffer }>(
          'SELECT data FROM updates WHERE board_id = ? ORDER BY seq',
        )
        .all(board.id)
      const stored = new Y.Doc()
      Y.applyUpdate(stored, snapshot.data)
      for (const row of rest) Y.applyUpdate(stored, row.data)
      expect(content(stored)).toEqual(content(anna.doc))
      expect(Y.encodeStateVector(stored)).toEqual(Y.encodeStateVector(anna.doc))
    } finally {
      db.close()
    }
  })

  it('also compacts a trickle of edits once the oldest is COMPACT_AFTER_MS old', async () => {
    const server = await start({ COMPACT_AFTER_MS: '200' })
    const board = await createBoard(server)
    const anna = await join(server, board.id, board.editToken)
    const witness = await join(server, board.id, board.viewToken)
    createNote(anna.doc, { x: 0, y: 0, text: 'eins' })
    await witness.until((doc) => elementsMap(doc).size === 1, 'the first note')
    // Time itself is what this test waits for.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(server.output()).not.toContain('board compacted')
    createNote(anna.doc, { x: 1, y: 0, text: 'zwei' })
    await waitFor(() => server.output().includes('board compacted'), 'a compaction')
    expect(server.output()).toMatch(/board compacted.*"updates":2/)
  })
})
