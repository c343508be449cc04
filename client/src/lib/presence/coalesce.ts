/** Timing the coalescer needs; tests pass a manual clock and frame queue instead of the browser's. */
export interface Scheduler {
  now(): number
  /** Runs `callback` before the next repaint. */
  frame(callback: () => void): void
  /** Runs `callback` after `ms` milliseconds. */
  after(ms: number, callback: () => void): void
}

export const browserScheduler: Scheduler = {
  now: () => performance.now(),
  frame: (callback) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => callback())
    else setTimeout(callback, 16)
  },
  after: (ms, callback) => void setTimeout(callback, ms),
}

/** At most 20 presence messages a second: the budget of DESIGN.md is 200 people at 10 Hz. */
export const MIN_SEND_INTERVAL_MS = 50

/**
 * Collects changes (a moving pointer, a panning view, a new selection) and sends them merged,
 * once per animation frame and never more often than every `minIntervalMs`. A hidden tab gets
 * no animation frames, so a pending change there waits until the tab is visible again; that is
 * fine, as a hidden tab's pointer does not move.
 */
export class Coalescer<T extends object> {
  #pending: Partial<T> | null = null
  #scheduled = false
  #lastSent = -Infinity
  readonly #send: (change: Partial<T>) => void
  readonly #scheduler: Scheduler
  readonly #minInterval: number

  constructor(
    send: (change: Partial<T>) => void,
    scheduler: Scheduler = browserScheduler,
    minIntervalMs = MIN_SEND_INTERVAL_MS,
  ) {
    this.#send = send
    this.#scheduler = scheduler
    this.#minInterval = minIntervalMs
  }

  /** Adds a change; later values of a field replace earlier ones still waiting. */
  push(change: Partial<T>): void {
    this.#pending = { ...this.#pending, ...change }
    if (this.#scheduled) return
    this.#scheduled = true
    const wait = this.#lastSent + this.#minInterval - this.#scheduler.now()
    if (wait > 0) this.#scheduler.after(wait, () => this.#scheduler.frame(() => this.flush()))
    else this.#scheduler.frame(() => this.flush())
  }

  /** Sends what is waiting now (also called by the scheduled frame). */
  flush(): void {
    this.#scheduled = false
    const change = this.#pending
    this.#pending = null
    if (change === null) return
    this.#lastSent = this.#scheduler.now()
    this.#send(change)
  }

  /** Forgets what is waiting (the board is closing). */
  cancel(): void {
    this.#pending = null
  }
}
