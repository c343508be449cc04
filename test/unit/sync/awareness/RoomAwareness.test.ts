// The room's awareness part in the real Room, over in-memory links (no sockets): a state is
// relayed to the others at the next tick, greets whoever joins later, and goes when its
// connection leaves. The limits are covered against the real server in
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

function join(name: string): Person {
  const waiting: Array<{ clientId: number; resolve: (state: unknown) => void }> = []
  const transport = new MemoryTransport((frame) => {
    const message = decodeClientMessage(frame)
    if (message.kind !== 'awareness') return
    for (const entry of message.entries) {
      const state: unknown = JSON.parse(new TextDecoder().decode(entry.json))
      for (const waiter of waiting.filter((w) => w.clientId === entry.clientId)) {
        waiting.splice(waiting.indexOf(waiter), 1)
        waiter.resolve(state)
      }
    }
  })
  const conn = new Connection(transport, room.id, 'edit', silentLogger, config)
  const awareness = new Awareness(new Y.Doc())
  awareness.setLocalState({ user: { name } })
  room.join(conn)
  return {
    conn,
    transport,
    awareness,
    nextStateOf: (clientId) => new Promise((resolve) => waiting.push({ clientId, resolve })),
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
    expect(await seenByBo).toEqual({ user: { name: 'Ada' } })

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
