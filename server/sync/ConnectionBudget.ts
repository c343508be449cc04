import { TokenBucket } from './TokenBucket.ts'

/** The per-connection edit rate an operator may tune (from the environment, see config.ts). */
export interface EditLimits {
  /** Document updates a connection may send per second, sustained (EDIT_UPDATES_PER_SECOND). */
  editUpdatesPerSecond: number
  /** Updates it may send at once beyond that rate (EDIT_UPDATES_BURST). */
  editUpdatesBurst: number
  /** Update bytes per second, sustained (EDIT_BYTES_PER_SECOND). */
  editBytesPerSecond: number
  /** Update bytes at once: an offline backlog arrives as one large step 2 (EDIT_BYTES_BURST). */
  editBytesBurst: number
}

/**
 * Sync step 1 messages a connection may send at once. The stock client sends one per
 * (re)connect; y-websocket's `resyncInterval` (one more every interval) is off by default and
 * off in Werkraum's client. Each one may cost an encoding of the whole board and its size in
 * bytes out, so a few are plenty.
 */
export const SYNC_STEP1_BURST = 5
/** Sync step 1 messages a connection may send per minute once its burst is used up. */
export const SYNC_STEP1_PER_MINUTE = 6
/**
 * Held back for longer than this in total (forgotten at `FLOOD_FORGET_RATE`), a connection is
 * closed. One that keeps sending faster than its rate has a backlog and is held back without a
 * break: closed after about 20 s. One held back now and then (a burst, then quiet) forgets
 * faster than it gains. No person typing or drawing is held back for 20 s on end.
 */
export const EDIT_FLOOD_CLOSE_MS = 10_000
/** Milliseconds of holding back forgotten per millisecond of time. */
export const FLOOD_FORGET_RATE = 0.5

/** What to do with a connection after counting one of its updates. */
export type EditVerdict =
  | { kind: 'pass' }
  /** Over its rate: stop reading from it for `ms` milliseconds; what it sent is kept. */
  | { kind: 'holdBack'; ms: number }
  /** Far over its rate for long: close it. */
  | { kind: 'flood' }

/**
 * What one connection may cost the server per second: sync step 1 answers (each may be the
 * whole board) and document updates (count and bytes). Pure bookkeeping on a given clock; the
 * connection acts on the verdicts.
 */
export class ConnectionBudget {
  readonly #step1: TokenBucket
  readonly #updates: TokenBucket
  readonly #bytes: TokenBucket
  /** Held-back time still remembered, in ms (see EDIT_FLOOD_CLOSE_MS). */
  #heldMs = 0
  /** Until when the connection is held back already. */
  #heldUntil: number
  #lastEdit: number

  constructor(limits: EditLimits, now: number = performance.now()) {
    this.#step1 = new TokenBucket(SYNC_STEP1_BURST, SYNC_STEP1_PER_MINUTE / 60, now)
    this.#updates = new TokenBucket(limits.editUpdatesBurst, limits.editUpdatesPerSecond, now)
    this.#bytes = new TokenBucket(limits.editBytesBurst, limits.editBytesPerSecond, now)
    this.#heldUntil = now
    this.#lastEdit = now
  }

  /** Counts a sync step 1; false when the connection sent more than its allowance. */
  syncStep1(now: number = performance.now()): boolean {
    return this.#step1.tryTake(1, now)
  }

  /** Counts one document update of `bytes` bytes. */
  edit(bytes: number, now: number = performance.now()): EditVerdict {
    this.#heldMs = Math.max(0, this.#heldMs - (now - this.#lastEdit) * FLOOD_FORGET_RATE)
    this.#lastEdit = now
    const wait = Math.max(this.#updates.take(1, now), this.#bytes.take(bytes, now))
    if (wait === 0) return { kind: 'pass' }
    const until = now + wait
    // Frames read while already held back extend the hold; only the extension counts.
    this.#heldMs += Math.max(0, until - Math.max(this.#heldUntil, now))
    this.#heldUntil = Math.max(this.#heldUntil, until)
    if (this.#heldMs > EDIT_FLOOD_CLOSE_MS) return { kind: 'flood' }
    return { kind: 'holdBack', ms: this.#heldUntil - now }
  }
}
