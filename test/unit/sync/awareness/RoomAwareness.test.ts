// The room's awareness part in the real Room, over in-memory links (no sockets): a state is
// relayed to the others at the next tick, greets whoever joins later, and goes when its
// connection leaves; the server gives each person a colour of their own and strips what a
// viewer selected. The limits are covered against the real server in
// test/integration/syncPresence*.test.ts.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as encoding from 'lib0/encoding'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { loadConfig, type Config } from '../../../../server/config.ts'
import { initialDocument } from '../../../../server/http/newBoard.ts'
import { silentLogger } from '../../../../server/log.ts'
import type { BoardStore } from '../../../../server/store/BoardStore.ts'
import { openSqliteBoardStore } from '../../../../server/store/sqlite.ts'
import { Connection } from '../../../../server/sync/Connection.ts'
import { decodeClientMessage } from '../../../../server/sync/protocol.ts'
import { Room } from '../../../../server/sync/Room.ts'
import type { Right } from '../../../../shared/rights.ts'
import { PRESENCE_COLORS } from '../../../../shared/presenceColors.ts'
import { addBoard } from '../../../helpers/memoryStore.ts'
import { MemoryTransport } from '../../../helpers/memoryTransport.ts'

const MESSAGE_AWARENESS = 1

/** One person at the room: their connection, and the frames the server sent them. */
interface Person {
  conn: Connection
  transport: MemoryTransport
  awareness: Awareness
  /** Resolves with the first state the server sends about `clientId` from now on. */
  nextStateOf(clientId: number): Promise<unknown>
  /** Resolves with the first entry (clock and state) the server sends about `clientId`. */
  nextEntryOf(clientId: number): Promise<{ clock: number; state: unknown }>
}

let dir: string
let store: BoardStore
let config: Config
let room: Room

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'werkraum-room-awareness-'))
  store = openSqliteBoardStore(path.join(dir, 'board.sqlite'))
  config = loadConfig({ DATA_DIR: dir }, dir)
  const { id } = await addBoard(store, initialDocument('Presence', new Date(0)))
  room = new Room(id, { store, config, log: silentLogger })
  await room.loaded
})

