import * as Y from 'yjs'
import type { Config } from '../config.ts'
import type { Logger } from '../log.ts'
import { StorageUnavailableError, type BoardStore } from '../store/BoardStore.ts'
import type { Connection } from './Connection.ts'
import { BoardUnreadableError, loadBoardDoc } from './loadBoardDoc.ts'
import {
  CLOSE_BOARD_UNREADABLE,
  CLOSE_INTERNAL_ERROR,
  CLOSE_POLICY_VIOLATION,
  CLOSE_SERVICE_RESTART,
} from '../../shared/protocol/sync.ts'
import {
  ProtocolError,
  decodeClientMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
  type ClientMessage,
} from './protocol.ts'
import { RoomAwareness } from './awareness/RoomAwareness.ts'
import { RoomWriter, type StoredUpdate } from './RoomWriter.ts'
import { Step2Cache } from './Step2Cache.ts'

/** What a room needs from the server around it. */
export interface RoomDeps {
  store: BoardStore
  config: Config
  log: Logger
}

export interface RoomOptions {
  /** Resolves when an earlier instance of this room finished unloading (its compaction). */
  after?: Promise<void>
  /**
   * Called once when the room became unusable: its document could not be loaded, or a stored
   * update failed to apply (the next connection loads the board from storage again).
   */
  onFailed?: (room: Room) => void
}

/** 'failed': not loaded, or no longer a faithful copy of storage; nothing is written then. */
type RoomState = 'loading' | 'ready' | 'failed' | 'closed'

/** Batches of updates up to this size are relayed in one write per connection. */
const CORK_LIMIT_BYTES = 256 * 1024

/**
 * One board in memory: its Y.Doc and the connections editing it. Updates reach the document only
 * through the writer and `#publish`; presence is the room's awareness part (`RoomAwareness`).
 * Messages of connections that join while the document loads wait in order and run once it is
 * ready. It knows connections, not sockets: any SyncTransport carries them.
 */
