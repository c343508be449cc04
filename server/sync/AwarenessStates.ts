import {
  isNullState,
  parseAwarenessState,
  type AwarenessEntry,
  type ReceivedAwareness,
} from './protocol.ts'

/**
 * How long a client's state stays without renewal (as y-protocols' `outdatedTimeout`; the stock
 * client renews every 15 s).
 */
export const AWARENESS_TIMEOUT_MS = 30_000

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
 * each state as the JSON bytes it arrived in: the server never looks inside, so relaying costs no
 * parse or stringify per recipient. An entry is checked (`parseAwarenessState`) only when its
 * clock says it is newer, so the states a client sends back unchanged cost no parse. Like y-protocols, the clock of a client that left is kept, so
 * a late duplicate of an old state cannot bring it back.
 */
export class AwarenessStates {
  readonly #clients = new Map<number, ClientAwareness>()
  #live = 0

  /** Number of clients with a state. */
  get size(): number {
    return this.#live
  }

  /**
   * Applies one received entry. Throws ProtocolError when a newer state is not JSON; entries
   * of the same message applied before it stay applied.
   */
  apply(entry: ReceivedAwareness, now: number): AwarenessChange {
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
    const state = parseAwarenessState(entry.json)
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
