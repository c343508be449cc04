/**
 * Passes on at most one value per `intervalMs`: the first at once, then the latest of each
 * interval at its end, so the last value always arrives (the presenter's view where they stopped).
 */
export class Throttle<T> {
  readonly #intervalMs: number
  readonly #send: (value: T) => void
  #timer: ReturnType<typeof setTimeout> | undefined
  #pending: { value: T } | null = null

  constructor(intervalMs: number, send: (value: T) => void) {
    this.#intervalMs = intervalMs
    this.#send = send
  }

  push(value: T): void {
    if (this.#timer !== undefined) {
      this.#pending = { value }
      return
    }
    this.#send(value)
    this.#timer = setTimeout(() => this.#flush(), this.#intervalMs)
  }

  cancel(): void {
    clearTimeout(this.#timer)
    this.#timer = undefined
    this.#pending = null
  }

  #flush(): void {
    this.#timer = undefined
    const pending = this.#pending
    this.#pending = null
    if (pending) this.push(pending.value)
  }
}

/** The presenter's view goes out at most this often (the server allows 20 events a second). */
export const PRESENTATION_INTERVAL_MS = 100
