import * as Y from 'yjs'
import type { Config } from '../config.ts'
import type { Logger } from '../log.ts'
import { StorageUnavailableError, type BoardStore } from '../store/BoardStore.ts'
import { AwarenessBatcher } from './AwarenessBatcher.ts'
import {
  AWARENESS_FORGET_MS,
  AWARENESS_MAX_STATE_BYTES,
  AWARENESS_TIMEOUT_MS,
  AwarenessStates,
} from './AwarenessStates.ts'
import type { Connection } from './Connection.ts'
import { loadBoardDoc } from './loadBoardDoc.ts'
import {
  CLOSE_INTERNAL_ERROR,
  CLOSE_POLICY_VIOLATION,
  ProtocolError,
  decodeClientMessage,
  encodeAwarenessMessage,
  isNullState,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
  type ReceivedAwareness,
  type ClientMessage,
} from './protocol.ts'
import { RoomWriter } from './RoomWriter.ts'
import { PRESENCE_STATES_PER_SECOND } from './PresenceRate.ts'

/** What a room needs from the server around it. */
export interface RoomDeps {
  store: BoardStore
  config: Config
  log: Logger
}

export interface RoomOptions {
  /** Resolves when an earlier instance of this room finished unloading (its compaction). */
  after?: Promise<void>
  /** Called once when the document could not be loaded; the room is unusable then. */
  onFailed?: (room: Room) => void
}

type RoomState = 'loading' | 'ready' | 'failed' | 'closed'

/** Batches of updates up to this size are relayed in one write per connection. */
const CORK_LIMIT_BYTES = 256 * 1024

/**
 * Awareness client ids one connection may use (own, or claim from another connection). A
 * browser uses one, for its whole life; a few more leave room for another Yjs client.
 */
export const AWARENESS_IDS_PER_CONNECTION = 4

/**
 * How long the owner of a presence id has to answer a ping when another connection claims the
 * id (a browser that reconnected while its old socket is silently dead). An owner that answers
 * keeps its id; one that does not is dropped and the claim succeeds: an honest reconnect gets
 * its presence back within this and one awareness tick.
 */
export const AWARENESS_PROBE_MS = 3000

/**
 * One board in memory: its Y.Doc, the connections editing it, and their awareness. Messages
 * of connections that join while the document loads wait in order and run once it is ready.
 */
export class Room {
  readonly id: string
  /** Settles when loading finished, successfully or not (never rejects). */
  readonly loaded: Promise<void>
  readonly #deps: RoomDeps
  readonly #onFailed: (room: Room) => void
  readonly #conns = new Set<Connection>()
  readonly #inbox = new Map<Connection, ClientMessage[]>()
  readonly #awareness = new AwarenessStates()
  /**
   * Which connection first used each client id: only it may change or remove that state, and
   * its closing removes it (Trust, DESIGN.md). Another connection's state for the id is a claim
   * (`#claim`), granted only when the owner turns out to be dead.
   */
  readonly #awarenessOwner = new Map<number, Connection>()
  /** Client id → the connection whose claim of it waits for the owner's probe. */
  readonly #claimants = new Map<number, Connection>()
  /** The awareness message a joining connection gets; dropped on every change of a state. */
  #greeting: Uint8Array | null = null
  /** Whether the room's id limit was hit and logged (logged again once below it). */
  #fullLogged = false
  readonly #batcher = new AwarenessBatcher((ids) => this.#relayAwareness(ids))
  #state: RoomState = 'loading'
  #doc: Y.Doc | null = null
  #writer: RoomWriter | null = null
  #sweepTimer: ReturnType<typeof setInterval> | null = null
  /** Sync step 2 for an empty state vector; dropped on every change of the doc. */
  #fullStep2: Uint8Array | null = null

  constructor(id: string, deps: RoomDeps, options: RoomOptions = {}) {
    this.id = id
    this.#deps = deps
    this.#onFailed = options.onFailed ?? (() => {})
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
      conn.close(CLOSE_INTERNAL_ERROR, 'board unavailable')
      return
    }
    this.#conns.add(conn)
    if (this.#state === 'ready') this.#greet(conn)
    else this.#inbox.set(conn, [])
  }

