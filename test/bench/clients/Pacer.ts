/**
 * Spreads `ratePerSecond` events evenly over time from `start`: each call says how many became
 * due since the last one. A late timer tick catches up by at most `maxBacklogMs` worth of
 * events and skips the rest (counted), so an overloaded client process does not answer its own
 * lag with a burst that makes the lag worse; a real client would also send only its last cursor.
 */
export class Pacer {
  readonly #ratePerMs: number
  readonly #start: number
  readonly #maxBurst: number
  #emitted = 0
  skipped = 0

  constructor(ratePerSecond: number, start: number, maxBacklogMs = 100) {
    this.#ratePerMs = ratePerSecond / 1000
    this.#start = start
    this.#maxBurst = Math.max(1, Math.ceil(maxBacklogMs * this.#ratePerMs))
  }

  due(now: number): number {
    const total = Math.floor((now - this.#start) * this.#ratePerMs)
    const due = Math.max(0, total - this.#emitted)
    this.#emitted = total
    if (due <= this.#maxBurst) return due
    this.skipped += due - this.#maxBurst
    return this.#maxBurst
  }
}