export class Room {
  readonly id: string
  /** Settles when loading finished, successfully or not (never rejects). */
  readonly loaded: Promise<void>
  readonly #deps: RoomDeps
  readonly #onFailed: (room: Room) => void
  readonly #conns = new Set<Connection>()
  readonly #inbox = new Map<Connection, ClientMessage[]>()
  readonly #awareness: RoomAwareness
  #state: RoomState = 'loading'
  /** Why the room failed, for connections that arrive meanwhile. */
  #failure: { code: number; reason: string } = {
    code: CLOSE_INTERNAL_ERROR,
    reason: 'board unavailable',
  }
  #doc: Y.Doc | null = null
  #writer: RoomWriter | null = null
  /** Sync step 2 answers by state vector; dropped on every change of the doc. */
  readonly #step2Cache = new Step2Cache()

  constructor(id: string, deps: RoomDeps, options: RoomOptions = {}) {
    this.id = id
    this.#deps = deps
    this.#onFailed = options.onFailed ?? (() => {})
    this.#awareness = new RoomAwareness({
      config: deps.config,
      log: deps.log,
      connections: this.#conns,
      refuse: (conn, err) => this.#refuse(conn, err),
    })
    this.loaded = (options.after ?? Promise.resolve())
      .then(() => this.#load())
      .catch((err: unknown) => deps.log.error('room setup failed', { boardId: id, err }))
  }

  /** Number of connections in the room. */
  get size(): number {
    return this.#conns.size
  }

  get connections(): ReadonlySet<Connection> {
    return this.#conns
  }

  /** Adds a connection; it is greeted (sync step 1, awareness) once the document is ready. */
  join(conn: Connection): void {
    if (this.#state === 'failed' || this.#state === 'closed') {
      conn.close(this.#failure.code, this.#failure.reason)
      return
    }
    this.#conns.add(conn)
    if (this.#state === 'ready') this.#greet(conn)
    else this.#inbox.set(conn, [])
  }

  /**
   * Removes a connection and the awareness states it owns (see RoomAwareness); a claim that
   * waited for one of its ids is granted now.
   */
  leave(conn: Connection): void {
    if (!this.#conns.delete(conn)) return
    this.#awareness.leave(conn)
    this.#writer?.forget(conn)
  }

  /** Handles one binary frame from a connection of this room. */
  receive(conn: Connection, frame: Uint8Array): void {
    if (conn.closedByServer || this.#state === 'failed' || this.#state === 'closed') return
    let message: ClientMessage
    try {
      message = decodeClientMessage(frame, this.#deps.config.presenceMaxPerRoom)
    } catch (err) {
      this.#refuse(conn, err)
      return
    }
    if (this.#state === 'loading') this.#inbox.get(conn)?.push(message)
    else this.#handle(conn, message)
  }

  /**
   * Resolves once the room has loaded and every update received so far is stored and
   * published, or refused (and what became ready meanwhile too).
   */
  async idle(): Promise<void> {
    await this.loaded
    await this.#writer?.drain()
  }

  /**
   * Changes the document on the server's behalf (a board renamed over HTTP): `change` runs on
   * a copy of the loaded document, and what it changed goes through the writer like a client's
   * update, stored before it is applied and relayed to everyone. Rejects when the board cannot
   * be loaded or written.
   */
  async changeFromServer(change: (doc: Y.Doc) => void): Promise<void> {
    await this.loaded
    if (this.#state !== 'ready' || this.#doc === null || this.#writer === null) {
      throw new Error(this.#failure.reason)
    }
    await this.#writer.submitFromServer(serverUpdate(this.#doc, change))
  }

  /** Stores what is pending, compacts, and frees the document. */
  async unload(): Promise<void> {
    await this.loaded
    this.#awareness.dispose()
    await this.#writer?.close()
    this.#state = 'closed'
    this.#doc?.destroy()
    this.#doc = null
  }

  async #load(): Promise<void> {
    const { store, config, log } = this.#deps
    try {
      const { doc, lastSeq, pending, readOnly } = await loadBoardDoc(store, this.id, log)
      this.#doc = doc
      this.#writer = new RoomWriter({
        boardId: this.id,
        doc,
        store,
        config,
        log,
        lastSeq,
        pending,
        readOnly,
        publish: (stored) => this.#publish(stored),
      })
    } catch (err) {
      this.#fail(err)
      return
    }
    this.#state = 'ready'
    this.#awareness.start()
    // The inbox, not #conns: a client that sent an edit and left while we loaded still counts.
    for (const [conn, messages] of this.#inbox) {
      if (this.#conns.has(conn)) this.#greet(conn)
      for (const message of messages) {
        if (conn.closedByServer) break
        this.#handle(conn, message)
      }
    }
    this.#inbox.clear()
    this.#writer.compactIfDue()
  }

  /**
   * Loading failed. A board whose stored content does not apply stays closed (4422, which the
   * stock client does not retry) rather than opening incomplete: its rows stay untouched, and
   * the next connection tries storage again. Closed rather than read-only: what opened would
   * silently lack the part that failed, and people would take it for the whole board.
   */
  #fail(err: unknown): void {
    this.#state = 'failed'
    if (err instanceof BoardUnreadableError) {
      this.#failure = { code: CLOSE_BOARD_UNREADABLE, reason: 'board cannot be opened' }
      this.#deps.log.error('board cannot be opened: stored content does not apply', {
        boardId: this.id,
        part: err.part,
        err: err.cause,
      })
    } else {
      const unavailable = err instanceof StorageUnavailableError
      this.#failure = {
        code: CLOSE_INTERNAL_ERROR,
        reason: unavailable ? 'storage unavailable' : 'board unavailable',
      }
      this.#deps.log.error('board could not be loaded', { boardId: this.id, err })
    }
    for (const conn of this.#conns) conn.close(this.#failure.code, this.#failure.reason)
    this.#inbox.clear()
    this.#onFailed(this)
  }

  /**
   * A stored update threw while being applied: the doc may be half-changed and would wedge the
   * room (no more relays, failing joins and compactions). It is dropped without writing
   * anything; every connection is closed with 1012 and reconnects to a fresh load from storage.
   */
  #reload(): void {
    if (this.#state !== 'ready') return
    this.#state = 'failed'
    this.#failure = { code: CLOSE_SERVICE_RESTART, reason: 'board reloading' }
    this.#deps.log.error('reloading board from storage', { boardId: this.id })
    this.#step2Cache.clear()
    for (const conn of this.#conns) conn.close(this.#failure.code, this.#failure.reason)
    this.#onFailed(this)
  }

  #greet(conn: Connection): void {
    const doc = this.#doc!
    conn.send(encodeSyncStep1(Y.encodeStateVector(doc)))
    this.#awareness.greet(conn)
    this.#writer!.touch()
  }

  #handle(conn: Connection, message: ClientMessage): void {
    try {
      switch (message.kind) {
        case 'syncStep1':
          conn.send(this.#step2For(conn, message.stateVector))
          break
        case 'syncStep2':
        case 'update':
          // A view connection's step 2 is routine (its answer to our step 1): drop, don't close.
          if (conn.canWrite) this.#writer!.submit(conn, message.update)
          break
        case 'awareness':
          this.#awareness.receive(conn, message.entries)
          break
        case 'queryAwareness':
          this.#awareness.query(conn)
          break
      }
    } catch (err) {
      this.#refuse(conn, err)
    }
  }

  /**
   * The answer to sync step 1. Each may be the whole board (an empty or unknown state vector),
   * so a connection gets a few (SYNC_STEP1_BURST) and then one every ten seconds; one that asks
   * more often is closed (1008). Answers are encoded once per distinct state vector and shared
   * until the next change: 200 people arriving at the start of a workshop, or reconnecting
   * together after a network drop, do not cost 200 encodings.
   */
  #step2For(conn: Connection, stateVector: Uint8Array): Uint8Array {
    if (!conn.admitSyncStep1()) {
      throw new ProtocolError('too many sync requests', CLOSE_POLICY_VIOLATION)
    }
    const doc = this.#doc!
    return this.#step2Cache.answer(stateVector, () =>
      encodeSyncStep2(Y.encodeStateAsUpdate(doc, stateVector)),
    )
  }

  #refuse(conn: Connection, err: unknown): void {
    if (err instanceof ProtocolError) {
      this.#deps.log.warn(
        `closing connection: ${err.message}`,
        conn.logFields({ code: err.closeCode }),
      )
      conn.close(err.closeCode, err.message)
    } else {
      this.#deps.log.error('message handling failed', conn.logFields({ err }))
      conn.close(CLOSE_INTERNAL_ERROR, 'internal error')
    }
  }

  /**
   * Nothing is relayed that is not stored: the writer hands over only what the store has made
   * durable (`RoomWriter`), and this is the one place where the loaded document changes and
   * document updates go out. Each stored update is applied, and what it changed is relayed to
   * everyone but its sender. False when one did not apply: the room reloads from storage.
   */
  #publish(stored: readonly StoredUpdate[]): boolean {
    if (this.#state !== 'ready') return false
    const doc = this.#doc!
    let applied = true
    const bytes = stored.reduce((sum, s) => sum + s.update.byteLength, 0)
    this.#inOneWrite(() => {
      for (const { sender, update } of stored) {
        let changes: Uint8Array[]
        try {
          changes = applyUpdateCapturing(doc, update, sender)
        } catch (err) {
          // The guard should make this impossible. The doc may now be half-changed and would
          // wedge the room; the update is stored, so the room reloads from storage instead.
          const fields = sender?.logFields({ err }) ?? { boardId: this.id, err }
          this.#deps.log.error('stored update does not apply', fields)
          applied = false
          this.#reload()
          return
        }
        for (const change of changes) this.#relay(change, sender)
      }
    }, bytes)
    return applied
  }

  /**
   * Runs `send` with every connection corked, so that a stored batch leaves in one write per
   * connection; an awareness tick that is more than half over rides along in the same write.
   * A large batch (an offline backlog) is written as it goes: corked, it would sit in every
   * connection's buffer at once and count against the slow-consumer limit.
   */
  #inOneWrite(send: () => void, bytes: number): void {
    if (bytes > CORK_LIMIT_BYTES) return send()
    const corked = [...this.#conns]
    for (const conn of corked) conn.cork()
    try {
      send()
      this.#awareness.relayEarly()
    } finally {
      for (const conn of corked) conn.uncork()
    }
  }

  /** Sends a change of the document to everyone but its sender (if any), encoded once. */
  #relay(change: Uint8Array, sender: Connection | null): void {
    this.#step2Cache.clear()
    let message: Uint8Array | null = null
    for (const conn of this.#conns) {
      if (conn === sender) continue
      message ??= encodeSyncUpdate(change)
      conn.send(message)
    }
  }
}

/**
 * Applies an update and returns what it changed in the document, as Yjs reports it (an update
 * that also lands content stored earlier carries that too; one that changes nothing, none).
 */
function applyUpdateCapturing(doc: Y.Doc, update: Uint8Array, origin: unknown): Uint8Array[] {
  const changes: Uint8Array[] = []
  const capture = (change: Uint8Array): void => {
    changes.push(change)
  }
  doc.on('update', capture)
  try {
    Y.applyUpdate(doc, update, origin)
  } finally {
    doc.off('update', capture)
  }
  return changes
}

/**
 * What `change` adds to `doc`, as an update: made on a copy, so that the room's document only
 * ever changes through the writer (stored first). The copy costs a moment on a large board,
 * which is fine for the rare changes the server makes itself.
 */
function serverUpdate(doc: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc()
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
    const before = Y.encodeStateVector(copy)
    copy.transact(() => change(copy))
    return Y.encodeStateAsUpdate(copy, before)
  } finally {
    copy.destroy()
  }
}
