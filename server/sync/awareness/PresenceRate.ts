/**
 * Awareness states a second one connection may send, sustained. Werkraum's browser sends at
 * most 20 (its coalescer), plus a renewal every 15 s; the rest is headroom for timer jitter and
 * a reconnecting browser's second id.
 */
export const PRESENCE_STATES_PER_SECOND = 30

/** States a connection may send at once after being quiet (one second's worth). */
export const PRESENCE_BURST = PRESENCE_STATES_PER_SECOND

/**
 * States over the rate, not yet paid off by quiet time, at which a connection counts as flooding
 * and is closed: ten seconds' worth. An honest browser never goes over the rate at all.
 */
export const PRESENCE_FLOOD_STATES = 10 * PRESENCE_STATES_PER_SECOND

/** What a connection's next state may do: be applied now, wait, or close the connection. */
export type PresenceVerdict = 'ok' | 'wait' | 'flood'

/**
 * The presence rate of one connection, a token bucket: PRESENCE_STATES_PER_SECOND refill it, up
 * to PRESENCE_BURST. A state without a token waits (the room keeps the newest per id) and adds
 * to a debt that shrinks at the same rate; a debt over PRESENCE_FLOOD_STATES is a flood.
 */
export class PresenceRate {
  #tokens = PRESENCE_BURST
  #debt = 0
  #at: number

  constructor(now: number) {
    this.#at = now
  }

  /** Takes one state's token at `now` (ms). */
  take(now: number): PresenceVerdict {
    const refill = (Math.max(0, now - this.#at) * PRESENCE_STATES_PER_SECOND) / 1000
    this.#at = now
    this.#debt = Math.max(0, this.#debt - refill)
    this.#tokens = Math.min(PRESENCE_BURST, this.#tokens + refill)
    if (this.#tokens >= 1) {
      this.#tokens--
      return 'ok'
    }
    this.#debt++
    return this.#debt > PRESENCE_FLOOD_STATES ? 'flood' : 'wait'
  }
}
