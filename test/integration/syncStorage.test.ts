// The sync server in-process over real sockets, with storage in memory so a test can make it
// slow or fail: store before relay, storage failures, shutdown, unload, pings, migration,
// revoked links.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { Access } from '../../server/access/Access.ts'
import { loadConfig, type Config } from '../../server/config.ts'
import type { Logger } from '../../server/log.ts'
import { StorageUnavailableError } from '../../server/store/BoardStore.ts'
import { decodeClientMessage, encodeSyncStep1 } from '../../server/sync/protocol.ts'
import { SyncServer } from '../../server/sync/SyncServer.ts'
import { createNote } from '../../shared/ops/index.ts'
import { elementsMap } from '../../shared/schema/doc.ts'
import { SCHEMA_VERSION } from '../../shared/schema/version.ts'
import { MemoryBoardStore, addBoard } from '../helpers/memoryStore.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { rawClient, syncedClient, type YClient } from '../helpers/yclient.ts'

interface InProcess {
  url: string
  wsUrl: string
  store: MemoryBoardStore
  access: Access
  sync: SyncServer
  logs: string[]
  http: Server
}

const running: InProcess[] = []
const clients: YClient[] = []

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  for (const s of running.splice(0)) {
    await s.sync.close()
    s.http.closeAllConnections()
    await new Promise((resolve) => s.http.close(resolve))
  }
})

async function start(overrides: Partial<Config> = {}): Promise<InProcess> {
  const store = new MemoryBoardStore()
  const logs: string[] = []
  const line = (level: string) => (m: string, f?: Record<string, unknown>) => {
    logs.push(`${level} ${m} ${JSON.stringify(f ?? {})}`)
  }
  const log: Logger = { info: line('info'), warn: line('warn'), error: line('error') }
  const config = { ...loadConfig({}), ...overrides }
  const access = new Access({ store, log })
  const sync = new SyncServer({ store, config, log, access })
  const http = createServer((_req, res) => res.writeHead(404).end())
  http.on('upgrade', (req, socket, head) => sync.handleUpgrade(req, socket, head))
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  const { port } = http.address() as AddressInfo
  const s = {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    store,
    access,
    sync,
    logs,
    http,
  }
  running.push(s)
  return s
}

function boardState(schemaVersion: number | null = SCHEMA_VERSION): Uint8Array {
  const doc = new Y.Doc()
  if (schemaVersion !== null) doc.getMap('meta').set('schemaVersion', schemaVersion)
  createNote(doc, { x: 0, y: 0, text: 'von Anfang an', id: 'first' })
  return Y.encodeStateAsUpdate(doc)
}

async function join(s: InProcess, boardId: string, token: string): Promise<YClient> {
  const client = await syncedClient(s, boardId, token)
  clients.push(client)
  return client
}

function nextClose(client: YClient): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    client.provider.once('connection-close', (event) => {
      resolve({ code: event?.code ?? 0, reason: event?.reason ?? '' })
    })
  })
}

