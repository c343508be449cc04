/**
 * A token bucket per connection: `burst` events at once, refilled at `perSecond`. Enough for a
 * presenter's view updates (the client sends at most 10 a second) and stops a flooding script
 * without costing the room anything.
 */
export class RateLimiter {
  readonly #burst: number
  readonly #perSecond: number
  readonly #now: () => number
  #tokens: number
  #last: number

  constructor(burst: number, perSecond: number, now: () => number = Date.now) {
    this.#burst = burst
    this.#perSecond = perSecond
    this.#now = now
    this.#tokens = burst
    this.#last = now()
  }

  /** Takes one token; false when the bucket is empty (the event is refused). */
  take(): boolean {
    const now = this.#now()
    this.#tokens = Math.min(
      this.#burst,
      this.#tokens + ((now - this.#last) / 1000) * this.#perSecond,
    )
    this.#last = now
    if (this.#tokens < 1) return false
    this.#tokens -= 1
    return true
  }
}

/** Control events one connection may send at once, and per second after that. */
export const CONTROL_BURST = 40
export const CONTROL_PER_SECOND = 20
