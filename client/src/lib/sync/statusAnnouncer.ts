import type { ConnectionStatus } from './status.ts'

/** Statuses that end the connection for good: said at once. */
const FINAL: ReadonlySet<ConnectionStatus> = new Set([
  'refused',
  'tooLarge',
  'unreadable',
  'full',
  'readOnly',
])

/** How long a status must hold before a screen reader hears of it. */
export const ANNOUNCE_AFTER_MS = 1500

export interface AnnouncerTimer {
  /** Runs `run` after `ms`; returns a function that cancels it. */
  schedule(run: () => void, ms: number): () => void
}

const realTimer: AnnouncerTimer = {
  schedule(run, ms) {
    const id = setTimeout(run, ms)
    return () => clearTimeout(id)
  },
}

/**
 * Decides when a change of the connection status is worth saying aloud: only once it has held
 * for a moment (a Wi-Fi that flickers must not chatter), never the "connecting" of page load,
 * and "connected" only as the end of an outage that was announced. A refusal, or a problem
 * of the board itself, is said at once.
 */
export class StatusAnnouncer {
  readonly #announce: (status: ConnectionStatus) => void
  readonly #timer: AnnouncerTimer
  readonly #delayMs: number
  /** What the person was last told; a page starts out as if told "connected". */
  #told: ConnectionStatus = 'connected'
  #current: ConnectionStatus = 'connecting'
  #cancel: (() => void) | null = null

  constructor(
    announce: (status: ConnectionStatus) => void,
    timer: AnnouncerTimer = realTimer,
    delayMs = ANNOUNCE_AFTER_MS,
  ) {
    this.#announce = announce
    this.#timer = timer
    this.#delayMs = delayMs
  }

  update(status: ConnectionStatus): void {
    if (status === this.#current) return
    this.#current = status
    this.#cancel?.()
    this.#cancel = null
    // "Connecting" is the normal start and a step of every reconnection: nothing to say.
    if (status === 'connecting' || status === this.#told) return
    if (FINAL.has(status)) {
      this.#tell(status)
      return
    }
    this.#cancel = this.#timer.schedule(() => {
      this.#cancel = null
      this.#tell(status)
    }, this.#delayMs)
  }

  destroy(): void {
    this.#cancel?.()
    this.#cancel = null
  }

  #tell(status: ConnectionStatus): void {
    this.#told = status
    this.#announce(status)
  }
}
