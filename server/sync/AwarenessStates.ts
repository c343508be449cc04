import type { AwarenessEntry } from './protocol.ts'

/**
 * How long a client's state stays without renewal (as y-protocols' `outdatedTimeout`; the stock
 * client renews every 15 s).
 */
export const AWARENESS_TIMEOUT_MS = 30_000

interface ClientAwareness {
  clock: number
  /** JSON text as the client sent it; null once the client left or timed out. */
  state: string | null
  lastUpdated: number
}

/**
 * The awareness states of one room, with the clock rules of y-protocols' Awareness, but keeping
 * each state as the JSON text it arrived in: the server never looks inside, so relaying costs no
 * parse or stringify per recipient. Like y-protocols, the clock of a client that left is kept, so
 * a late duplicate of an old state cannot bring it back.
 */
export class AwarenessStates {
  readonly #clients = new Map<number, ClientAwareness>()
  #live = 0

  /** Number of clients with a state. */
  get size(): number {
    return this.#live
  }

  /** Applies one entry; true when it changed something the other clients must hear about. */
  apply(entry: AwarenessEntry, now: number): boolean {
    const known = this.#clients.get(entry.clientId)
    const clock = known?.clock ?? 0
    const newer = clock < entry.clock
    const removesLive = clock === entry.clock && entry.state === null && known?.state != null
    if (!newer && !removesLive) return false
    if (known === undefined) {
      this.#clients.set(entry.clientId, {
        clock: entry.clock,
        state: entry.state,
        lastUpdated: now,
      })
      if (entry.state !== null) this.#live++
      return entry.state !== null
    }
    if (known.state === null && entry.state !== null) this.#live++
    if (known.state !== null && entry.state === null) this.#live--
    known.clock = entry.clock
    known.state = entry.state
    known.lastUpdated = now
    // Relayed even when the state is unchanged: the new clock renews it at every client.
    return true
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
