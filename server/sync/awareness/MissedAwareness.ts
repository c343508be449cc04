/**
 * Bytes a connection may have waiting in its send buffer before the room stops sending it
 * awareness. Past this, a receiver is behind by several ticks (200 people moving cursors make
 * a few kilobytes per tick); sending it more cursors only makes it later for everything else,
 * document updates included, which are never skipped.
 */
export const AWARENESS_BACKLOG_BYTES = 64 * 1024

/**
 * The awareness a connection skipped because its send buffer was full. Only who changed is kept,
 * not what they sent: once the connection has caught up it gets the newest state of each of
 * them in one message, so a slow receiver skips stale cursor positions but never loses a
 * state for good (a person who left, a final selection).
 */
export class MissedAwareness {
  #ids: Set<number> | null = null

  /** Whether something is waiting to be caught up. */
  get pending(): boolean {
    return this.#ids !== null
  }

  /** Notes the clients of a tick this connection did not get. */
  skip(clientIds: Iterable<number>): void {
    this.#ids ??= new Set()
    for (const id of clientIds) this.#ids.add(id)
  }

  /**
   * The clients whose states to send now, the missed ones and those of this tick, and forgets
   * them; null when nothing was missed (the connection gets the room's shared message).
   */
  catchUp(changed: Iterable<number>): Set<number> | null {
    const ids = this.#ids
    if (ids === null) return null
    this.#ids = null
    for (const id of changed) ids.add(id)
    return ids
  }
}