afterEach(async () => {
  await room.unload()
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

function join(name: string, right: Right = 'edit', color?: string): Person {
  const waiting: Array<{
    clientId: number
    resolve: (entry: { clock: number; state: unknown }) => void
  }> = []
  const transport = new MemoryTransport((frame) => {
    const message = decodeClientMessage(frame)
    if (message.kind !== 'awareness') return
    for (const entry of message.entries) {
      const state: unknown = JSON.parse(new TextDecoder().decode(entry.json))
      for (const waiter of waiting.filter((w) => w.clientId === entry.clientId)) {
        waiting.splice(waiting.indexOf(waiter), 1)
        waiter.resolve({ clock: entry.clock, state })
      }
    }
  })
  const conn = new Connection(transport, room.id, right, silentLogger, config)
  const awareness = new Awareness(new Y.Doc())
  awareness.setLocalState({ user: color === undefined ? { name } : { name, color } })
  room.join(conn)
  const nextEntryOf = (clientId: number): Promise<{ clock: number; state: unknown }> =>
    new Promise((resolve) => waiting.push({ clientId, resolve }))
  return {
    conn,
    transport,
    awareness,
    nextEntryOf,
    nextStateOf: async (clientId) => (await nextEntryOf(clientId)).state,
  }
}

/** Sends a person's own state, as Werkraum's browser does. */
function sendState(person: Person): void {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS)
  encoding.writeVarUint8Array(
    encoder,
    encodeAwarenessUpdate(person.awareness, [person.awareness.clientID]),
  )
  room.receive(person.conn, encoding.toUint8Array(encoder))
}

function leave(person: Person): void {
  person.transport.closed()
  room.leave(person.conn)
}

describe('RoomAwareness in the room', () => {
  it('relays a state to the others, greets a later joiner with it, and removes it on leaving', async () => {
    const ada = join('Ada')
    const bo = join('Bo')
    const adaId = ada.awareness.clientID

    const seenByBo = bo.nextStateOf(adaId)
    sendState(ada)
    // The server adds the colour it gave Ada (she asked for none) and her token's right.
    expect(await seenByBo).toEqual({
      user: { name: 'Ada', color: PRESENCE_COLORS[0] },
      right: 'edit',
    })

    const cy = join('Cy')
    // The greeting went out on joining: every current state, in the frames already sent.
    const greeting = cy.transport.toPeer
      .map((frame) => decodeClientMessage(frame))
      .flatMap((message) => (message.kind === 'awareness' ? message.entries : []))
    expect(greeting.map((entry) => entry.clientId)).toEqual([adaId])

    const goneForBo = bo.nextStateOf(adaId)
    const goneForCy = cy.nextStateOf(adaId)
    leave(ada)
    expect(await goneForBo).toBeNull()
    expect(await goneForCy).toBeNull()
  })
})

/** The colour in a relayed state. */
function colorOf(state: unknown): string {
  return (state as { user: { color: string } }).user.color
}

describe('presence colours, given by the server', () => {
  it('gives the first twelve people twelve different colours, even when all ask for the same', async () => {
    const watcher = join('Watcher', 'view')
    const colors: string[] = []
    for (let i = 0; i < 13; i++) {
      const person = join(`Person ${i}`, 'edit', PRESENCE_COLORS[3])
      const seen = watcher.nextStateOf(person.awareness.clientID)
      sendState(person)
      colors.push(colorOf(await seen))
    }
    // The first asked for pink and got it; the others got the free ones in palette order.
    expect(colors[0]).toBe(PRESENCE_COLORS[3])
    expect(new Set(colors.slice(0, 12)).size).toBe(12)
    expect(
      colors.slice(0, 12).every((c) => (PRESENCE_COLORS as readonly string[]).includes(c)),
    ).toBe(true)
    // The thirteenth shares: the colour fewest have, the first in the palette.
    expect(colors[12]).toBe(PRESENCE_COLORS[0])
  })

  it('does not let anyone take a colour someone present has, and tells them the one they got', async () => {
    const ada = join('Ada', 'edit', PRESENCE_COLORS[5])
    const bo = join('Bo', 'edit', PRESENCE_COLORS[0])
    const adaSeen = bo.nextStateOf(ada.awareness.clientID)
    sendState(ada)
    expect(colorOf(await adaSeen)).toBe(PRESENCE_COLORS[5])

    // Mallory asks for Ada's colour, also by changing her own state later.
    const mallory = join('Mallory', 'edit', PRESENCE_COLORS[5])
    const malloryId = mallory.awareness.clientID
    const told = mallory.nextEntryOf(malloryId)
    const seenByBo = bo.nextStateOf(malloryId)
    sendState(mallory)
    const own = await told
    // Her own state comes back one clock ahead, with the colour she was given.
    expect(own.clock).toBe(mallory.awareness.meta.get(malloryId)!.clock + 1)
    expect(colorOf(own.state)).toBe(PRESENCE_COLORS[0])
    expect(colorOf(await seenByBo)).toBe(PRESENCE_COLORS[0])

    mallory.awareness.setLocalState({ user: { name: 'Ada', color: PRESENCE_COLORS[5] } })
    const again = bo.nextStateOf(malloryId)
    sendState(mallory)
    expect(colorOf(await again)).toBe(PRESENCE_COLORS[0])

    // Once Ada has left, her colour is free for the next person who asks for it.
    leave(ada)
    const cy = join('Cy', 'edit', PRESENCE_COLORS[5])
    const cySeen = bo.nextStateOf(cy.awareness.clientID)
    sendState(cy)
    expect(colorOf(await cySeen)).toBe(PRESENCE_COLORS[5])
  })
})

describe("a viewer's presence", () => {
  it('reaches the others without what it selected or types in, and with its real right', async () => {
    const viewer = join('Vera', 'view')
    const editor = join('Ed', 'edit')
    viewer.awareness.setLocalState({
      user: { name: 'Vera' },
      right: 'facilitate',
      selection: ['note-1', 'note-2'],
      editing: 'note-1',
      cursor: { x: 1, y: 2 },
    })
    const seen = editor.nextStateOf(viewer.awareness.clientID)
    sendState(viewer)
    expect(await seen).toEqual({
      user: { name: 'Vera', color: PRESENCE_COLORS[0] },
      right: 'view',
      cursor: { x: 1, y: 2 },
    })

    editor.awareness.setLocalState({ user: { name: 'Ed' }, selection: ['note-1'] })
    const edSeen = viewer.nextStateOf(editor.awareness.clientID)
    sendState(editor)
    expect(await edSeen).toMatchObject({ selection: ['note-1'], right: 'edit' })
  })
})
