/**
 * A token bucket: `capacity` tokens, refilled at `perSecond`. A burst up to the capacity passes
 * at once; beyond it the rate holds. `take` may go into debt (a single message larger than the
 * whole bucket still passes when the bucket is full, then the sender waits it off), so the
 * caller learns how long to hold the sender back instead of having to drop what it already read.
 * Times are milliseconds from a monotonic clock (`performance.now()`).
 */
export class TokenBucket {
  readonly capacity: number
  readonly perSecond: number
  #tokens: number
  #at: number

  constructor(capacity: number, perSecond: number, now: number = performance.now()) {
    this.capacity = capacity
    this.perSecond = perSecond
    this.#tokens = capacity
    this.#at = now
  }

  /** Tokens available now (negative while in debt). */
  available(now: number = performance.now()): number {
    this.#refill(now)
    return this.#tokens
  }

  /**
   * Takes `n` tokens, into debt if need be. Returns how many milliseconds from `now` until the
   * debt is paid off: 0 while the sender is within its budget.
   */
  take(n: number, now: number = performance.now()): number {
    this.#refill(now)
    this.#tokens -= n
    return this.#tokens >= 0 ? 0 : (-this.#tokens / this.perSecond) * 1000
  }

  /** Takes `n` tokens only if they are there; false (and nothing taken) otherwise. */
  tryTake(n: number, now: number = performance.now()): boolean {
    this.#refill(now)
    if (this.#tokens < n) return false
    this.#tokens -= n
    return true
  }

  #refill(now: number): void {
    // A clock that went backwards (it should not) refills nothing rather than draining.
    const elapsed = Math.max(0, now - this.#at)
    this.#at = Math.max(this.#at, now)
    this.#tokens = Math.min(this.capacity, this.#tokens + (elapsed / 1000) * this.perSecond)
  }
}
