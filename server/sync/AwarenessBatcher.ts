/** How long awareness changes of a room are collected before one message goes out. */
export const AWARENESS_TICK_MS = 40

/**
 * Collects the ids of clients whose awareness changed and hands them over once per tick. With
 * 200 people moving cursors at 10 Hz, relaying each change at once would send 200 × 200 messages
 * a tenth of a second; batched, each connection gets one message per tick with the latest state
 * of everyone who moved (a client that moved three times in a tick appears once).
 */
export class AwarenessBatcher {
  #changed = new Set<number>()
  #woken = false
  #timer: ReturnType<typeof setTimeout> | null = null
  readonly #tickMs: number
  readonly #flushTo: (clientIds: ReadonlySet<number>) => void

  constructor(flushTo: (clientIds: ReadonlySet<number>) => void, tickMs = AWARENESS_TICK_MS) {
    this.#flushTo = flushTo
    this.#tickMs = tickMs
  }

  /** Notes a changed client; the first change of a tick starts the timer. */
  mark(clientId: number): void {
    this.#changed.add(clientId)
    if (this.#timer === null) this.#timer = setTimeout(() => this.flush(), this.#tickMs)
  }

  /**
   * Makes sure another tick comes even if nobody changes, so that connections which skipped
   * awareness while behind get caught up (they are handed over an empty set then).
   */
  wake(): void {
    this.#woken = true
    if (this.#timer === null) this.#timer = setTimeout(() => this.flush(), this.#tickMs)
  }

  /** Hands over what was collected now (also used by the timer). */
  flush(): void {
    if (this.#timer !== null) clearTimeout(this.#timer)
    this.#timer = null
    const woken = this.#woken
    this.#woken = false
    if (this.#changed.size === 0 && !woken) return
    const changed = this.#changed
    this.#changed = new Set()
    this.#flushTo(changed)
  }

  /** Drops what is pending and stops the timer (the room is going away). */
  dispose(): void {
    if (this.#timer !== null) clearTimeout(this.#timer)
    this.#timer = null
    this.#woken = false
    this.#changed.clear()
  }
}