describe('sync server and storage', () => {
  it('relays an update only after the store confirmed it', async () => {
    const s = await start()
    const board = await addBoard(s.store, boardState())
    const anna = await join(s, board.id, board.tokens.edit)
    const witness = rawClient(s, board.id, board.tokens.view)
    expect(await witness.outcome).toBe(101)
    await waitFor(() => witness.received.length > 0, 'the greeting')

    s.store.hold()
    const id = createNote(anna.doc, { x: 1, y: 1, text: 'noch nicht gespeichert' })
    await waitFor(() => s.store.heldAppends === 1, 'the append to start')
    // A round trip on the witness socket: what the server sent before its answer arrives first.
    witness.ws.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())))
    const kinds = (): string[] => witness.received.map((f) => decodeClientMessage(f).kind)
    await waitFor(() => kinds().includes('syncStep2'), 'the answer to sync step 1')
    expect(kinds()).not.toContain('update')
    const seen = new Y.Doc()
    const step2 = decodeClientMessage(witness.received[kinds().indexOf('syncStep2')]!)
    if (step2.kind === 'syncStep2') Y.applyUpdate(seen, step2.update)
    expect(elementsMap(seen).has('first')).toBe(true)
    expect(elementsMap(seen).has(id)).toBe(false)

    s.store.release()
    await waitFor(() => kinds().includes('update'), 'the relay after the store confirmed')
  })

  it('closes a writer with 1011 when storage is unavailable; nothing is relayed or lost', async () => {
    const s = await start()
    const board = await addBoard(s.store, boardState())
    const anna = await join(s, board.id, board.tokens.edit)
    const ben = await join(s, board.id, board.tokens.edit)

    s.store.appendFailure = new StorageUnavailableError('disk full')
    const closed = nextClose(anna)
    const id = createNote(anna.doc, { x: 1, y: 1, text: 'Platte voll' })
    expect(await closed).toEqual({ code: 1011, reason: 'storage unavailable' })
    expect(elementsMap(ben.doc).has(id)).toBe(false)
    expect(s.store.boards.get(board.id)!.updates).toEqual([])
    expect(s.logs.some((l) => l.startsWith('error storage unavailable'))).toBe(true)

    // Storage is back: the client reconnects and its sync step 2 brings the note.
    s.store.appendFailure = null
    await ben.until((doc) => elementsMap(doc).has(id), 'Ben to get the note after the reconnect')
    expect(s.store.boards.get(board.id)!.updates.length).toBeGreaterThan(0)
  })

  it('close() says goodbye with 1001 and leaves every room compacted', async () => {
    const s = await start()
    const board = await addBoard(s.store, boardState())
    const anna = await join(s, board.id, board.tokens.edit)
    const ben = await join(s, board.id, board.tokens.view)
    const ids = Array.from({ length: 5 }, (_, i) => createNote(anna.doc, { x: i, y: 0 }))
    await ben.until((doc) => ids.every((id) => elementsMap(doc).has(id)), 'Ben to get the notes')

    const closed = nextClose(anna)
    await s.sync.close()
    expect((await closed).code).toBe(1001)
    expect(s.sync.stats()).toEqual({ rooms: 0, connections: 0 })
    const stored = s.store.boards.get(board.id)!
    expect(stored.updates).toEqual([])
    const reloaded = new Y.Doc()
    Y.applyUpdate(reloaded, stored.snapshot!)
    expect(ids.every((id) => elementsMap(reloaded).has(id))).toBe(true)
  })

  it('an empty room leaves memory after ROOM_UNLOAD_MS and loads again for the next person', async () => {
    const s = await start({ roomUnloadMs: 20 })
    const board = await addBoard(s.store, boardState())
    const anna = await join(s, board.id, board.tokens.edit)
    const id = createNote(anna.doc, { x: 0, y: 0, text: 'bleibt' })
    await waitFor(() => s.store.calls.append === 1, 'the note to be stored')
    anna.destroy()
    await waitFor(() => s.sync.stats().rooms === 0, 'the room to unload')
    // The room leaves the registry at once; its compaction (in the snapshot worker) follows.
    await waitFor(() => s.store.calls.compact === 1, 'the unloading room to compact')
    expect(s.store.boards.get(board.id)!.updates).toEqual([])

    const back = await join(s, board.id, board.tokens.view)
    expect(elementsMap(back.doc).has(id)).toBe(true)
    expect(s.store.calls.load).toBe(2)
  })

  it('a person returning before ROOM_UNLOAD_MS finds the room still loaded', async () => {
    const s = await start({ roomUnloadMs: 60_000 })
    const board = await addBoard(s.store, boardState())
    const anna = await join(s, board.id, board.tokens.edit)
    anna.destroy()
    await waitFor(() => s.sync.stats().connections === 0, 'Anna to leave')
    await join(s, board.id, board.tokens.edit)
    expect(s.sync.stats()).toEqual({ rooms: 1, connections: 1 })
    expect(s.store.calls.load).toBe(1)
  })

  it('drops a connection that stops answering pings, keeps the others', async () => {
    const s = await start({ pingIntervalMs: 100 })
    const board = await addBoard(s.store, boardState())
    const anna = await join(s, board.id, board.tokens.edit)
    let annaClosed = false
    anna.provider.on('connection-close', () => (annaClosed = true))
    const silent = new WebSocket(`${s.wsUrl}/yjs/${board.id}?token=${board.tokens.view}`, {
      autoPong: false,
    })
    const code = await new Promise<number>((resolve) => silent.once('close', resolve))
    expect(code).toBe(1006)
    await waitFor(() => s.sync.stats().connections === 1, 'the server to forget the silent one')
    expect(annaClosed).toBe(false)
  })

  it('migrates a board from before schema versions and stores that before answering', async () => {
    const s = await start()
    const board = await addBoard(s.store, boardState(null))
    const anna = await join(s, board.id, board.tokens.view)
    expect(anna.doc.getMap('meta').get('schemaVersion')).toBe(SCHEMA_VERSION)
    expect(elementsMap(anna.doc).has('first')).toBe(true)
    const stored = s.store.boards.get(board.id)!
    expect(stored.updates).toHaveLength(1)
  })

  it('migrates a version 1 board once on load, before anyone sees it', async () => {
    const s = await start()
    const board = await addBoard(s.store, boardState(1))
    const anna = await join(s, board.id, board.tokens.edit)
    const ben = await join(s, board.id, board.tokens.view)
    for (const doc of [anna.doc, ben.doc]) {
      expect(doc.getMap('meta').get('schemaVersion')).toBe(SCHEMA_VERSION)
      expect(elementsMap(doc).has('first')).toBe(true)
    }
    expect(s.store.boards.get(board.id)!.updates).toHaveLength(1)
  })

  it('opens a board written by a newer version read-only and leaves it untouched', async () => {
    const s = await start()
    const stored = boardState(SCHEMA_VERSION + 1)
    const board = await addBoard(s.store, stored)
    const viewer = await join(s, board.id, board.tokens.view)
    const anna = await join(s, board.id, board.tokens.edit)
    // Everyone sees it as it is...
    expect(elementsMap(anna.doc).has('first')).toBe(true)
    expect(elementsMap(viewer.doc).has('first')).toBe(true)
    // ...and an edit is refused with the code that says why (the stock client stays away).
    const closed = nextClose(anna)
    createNote(anna.doc, { x: 5, y: 5, id: 'refused' })
    expect(await closed).toEqual({ code: 4409, reason: 'board read-only' })
    await s.sync.close()
    running.splice(running.indexOf(s), 1)
    s.http.closeAllConnections()
    await new Promise((resolve) => s.http.close(resolve))
    const row = s.store.boards.get(board.id)!
    expect(row.updates).toEqual([])
    expect(row.snapshot).toEqual(stored)
    expect(s.store.calls.compact).toBe(0)
    expect(elementsMap(viewer.doc).has('refused')).toBe(false)
  })

  it('replacing the token of a right closes those connections so they stay away', async () => {
    const s = await start()
    const board = await addBoard(s.store, boardState())
    const viewer = await join(s, board.id, board.tokens.view)
    await join(s, board.id, board.tokens.edit)
    const gone = new Promise<number>((resolve) =>
      viewer.provider.once('closed', (e) => resolve(e.code)),
    )
    await s.access.replaceToken(board.id, 'view')
    expect(await gone).toBe(4403)
    expect(viewer.provider.shouldConnect).toBe(false)
    await waitFor(() => s.sync.stats().connections === 1, 'only the editor to remain')
  })

  it('an old token whose lookup overlapped the rotation is refused, the new one accepted', async () => {
    const s = await start()
    const board = await addBoard(s.store, boardState())
    let open!: () => void
    s.store.lookupGate = new Promise<void>((resolve) => (open = resolve))
    const late = rawClient(s, board.id, board.tokens.edit)
    await waitFor(() => s.store.calls.lookup === 1, 'the old token being looked up')
    // Rotation as the API does it: the new hash stored, then the right revoked.
    const fresh = await s.access.replaceToken(board.id, 'edit')
    s.store.lookupGate = null
    open()
    expect(await late.outcome).toBe(401)
    const renewed = rawClient(s, board.id, fresh)
    expect(await renewed.outcome).toBe(101)
    renewed.ws.close()
  })
})
