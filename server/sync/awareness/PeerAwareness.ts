import type { ReceivedAwareness } from '../protocol.ts'
import { MissedAwareness } from './MissedAwareness.ts'
import { PresenceRate } from './PresenceRate.ts'

/**
 * What a room's awareness keeps about one connection: the client ids it owns and claims, its
 * presence rate, the states that wait for that rate, and the ticks it skipped while behind. It
 * lives in the room's awareness (`RoomAwareness`), not on the connection, and goes with it when
 * the connection leaves.
 */
export class PeerAwareness {
  /**
   * Awareness client ids this connection used first: only it may change or remove their states,
   * and they are removed from the room when it closes.
   */
  readonly ids = new Set<number>()
  /**
   * States this connection sent for ids another connection owns, waiting for the room to check
   * that owner (see RoomAwareness's claims): granted if it turns out dead, dropped if it answers.
   */
  readonly claims = new Map<number, ReceivedAwareness>()
  /** How many awareness states this connection may still send (see PresenceRate). */
  readonly rate: PresenceRate
  /** The newest state per own id that came over the rate, applied when the rate allows. */
  readonly deferred = new Map<number, ReceivedAwareness>()
  /** Runs the deferred states; null when none wait. */
  deferredTimer: ReturnType<typeof setTimeout> | null = null
  /** Awareness skipped while this connection's send buffer was full. */
  readonly missed = new MissedAwareness()

  constructor(now: number) {
    this.rate = new PresenceRate(now)
  }

  /** Drops the states waiting for the rate and their timer (the connection left). */
  dropDeferred(): void {
    if (this.deferredTimer !== null) clearTimeout(this.deferredTimer)
    this.deferredTimer = null
    this.deferred.clear()
  }
}
