/** How long awareness changes of a room are collected before one message goes out. */
export const AWARENESS_TICK_MS = 40

/**
 * How many awareness states a second each connection of a room receives at most, whatever the
 * size of the room. 20 people moving their cursors all the time are relayed at every tick (25
 * a second each); 200 at 2.5 a second each, which the receiving browser smooths by gliding
 * the cursor between positions. Without such a cap every person receives every other person's
 * cursor at the rate it is sent, and the room's traffic grows with the square of its size.
 */
export const AWARENESS_STATES_PER_SECOND = 500

/**
 * The longest tick. While people are relayed only every few hundred milliseconds, a tick of a
 * quarter of that loses nothing a receiver can see, and every tick is a write to every
 * connection of the room (200 writes, several milliseconds of the server's event loop).
 */
export const AWARENESS_MAX_TICK_MS = 100

/** How long the count of people moving (see `tickMs`) looks back. */
const ACTIVITY_WINDOW_MS = 1000

/**
 * The tick when `active` people changed their state within the last second: a quarter of the
 * time it takes to relay each of them once within AWARENESS_STATES_PER_SECOND, within bounds.
 */
export function tickMs(active: number, shortest = AWARENESS_TICK_MS): number {
  const roundMs = (active * 1000) / AWARENESS_STATES_PER_SECOND
  return Math.min(AWARENESS_MAX_TICK_MS, Math.max(shortest, Math.floor(roundMs / 4)))
}

/** How many people's states one tick of `tick` ms hands over at most. */
export function statesPerTick(tick: number): number {
  return Math.max(1, Math.ceil((AWARENESS_STATES_PER_SECOND * tick) / 1000))
}

/**
 * Collects the ids of clients whose awareness changed and hands them over once per tick. With
 * 200 people moving cursors at 10 Hz, relaying each change at once would send 200 × 200 messages
 * a tenth of a second; batched, each connection gets one message per tick with the latest state
 * of everyone who moved (a client that moved three times in a tick appears once).
 *
 * A tick hands over at most `statesPerTick` people, in the order they started waiting: the
 * waiting ids are an insertion-ordered set, a change of someone already waiting keeps their
 * place, and a handed-over id that changes again joins at the end. That is fair (everyone in
 * turn) and costs O(1) per change and per id handed over, however many wait: no sort per tick,
 * and nothing kept about an id once it went out. So each receiver gets at most AWARENESS_STATES_PER_SECOND states a second, and with many
 * people moving each of them is relayed in turn, evenly. Departures go out at the next tick
 * whatever the cap. Ticks get longer (up to AWARENESS_MAX_TICK_MS) as more people move.
 */
export class AwarenessBatcher {
  /** Ids waiting to be handed over, in the order they started waiting (a FIFO queue). */
  readonly #changed = new Set<number>()
  /** Changes that go out at the next tick whatever the cap (departures). */
  readonly #urgent = new Set<number>()
  /** Ids marked in the current activity window, and how many the previous one had. */
  #activeNow = new Set<number>()
  #activeBefore = 0
  #windowStart = 0
  #woken = false
  #timer: ReturnType<typeof setTimeout> | null = null
  /** When the pending tick was scheduled, and how long it is. */
  #tickStart = 0
  #tickLength = 0
  readonly #tickMs: number
  readonly #flushTo: (clientIds: ReadonlySet<number>) => void

  /** `tickMs`: the shortest tick (the one of a small room). */
  constructor(flushTo: (clientIds: ReadonlySet<number>) => void, tickMs = AWARENESS_TICK_MS) {
    this.#flushTo = flushTo
    this.#tickMs = tickMs
  }

  /**
   * Notes a changed client; the first change of a tick starts the timer. `urgent`: hand it
   * over at the next tick whatever the cap (it left).
   */
  mark(clientId: number, urgent = false): void {
    this.#changed.add(clientId)
    this.#activeNow.add(clientId)
    if (urgent) this.#urgent.add(clientId)
    this.#schedule()
  }

  /**
   * Makes sure another tick comes even if nobody changes, so that connections which skipped
   * awareness while behind get caught up (they are handed over an empty set then).
   */
  wake(): void {
    this.#woken = true
    this.#schedule()
  }

  /** Hands over what is due now (also used by the timer). */
  flush(now = Date.now()): void {
    const due = this.#take(now)
    if (due !== null) this.#flushTo(due)
  }

  /**
   * The pending tick, early, when more than half of it has passed: the caller is about to write
   * to every connection anyway (a document update) and sends it in the same write. Null when
   * no tick is pending or it is too early; the tick then comes at its time.
   */
  takeEarly(now = Date.now()): ReadonlySet<number> | null {
    if (this.#timer === null || now - this.#tickStart < this.#tickLength / 2) return null
    return this.#take(now)
  }

  /** What is due now, or null when there is nothing to hand over; reschedules what waits. */
  #take(now: number): Set<number> | null {
    if (this.#timer !== null) clearTimeout(this.#timer)
    this.#timer = null
    const woken = this.#woken
    this.#woken = false
    const cap = statesPerTick(tickMs(this.#activePeople(now), this.#tickMs))
    const due = new Set<number>()
    for (const id of this.#urgent) {
      due.add(id)
      this.#changed.delete(id)
    }
    this.#urgent.clear()
    // The head of the queue; deleting while iterating a Set is safe and keeps the rest in order.
    let taken = 0
    for (const id of this.#changed) {
      if (taken >= cap) break
      due.add(id)
      this.#changed.delete(id)
      taken++
    }
    if (this.#changed.size > 0) this.#schedule()
    return due.size === 0 && !woken ? null : due
  }

  /** Drops what is pending and stops the timer (the room is going away). */
  dispose(): void {
    if (this.#timer !== null) clearTimeout(this.#timer)
    this.#timer = null
    this.#woken = false
    this.#changed.clear()
    this.#urgent.clear()
  }

  #schedule(): void {
    if (this.#timer !== null) return
    const active = Math.max(this.#activeBefore, this.#activeNow.size)
    this.#tickStart = Date.now()
    this.#tickLength = tickMs(active, this.#tickMs)
    this.#timer = setTimeout(() => this.flush(), this.#tickLength)
  }

  /** People who changed their state in the last one to two activity windows. */
  #activePeople(now: number): number {
    if (now - this.#windowStart >= ACTIVITY_WINDOW_MS) {
      // A flush follows every change within a tick, so what the ended window holds is recent.
      this.#activeBefore = this.#activeNow.size
      this.#activeNow = new Set()
      this.#windowStart = now
    }
    return Math.max(this.#activeBefore, this.#activeNow.size)
  }
}
