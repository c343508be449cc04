import { CLOSE_POLICY_VIOLATION } from '../../../shared/protocol/sync.ts'
import {
  ProtocolError,
  isNullState,
  parseAwarenessState,
  type AwarenessEntry,
  type AwarenessRewrite,
  type ReceivedAwareness,
} from '../protocol.ts'

/**
 * How long a client's state stays without renewal (as y-protocols' `outdatedTimeout`; the stock
 * client renews every 15 s).
 */
export const AWARENESS_TIMEOUT_MS = 30_000

/**
 * How long the clock of a client whose connection left is kept. y-protocols keeps it forever, so
 * that a late duplicate of an old state cannot bring a person back; the only senders of old
 * states are clients echoing what they received, and a client drops a state it has not seen
 * renewed within AWARENESS_TIMEOUT_MS, so after twice that no old copy is left to echo. Kept for
 * this long, then forgotten: the clocks kept are bounded by the ids that left in the last minute.
 */
export const AWARENESS_FORGET_MS = 2 * AWARENESS_TIMEOUT_MS

/**
 * The largest awareness state (its JSON, in bytes) the server keeps. Werkraum's browser sends at
 * most about 2 KiB: name (40 characters), colour, right, cursor, view, and a selection of at
 * most 100 element ids (12 characters each; 64 at most, which makes 7 KiB). A state larger than
 * this is not a person's presence.
 */
export const AWARENESS_MAX_STATE_BYTES = 8 * 1024

interface ClientAwareness {
  clock: number
  /** JSON text as the client sent it (UTF-8); null once the client left or timed out. */
  state: Uint8Array | null
  lastUpdated: number
}

/** What applying a received entry did: nothing, a new or renewed state, or the client left. */
export type AwarenessChange = 'unchanged' | 'updated' | 'left'

/**
 * The awareness states of one room, with the clock rules of y-protocols' Awareness, but keeping
 * each state as JSON bytes, parsed and (with a rewrite) written once when kept, so relaying
 * costs no parse or stringify per recipient. An entry is checked (`parseAwarenessState`) only when its
 * clock says it is newer, so the states a client sends back unchanged cost no parse. Like
 * y-protocols, the clock of a client that left is kept, so a late duplicate of an old state
 * cannot bring it back; unlike it, only for AWARENESS_FORGET_MS after its connection left
 * (`release`, `forgetReleased`), so the ids a room knows stay bounded.
 */
export class AwarenessStates {
  readonly #clients = new Map<number, ClientAwareness>()
  /** Ids whose connection left → when; in that order (oldest first), so forgetting is O(1) each. */
  readonly #released = new Map<number, number>()
  #live = 0

  /** Number of clients with a state. */
  get size(): number {
    return this.#live
  }

  /** Number of client ids known (with a state, without one, or released and not yet forgotten). */
  get known(): number {
    return this.#clients.size
  }

  /** Whether the id is known (its clock is kept). */
  has(clientId: number): boolean {
    return this.#clients.has(clientId)
  }

  /**
   * Whether applying the entry would change anything (a newer clock, or the removal of a live
   * state with the same clock): the entries that count as a client's own sending. Anything else
   * is what a stock client echoes back, dropped unread.
   */
  isNews(entry: ReceivedAwareness): boolean {
    const known = this.#clients.get(entry.clientId)
    const clock = known?.clock ?? 0
    if (entry.clock !== clock) return entry.clock > clock
    return known?.state != null && isNullState(entry.json)
  }

  /**
   * Applies one received entry. Throws ProtocolError when a newer state is not JSON; entries
   * of the same message applied before it stay applied. A newer state that is an object is
   * kept as `rewrite` returns it (called only for a state that is kept).
   */
  apply(entry: ReceivedAwareness, now: number, rewrite?: AwarenessRewrite): AwarenessChange {
    const known = this.#clients.get(entry.clientId)
    const clock = known?.clock ?? 0
    if (entry.clock < clock) return 'unchanged'
    if (entry.clock === clock) {
      // The same clock counts only as the removal of a live state (y-protocols).
      if (known?.state == null || !isNullState(entry.json)) return 'unchanged'
      known.state = null
      known.lastUpdated = now
      this.#live--
      return 'left'
    }
    if (entry.json.length > AWARENESS_MAX_STATE_BYTES) {
      throw new ProtocolError('awareness state too large', CLOSE_POLICY_VIOLATION)
    }
    const state = parseAwarenessState(entry.json, rewrite)
    this.#released.delete(entry.clientId)
    if (known === undefined) {
      this.#clients.set(entry.clientId, { clock: entry.clock, state, lastUpdated: now })
      if (state === null) return 'unchanged'
      this.#live++
      return 'updated'
    }
    if (known.state === null && state !== null) this.#live++
    if (known.state !== null && state === null) this.#live--
    known.clock = entry.clock
    known.state = state
    known.lastUpdated = now
    // Relayed even when the state is unchanged: the new clock renews it at every client.
    return state === null ? 'left' : 'updated'
  }

  /** Marks a client as gone (its connection closed); true when it had a state. */
  remove(clientId: number): boolean {
    const known = this.#clients.get(clientId)
    if (known === undefined || known.state === null) return false
    known.state = null
    this.#live--
    return true
  }

  /**
   * Marks a client as gone for good (its connection closed): its state goes, its clock is kept
   * until `forgetReleased` drops it. True when it had a state.
   */
  release(clientId: number, now: number): boolean {
    if (!this.#clients.has(clientId)) return false
    this.#released.delete(clientId)
    this.#released.set(clientId, now)
    return this.remove(clientId)
  }

  /** Forgets the clocks of clients released at least `graceMs` ago. */
  forgetReleased(now: number, graceMs: number): void {
    for (const [clientId, at] of this.#released) {
      if (now - at < graceMs) break
      this.#released.delete(clientId)
      this.#clients.delete(clientId)
    }
  }

  /** Removes states not renewed within `timeoutMs`; calls `removed` for each. */
  sweep(now: number, timeoutMs: number, removed: (clientId: number) => void): void {
    for (const [clientId, known] of this.#clients) {
      if (known.state !== null && now - known.lastUpdated >= timeoutMs) {
        known.state = null
        this.#live--
        removed(clientId)
      }
    }
  }

  /** The current entries of the given clients (a null state for those that left). */
  *entries(clientIds: Iterable<number>): Iterable<AwarenessEntry> {
    for (const clientId of clientIds) {
      const known = this.#clients.get(clientId)
      if (known) yield { clientId, clock: known.clock, state: known.state }
    }
  }

  /** The entries of every client that currently has a state (for a joining connection). */
  *liveEntries(): Iterable<AwarenessEntry> {
    for (const [clientId, known] of this.#clients) {
      if (known.state !== null) yield { clientId, clock: known.clock, state: known.state }
    }
  }
}
