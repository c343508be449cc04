import type { Config } from '../../config.ts'
import type { Logger } from '../../log.ts'
import type { Connection } from '../Connection.ts'
import { CLOSE_POLICY_VIOLATION } from '../../../shared/protocol/sync.ts'
import {
  ProtocolError,
  encodeAwarenessMessage,
  isNullState,
  type AwarenessEntry,
  type ReceivedAwareness,
} from '../protocol.ts'
import { AwarenessBatcher } from './AwarenessBatcher.ts'
import {
  AWARENESS_FORGET_MS,
  AWARENESS_MAX_STATE_BYTES,
  AWARENESS_TIMEOUT_MS,
  AwarenessStates,
} from './AwarenessStates.ts'
import { AWARENESS_BACKLOG_BYTES } from './MissedAwareness.ts'
import { PeerAwareness } from './PeerAwareness.ts'
import { PresenceColorBook } from './PresenceColorBook.ts'
import { askedColor, stampPresence } from './stampPresence.ts'
import { PRESENCE_STATES_PER_SECOND } from './PresenceRate.ts'

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
 * The greeting's states go out in messages of about this many bytes (one state more at most):
 * a room full of large states never makes one huge message, which would hold the joiner's
 * socket (and the server's event loop, encoding it) for its whole length.
 */
export const AWARENESS_GREETING_CHUNK_BYTES = 64 * 1024

/** How often states not renewed in time are dropped (see `sweep`). */
const SWEEP_INTERVAL_MS = AWARENESS_TIMEOUT_MS / 10

/** What a room's awareness needs from the room. */
export interface RoomAwarenessDeps {
  config: Config
  log: Logger
  /** The room's connections: presence is relayed to them, and only theirs is accepted. */
  connections: ReadonlySet<Connection>
  /** Closes a connection for what it sent (a ProtocolError's code, or an internal error). */
  refuse: (conn: Connection, err: unknown) => void
}

/**
 * The presence (Yjs awareness) of one room: the states, which connection owns which client id,
 * claims of an id by another connection, the limits per connection and room, the ticks that
 * relay changes and the sweep that drops states not renewed. Everything it keeps about a
 * connection is here too (`PeerAwareness`), dropped when the connection leaves. Every byte of
 * it is from a client and checked here (Trust, DESIGN.md). The room only hands it messages.
 */
export class RoomAwareness {
  readonly #deps: RoomAwarenessDeps
  readonly #awareness = new AwarenessStates()
  /** What is kept per connection, from its first awareness message until it leaves. */
  readonly #peers = new Map<Connection, PeerAwareness>()
  /**
   * Which connection first used each client id: only it may change or remove that state, and
   * its closing removes it (Trust, DESIGN.md). Another connection's state for the id is a claim
   * (`#claim`), granted only when the owner turns out to be dead.
   */
  readonly #awarenessOwner = new Map<number, Connection>()
  /** Client id → the connection whose claim of it waits for the owner's probe. */
  readonly #claimants = new Map<number, Connection>()
  /** The colour each client id with a state was given (the server decides, not the client). */
  readonly #colors = new PresenceColorBook()
  /** The awareness messages a joining connection gets; dropped on every change of a state. */
  #greeting: Uint8Array[] | null = null
  /** Whether the room's id limit was hit and logged (logged again once below it). */
  #fullLogged = false
  readonly #batcher = new AwarenessBatcher((ids) => this.#relay(ids))
  #sweepTimer: ReturnType<typeof setInterval> | null = null

  constructor(deps: RoomAwarenessDeps) {
    this.#deps = deps
  }

  /** Starts sweeping states not renewed in time (once the room is ready). */
  start(): void {
    this.#sweepTimer ??= setInterval(() => this.sweep(Date.now()), SWEEP_INTERVAL_MS)
    this.#sweepTimer.unref()
  }

  /** Sends a joining connection every current state, if anyone is present. */
  greet(conn: Connection): void {
    if (this.#awareness.size > 0) for (const message of this.#greetingMessages()) conn.send(message)
  }

  /** Applies an awareness message. Throws ProtocolError for what closes the connection. */
  receive(conn: Connection, entries: ReceivedAwareness[]): void {
    this.#applyAwareness(conn, entries)
  }

  /** Answers a query for every state; it counts against the connection's presence rate. */
  query(conn: Connection): void {
    if (!this.#chargePresence(conn)) return
    for (const message of this.#greetingMessages()) conn.send(message)
  }

  /**
   * Drops what a connection that left owned and claimed: its states are relayed as gone, their
   * clocks kept for AWARENESS_FORGET_MS; a claim that waited for one of its ids is granted now.
   * Call after the connection was removed from the room's connections.
   */
  leave(conn: Connection): void {
    const peer = this.#peers.get(conn)
    if (peer === undefined) return
    this.#peers.delete(conn)
    const now = Date.now()
    for (const clientId of peer.claims.keys()) {
      if (this.#claimants.get(clientId) === conn) this.#claimants.delete(clientId)
    }
    peer.claims.clear()
    peer.dropDeferred()
    const released = [...peer.ids]
    peer.ids.clear()
    for (const clientId of released) {
      this.#awarenessOwner.delete(clientId)
      if (this.#awareness.release(clientId, now)) this.#presenceChanged(clientId, true)
    }
    for (const clientId of released) this.#grantClaim(clientId)
  }

  /**
   * Relays the pending tick now if more than half of it has passed: the room is writing a
   * document update to every connection and the tick rides along in the same write.
   */
  relayEarly(): void {
    const early = this.#batcher.takeEarly()
    if (early !== null) this.#relay(early)
  }

  /** Stops the ticks and the sweep (the room is going away). */
  dispose(): void {
    this.#batcher.dispose()
    if (this.#sweepTimer !== null) clearInterval(this.#sweepTimer)
    this.#sweepTimer = null
  }

  /**
   * Drops states not renewed in time (the id stays its connection's, which may renew it) and
   * forgets the clocks of ids whose connection left long enough ago.
   */
  sweep(now: number): void {
    this.#awareness.sweep(now, AWARENESS_TIMEOUT_MS, (clientId) => {
      this.#presenceChanged(clientId, true)
    })
    this.#awareness.forgetReleased(now, AWARENESS_FORGET_MS)
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
    if (!this.#deps.connections.has(conn)) return
    const now = Date.now()
    const peer = this.#peer(conn, now)
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
      if (owner === undefined && !this.#mayOwn(conn, peer, entry.clientId)) continue
      const charged = this.#chargePresence(conn, now)
      // Only a state of an id already this connection's waits; a new id over the rate is
      // dropped (a browser's first state comes on connecting, with the rate untouched).
      if (owner === undefined && !charged) continue
      if (!charged || peer.deferred.has(entry.clientId)) {
        this.#defer(conn, peer, entry)
        continue
      }
      let recolored = false
      const change = this.#awareness.apply(entry, now, (state) => {
        const color = this.#colors.colorFor(entry.clientId, askedColor(state))
        recolored = askedColor(state) !== color
        return stampPresence(state, color, conn.right)
      })
      if (owner === undefined) {
        this.#awarenessOwner.set(entry.clientId, conn)
        peer.ids.add(entry.clientId)
      }
      if (change !== 'unchanged') this.#presenceChanged(entry.clientId, change === 'left')
      if (recolored) this.#tellColor(conn, entry.clientId)
    }
  }

  /**
   * Sends a connection its own state as kept, with the colour it was given instead of the one
   * it asked for, one clock ahead of what it sent: y-protocols' awareness takes a newer state of
   * its own id as its local state, so the person's browser learns its colour (and sends the
   * state on with it). The others get the kept state at the next tick as usual.
   */
  #tellColor(conn: Connection, clientId: number): void {
    for (const entry of this.#awareness.entries([clientId])) {
      if (entry.state === null) return
      conn.send(encodeAwarenessMessage([{ ...entry, clock: entry.clock + 1 }]))
    }
  }

  /**
   * Whether `conn` may take a new id: more than AWARENESS_IDS_PER_CONNECTION closes it (no
   * browser does that); a room at its limit drops the state (the connection may be honest).
   */
  #mayOwn(conn: Connection, peer: PeerAwareness, clientId: number): boolean {
    this.#checkIdCount(peer, clientId)
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

  #checkIdCount(peer: PeerAwareness, clientId: number): void {
    if (peer.ids.has(clientId) || peer.claims.has(clientId)) return
    if (peer.ids.size + peer.claims.size < AWARENESS_IDS_PER_CONNECTION) return
    throw new ProtocolError('too many presence ids', CLOSE_POLICY_VIOLATION)
  }

  /**
   * Charges one state to the connection's presence rate: false when it is over the rate (the
   * state waits or is dropped); a flood closes the connection.
   */
  #chargePresence(conn: Connection, now = Date.now()): boolean {
    const verdict = this.#peer(conn, now).rate.take(now)
    if (verdict === 'flood') throw new ProtocolError('presence flood', CLOSE_POLICY_VIOLATION)
    return verdict === 'ok'
  }

  /** Keeps the newest over-rate state of one of `conn`'s ids, applied when the rate allows. */
  #defer(conn: Connection, peer: PeerAwareness, entry: ReceivedAwareness): void {
    if (entry.json.length > AWARENESS_MAX_STATE_BYTES) {
      throw new ProtocolError('awareness state too large', CLOSE_POLICY_VIOLATION)
    }
    const waiting = peer.deferred.get(entry.clientId)
    if (waiting !== undefined && waiting.clock > entry.clock) return
    // A copy: the frame is not kept alive while the state waits.
    peer.deferred.set(entry.clientId, { ...entry, json: entry.json.slice() })
    peer.deferredTimer ??= setTimeout(
      () => {
        peer.deferredTimer = null
        const entries = [...peer.deferred.values()]
        peer.deferred.clear()
        try {
          this.#applyAwareness(conn, entries)
        } catch (err) {
          this.#deps.refuse(conn, err)
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
    const peer = this.#peer(conn)
    this.#checkIdCount(peer, entry.clientId)
    if (entry.json.length > AWARENESS_MAX_STATE_BYTES) {
      throw new ProtocolError('awareness state too large', CLOSE_POLICY_VIOLATION)
    }
    const previous = this.#claimants.get(entry.clientId)
    if (previous !== undefined && previous !== conn) {
      this.#peers.get(previous)?.claims.delete(entry.clientId)
    }
    this.#claimants.set(entry.clientId, conn)
    // A copy: the frame is not kept alive while the owner is probed.
    peer.claims.set(entry.clientId, { ...entry, json: entry.json.slice() })
    void owner.probe(AWARENESS_PROBE_MS).then((alive) => this.#probed(owner, alive))
  }

  #probed(owner: Connection, alive: boolean): void {
    if (!this.#deps.connections.has(owner)) return
    if (!alive) {
      this.#deps.log.info('dropping silent owner of a claimed presence', owner.logFields())
      owner.terminate()
      this.leave(owner)
      return
    }
    for (const clientId of this.#peers.get(owner)?.ids ?? []) {
      const claimant = this.#claimants.get(clientId)
      if (claimant === undefined) continue
      this.#claimants.delete(clientId)
      this.#peers.get(claimant)?.claims.delete(clientId)
    }
  }

  /** Applies the claim that waited for `clientId`, whose owner has left. */
  #grantClaim(clientId: number): void {
    const claimant = this.#claimants.get(clientId)
    if (claimant === undefined) return
    this.#claimants.delete(clientId)
    const claims = this.#peers.get(claimant)?.claims
    const entry = claims?.get(clientId)
    claims?.delete(clientId)
    if (entry === undefined || !this.#deps.connections.has(claimant)) return
    try {
      this.#applyAwareness(claimant, [entry])
    } catch (err) {
      this.#deps.refuse(claimant, err)
    }
  }

  /**
   * A state changed: relay it at the next tick (`urgent`: whatever the cap, it left, and its
   * colour is free again).
   */
  #presenceChanged(clientId: number, urgent: boolean): void {
    if (urgent) this.#colors.release(clientId)
    this.#greeting = null
    this.#batcher.mark(clientId, urgent)
  }

  /**
   * Every current state, in messages of about AWARENESS_GREETING_CHUNK_BYTES (one empty message
   * when nobody is present), encoded once until the next change.
   */
  #greetingMessages(): Uint8Array[] {
    if (this.#greeting !== null) return this.#greeting
    const messages: Uint8Array[] = []
    let chunk: AwarenessEntry[] = []
    let bytes = 0
    for (const entry of this.#awareness.liveEntries()) {
      chunk.push(entry)
      bytes += entry.state?.length ?? 0
      if (bytes < AWARENESS_GREETING_CHUNK_BYTES) continue
      messages.push(encodeAwarenessMessage(chunk))
      chunk = []
      bytes = 0
    }
    if (chunk.length > 0 || messages.length === 0) messages.push(encodeAwarenessMessage(chunk))
    this.#greeting = messages
    return messages
  }

  /** What is kept about `conn`, made on its first awareness message. */
  #peer(conn: Connection, now = Date.now()): PeerAwareness {
    let peer = this.#peers.get(conn)
    if (peer === undefined) {
      peer = new PeerAwareness(now)
      this.#peers.set(conn, peer)
    }
    return peer
  }

  /**
   * One tick of awareness: encoded once for everyone who is keeping up. A connection whose send
   * buffer is full skips it; once drained it gets the newest state of everyone it missed.
   */
  #relay(clientIds: ReadonlySet<number>): void {
    let shared: Uint8Array | null = null
    let behind = false
    for (const conn of this.#deps.connections) {
      const peer = this.#peers.get(conn)
      if (conn.transport.bufferedAmount > AWARENESS_BACKLOG_BYTES) {
        this.#peer(conn).missed.skip(clientIds)
        behind = true
        continue
      }
      const missed = peer?.missed.catchUp(clientIds) ?? null
      if (missed !== null) {
        conn.send(encodeAwarenessMessage(this.#awareness.entries(missed)))
      } else if (clientIds.size > 0) {
        shared ??= encodeAwarenessMessage(this.#awareness.entries(clientIds))
        conn.send(shared)
      }
    }
    if (behind) this.#batcher.wake()
  }
}