  /**
   * Removes a connection and the awareness states it owns (their clocks are kept for
   * AWARENESS_FORGET_MS); a claim that waited for one of its ids is granted now.
   */
  leave(conn: Connection): void {
    if (!this.#conns.delete(conn)) return
    const now = Date.now()
    for (const clientId of conn.awarenessClaims.keys()) {
      if (this.#claimants.get(clientId) === conn) this.#claimants.delete(clientId)
    }
    conn.awarenessClaims.clear()
    if (conn.deferredTimer !== null) clearTimeout(conn.deferredTimer)
    conn.deferredTimer = null
    conn.deferredAwareness.clear()
    const released = [...conn.awarenessIds]
    conn.awarenessIds.clear()
    for (const clientId of released) {
      this.#awarenessOwner.delete(clientId)
      if (this.#awareness.release(clientId, now)) this.#presenceChanged(clientId, true)
    }
    for (const clientId of released) this.#grantClaim(clientId)
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

  /** Stores what is pending, compacts, and frees the document. */
  async unload(): Promise<void> {
    await this.loaded
    this.#batcher.dispose()
    if (this.#sweepTimer !== null) clearInterval(this.#sweepTimer)
    await this.#writer?.close()
    this.#state = 'closed'
    this.#doc?.destroy()
    this.#doc = null
  }

  async #load(): Promise<void> {
    const { store, config, log } = this.#deps
    try {
      const { doc, lastSeq, pending } = await loadBoardDoc(store, this.id, log)
      this.#doc = doc
      this.#writer = new RoomWriter({
        boardId: this.id,
        doc,
        store,
        config,
        log,
        lastSeq,
        pending,
        inOneWrite: (applyBatch, bytes) => this.#inOneWrite(applyBatch, bytes),
      })
      doc.on('update', this.#relayUpdate)
    } catch (err) {
      this.#fail(err)
      return
    }
    this.#state = 'ready'
    this.#sweepTimer = setInterval(() => this.#sweepAwareness(), AWARENESS_TIMEOUT_MS / 10)
    this.#sweepTimer.unref()
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

  #fail(err: unknown): void {
    this.#state = 'failed'
    const unavailable = err instanceof StorageUnavailableError
    this.#deps.log.error('board could not be loaded', { boardId: this.id, err })
    for (const conn of this.#conns) {
      conn.close(CLOSE_INTERNAL_ERROR, unavailable ? 'storage unavailable' : 'board unavailable')
    }
    this.#inbox.clear()
    this.#onFailed(this)
  }

  #greet(conn: Connection): void {
    const doc = this.#doc!
    conn.send(encodeSyncStep1(Y.encodeStateVector(doc)))
    if (this.#awareness.size > 0) conn.send(this.#greetingMessage())
    this.#writer!.touch()
  }

  #handle(conn: Connection, message: ClientMessage): void {
    try {
      switch (message.kind) {
        case 'syncStep1':
          conn.send(this.#step2For(message.stateVector))
          break
        case 'syncStep2':
        case 'update':
          // A view connection's step 2 is routine (its answer to our step 1): drop, don't close.
          if (conn.canWrite) this.#writer!.submit(conn, message.update)
          break
        case 'awareness':
          this.#applyAwareness(conn, message.entries)
          break
        case 'queryAwareness':
          // Every state in one answer: it counts against the connection's presence rate.
          if (this.#chargePresence(conn)) conn.send(this.#greetingMessage())
          break
      }
    } catch (err) {
      this.#refuse(conn, err)
    }
  }

  /**
   * The answer to sync step 1. A browser opening the board has an empty doc: that answer is the
   * whole board, encoded once and shared until the next change, so 200 people arriving at the
   * start of a workshop do not cost 200 encodings.
   */
  #step2For(stateVector: Uint8Array): Uint8Array {
    const empty = stateVector.length === 1 && stateVector[0] === 0
    if (!empty) return encodeSyncStep2(Y.encodeStateAsUpdate(this.#doc!, stateVector))
    this.#fullStep2 ??= encodeSyncStep2(Y.encodeStateAsUpdate(this.#doc!))
    return this.#fullStep2
  }

  /**
   * Applies what a connection sent about presence. Entries that change nothing (what a stock
   * client echoes back) are dropped unread. An id nobody owns becomes this connection's, within
   * AWARENESS_IDS_PER_CONNECTION and the room's limit; an id another connection owns is a claim.
   * Every state that counts is charged to the connection's presence rate; one of an own id over
   * it waits (the newest per id) until the rate allows, so the last state of a burst is not lost.
   */
  #applyAwareness(conn: Connection, entries: ReceivedAwareness[]): void {
    // A connection that already left must not bring states back that nobody would remove.
    if (!this.#conns.has(conn)) return
    const now = Date.now()
    for (const entry of entries) {
      if (conn.closedByServer) return
      if (!this.#awareness.isNews(entry)) continue
      const owner = this.#awarenessOwner.get(entry.clientId)
      if (owner !== undefined && owner !== conn) {
        // Removing someone else's state is never a claim: a reconnecting browser sends its
        // state; a stock client that timed a person out locally sends this null for them.
        if (isNullState(entry.json)) continue
        if (this.#chargePresence(conn, now)) this.#claim(conn, owner, entry)
        continue
      }
      if (owner === undefined && !this.#mayOwn(conn, entry.clientId)) continue
      const charged = this.#chargePresence(conn, now)
      // Only a state of an id already this connection's waits; a new id over the rate is
      // dropped (a browser's first state comes on connecting, with the rate untouched).
      if (owner === undefined && !charged) continue
      if (!charged || conn.deferredAwareness.has(entry.clientId)) {
        this.#defer(conn, entry)
        continue
      }
      const change = this.#awareness.apply(entry, now)
      if (owner === undefined) {
        this.#awarenessOwner.set(entry.clientId, conn)
        conn.awarenessIds.add(entry.clientId)
      }
      if (change !== 'unchanged') this.#presenceChanged(entry.clientId, change === 'left')
    }
  }

  /**
   * Whether `conn` may take a new id: more than AWARENESS_IDS_PER_CONNECTION closes it (no
   * browser does that); a room at its limit drops the state (the connection may be honest).
   */
  #mayOwn(conn: Connection, clientId: number): boolean {
    this.#checkIdCount(conn, clientId)
    if (this.#awareness.has(clientId)) return true
    const limit = this.#deps.config.presenceMaxPerRoom
    if (this.#awareness.known < limit) {
      this.#fullLogged = false
      return true
    }
    if (!this.#fullLogged) {
      this.#fullLogged = true
      this.#deps.log.warn('presence limit of the room reached', conn.logFields({ limit }))
    }
    return false
  }

  #checkIdCount(conn: Connection, clientId: number): void {
    if (conn.awarenessIds.has(clientId) || conn.awarenessClaims.has(clientId)) return
    if (conn.awarenessIds.size + conn.awarenessClaims.size < AWARENESS_IDS_PER_CONNECTION) return
    throw new ProtocolError('too many presence ids', CLOSE_POLICY_VIOLATION)
  }

  /**
   * Charges one state to the connection's presence rate: false when it is over the rate (the
   * state waits or is dropped); a flood closes the connection.
   */
  #chargePresence(conn: Connection, now = Date.now()): boolean {
    const verdict = conn.presenceRate.take(now)
    if (verdict === 'flood') throw new ProtocolError('presence flood', CLOSE_POLICY_VIOLATION)
    return verdict === 'ok'
  }

  /** Keeps the newest over-rate state of one of `conn`'s ids, applied when the rate allows. */
  #defer(conn: Connection, entry: ReceivedAwareness): void {
    if (entry.json.length > AWARENESS_MAX_STATE_BYTES) {
      throw new ProtocolError('awareness state too large', CLOSE_POLICY_VIOLATION)
    }
    const waiting = conn.deferredAwareness.get(entry.clientId)
    if (waiting !== undefined && waiting.clock > entry.clock) return
    // A copy: the frame is not kept alive while the state waits.
    conn.deferredAwareness.set(entry.clientId, { ...entry, json: entry.json.slice() })
    conn.deferredTimer ??= setTimeout(
      () => {
        conn.deferredTimer = null
        const entries = [...conn.deferredAwareness.values()]
        conn.deferredAwareness.clear()
        try {
          this.#applyAwareness(conn, entries)
        } catch (err) {
          this.#refuse(conn, err)
        }
      },
      Math.ceil(1000 / PRESENCE_STATES_PER_SECOND),
    )
  }

  /**
   * A state for an id that another live connection owns: not applied. It waits while the owner
   * is pinged; an owner that answers within AWARENESS_PROBE_MS keeps the id (a view link cannot
   * take over, freeze or remove a live person's presence); one that does not is dropped, and
   * the newest waiting claim is granted (a browser whose old socket died silently).
   */
  #claim(conn: Connection, owner: Connection, entry: ReceivedAwareness): void {
    this.#checkIdCount(conn, entry.clientId)
    if (entry.json.length > AWARENESS_MAX_STATE_BYTES) {
      throw new ProtocolError('awareness state too large', CLOSE_POLICY_VIOLATION)
    }
    const previous = this.#claimants.get(entry.clientId)
    if (previous !== undefined && previous !== conn) previous.awarenessClaims.delete(entry.clientId)
    this.#claimants.set(entry.clientId, conn)
    // A copy: the frame is not kept alive while the owner is probed.
    conn.awarenessClaims.set(entry.clientId, { ...entry, json: entry.json.slice() })
    void owner.probe(AWARENESS_PROBE_MS).then((alive) => this.#probed(owner, alive))
  }

  #probed(owner: Connection, alive: boolean): void {
    if (!this.#conns.has(owner)) return
    if (!alive) {
      this.#deps.log.info('dropping silent owner of a claimed presence', owner.logFields())
      owner.terminate()
      this.leave(owner)
      return
    }
    for (const clientId of owner.awarenessIds) {
      const claimant = this.#claimants.get(clientId)
      if (claimant === undefined) continue
      this.#claimants.delete(clientId)
      claimant.awarenessClaims.delete(clientId)
    }
  }

  /** Applies the claim that waited for `clientId`, whose owner has left. */
  #grantClaim(clientId: number): void {
    const claimant = this.#claimants.get(clientId)
    if (claimant === undefined) return
    this.#claimants.delete(clientId)
    const entry = claimant.awarenessClaims.get(clientId)
    claimant.awarenessClaims.delete(clientId)
    if (entry === undefined || !this.#conns.has(claimant)) return
    try {
      this.#applyAwareness(claimant, [entry])
    } catch (err) {
      this.#refuse(claimant, err)
    }
  }

  /** A state changed: relay it at the next tick (`urgent`: whatever the cap, it left). */
  #presenceChanged(clientId: number, urgent: boolean): void {
    this.#greeting = null
    this.#batcher.mark(clientId, urgent)
  }

  /** Every current state in one message, encoded once until the next change. */
  #greetingMessage(): Uint8Array {
    this.#greeting ??= encodeAwarenessMessage(this.#awareness.liveEntries())
    return this.#greeting
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
   * Applies a stored batch with every connection corked, so that its updates leave in one write
   * per connection; an awareness tick that is more than half over rides along in the same write.
   * A large batch (an offline backlog) is written as it goes: corked, it would sit in every
   * connection's buffer at once and count against the slow-consumer limit.
   */
  #inOneWrite(applyBatch: () => void, bytes: number): void {
    if (bytes > CORK_LIMIT_BYTES) return applyBatch()
    const corked = [...this.#conns]
    for (const conn of corked) conn.cork()
    try {
      applyBatch()
      const early = this.#batcher.takeEarly()
      if (early !== null) this.#relayAwareness(early)
    } finally {
      for (const conn of corked) conn.uncork()
    }
  }

  /** The doc's 'update' handler: runs after the update was stored, encodes it once. */
  readonly #relayUpdate = (update: Uint8Array, origin: unknown): void => {
    this.#fullStep2 = null
    let message: Uint8Array | null = null
    for (const conn of this.#conns) {
      if (conn === origin) continue
      message ??= encodeSyncUpdate(update)
      conn.send(message)
    }
  }

  /**
   * One tick of awareness: encoded once for everyone who is keeping up. A connection whose send
   * buffer is full skips it; once drained it gets the newest state of everyone it missed.
   */
  #relayAwareness(clientIds: ReadonlySet<number>): void {
    let shared: Uint8Array | null = null
    let behind = false
    for (const conn of this.#conns) {
      if (conn.isBehind) {
        conn.missedAwareness.skip(clientIds)
        behind = true
        continue
      }
      const missed = conn.missedAwareness.catchUp(clientIds)
      if (missed !== null) {
        conn.send(encodeAwarenessMessage(this.#awareness.entries(missed)))
      } else if (clientIds.size > 0) {
        shared ??= encodeAwarenessMessage(this.#awareness.entries(clientIds))
        conn.send(shared)
      }
    }
    if (behind) this.#batcher.wake()
  }

  /**
   * Drops states not renewed in time (the id stays its connection's, which may renew it) and
   * forgets the clocks of ids whose connection left long enough ago.
   */
  #sweepAwareness(): void {
    const now = Date.now()
    this.#awareness.sweep(now, AWARENESS_TIMEOUT_MS, (clientId) => {
      this.#presenceChanged(clientId, true)
    })
    this.#awareness.forgetReleased(now, AWARENESS_FORGET_MS)
  }
}
