// Updates of a room that wait for a missing dependency. Yjs would keep them as pending content
// inside the document, stored and counted, where they land when anyone's later update resolves
// them: a hostile editor could hang a forbidden write or a delete on another person's next
// clock. The server holds them here instead, in memory only: neither stored, applied nor
// relayed, until what they need is in the document; then each is judged as if it had just
// arrived.
import type * as Y from 'yjs'
import { missingDependency, stateAfter, type MissingDependency } from './missingDependency.ts'
import type { DecodedUpdate } from './updateEffect.ts'

/**
 * Updates one connection may have held. An honest client causes a few for a moment: edits that
 * overtake its own sync step 2 after a reconnect.
 */
export const MAX_HELD_UPDATES_PER_CONNECTION = 64
/** Bytes of held updates per connection: two frames of the default `MAX_MESSAGE_BYTES`. */
export const MAX_HELD_BYTES_PER_CONNECTION = 4 * 1024 * 1024
/** Updates a room may hold, all its connections together. */
export const MAX_HELD_UPDATES_PER_ROOM = 1024
/** Bytes of held updates per room, all its connections together. */
export const MAX_HELD_BYTES_PER_ROOM = 32 * 1024 * 1024

/** An update waiting for a dependency, with the sender it came from. */
export interface HeldUpdate<Sender> {
  sender: Sender
  update: Uint8Array
  decoded: DecodedUpdate
  /** The dependency it waited for when last checked: nothing to do until that clock exists. */
  waitingFor: MissingDependency
}

/** What `hold` did: kept it, or the sender's or the room's bound would be passed. */
export type HoldResult = 'held' | 'over sender bound' | 'over room bound'

/** The held updates of one room, per sender, bounded in count and bytes. */
export class HeldUpdates<Sender> {
  readonly #bySender = new Map<Sender, HeldUpdate<Sender>[]>()
  #count = 0
  #bytes = 0

  /** Updates held, all senders together. */
  get count(): number {
    return this.#count
  }

  /** Bytes held, all senders together. */
  get bytes(): number {
    return this.#bytes
  }

  /** The decoded updates held for one sender, to tell a resend from something new. */
  decodedOf(sender: Sender): DecodedUpdate[] {
    return (this.#bySender.get(sender) ?? []).map((held) => held.decoded)
  }

  /** Holds an update unless that would pass a bound (then nothing is held). */
  hold(held: HeldUpdate<Sender>): HoldResult {
    const own = this.#bySender.get(held.sender) ?? []
    const bytes = held.update.byteLength
    const ownBytes = own.reduce((sum, h) => sum + h.update.byteLength, 0)
    if (
      own.length + 1 > MAX_HELD_UPDATES_PER_CONNECTION ||
      ownBytes + bytes > MAX_HELD_BYTES_PER_CONNECTION
    ) {
      return 'over sender bound'
    }
    if (
      this.#count + 1 > MAX_HELD_UPDATES_PER_ROOM ||
      this.#bytes + bytes > MAX_HELD_BYTES_PER_ROOM
    ) {
      return 'over room bound'
    }
    own.push(held)
    this.#bySender.set(held.sender, own)
    this.#count++
    this.#bytes += bytes
    return 'held'
  }

  /** Drops everything a sender has held (it closed); returns how many were dropped. */
  drop(sender: Sender): number {
    const own = this.#bySender.get(sender)
    if (own === undefined) return 0
    this.#bySender.delete(sender)
    this.#count -= own.length
    for (const held of own) this.#bytes -= held.update.byteLength
    return own.length
  }

  /**
   * Takes out the held updates whose dependencies `doc` now has, in the order they were held
   * per sender. One taken counts as present for the next (a chain of a sender's own edits goes
   * in one batch); whether each is accepted is for the caller to judge. Cheap while nothing an
   * update waits for has arrived: only its recorded dependency is looked at.
   */
  takeReady(doc: Y.Doc): HeldUpdate<Sender>[] {
    const taken: HeldUpdate<Sender>[] = []
    const state = stateAfter(doc)
    for (let progress = true; progress;) {
      progress = false
      for (const [sender, own] of this.#bySender) {
        for (let i = 0; i < own.length;) {
          const held = own[i]!
          if (state(held.waitingFor.client) <= held.waitingFor.clock) {
            i++
            continue
          }
          const missing = missingDependency(state, held.decoded)
          if (missing !== null) {
            held.waitingFor = missing
            i++
            continue
          }
          own.splice(i, 1)
          this.#count--
          this.#bytes -= held.update.byteLength
          taken.push(held)
          state.add(held.decoded)
          progress = true
        }
        if (own.length === 0) this.#bySender.delete(sender)
      }
    }
    return taken
  }
}
