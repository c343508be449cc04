/**
 * One client process' record of edits: when its own senders sent each one, and when its
 * receivers saw the edits of every sender in the room. The bench process joins the ledgers of
 * all client processes (`../deliveries.ts`), because a receiver here may see a sender there.
 *
 * An edit is "seen" when the receiver's document contains it. Yjs integrates one sender's
 * updates strictly in order, so a receiver that sees edit q of a sender has every earlier one
 * too, even when a server merged several into one message and only the last value of a key shows.
 */
export class EditLedger {
  readonly #from: number
  readonly #clients: number
  /** sender − from → seq → send time */
  readonly #sentAt: number[][]
  /** (receiver − from) × clients + sender → highest seq seen (−1: none) */
  readonly #lastSeen: Int32Array
  readonly #receipts: number[] = []
  /** Edits sent at or after this time count (set once the window is known). */
  windowStart = Infinity
  windowEnd = Infinity
  #open = true

  /**
   * `from`/`to`: the global indices of this process' clients; `clients`: the room's size. Every
   * client receives, whether it applies the updates or only reads whose edits they carry.
   */
  constructor(from: number, to: number, clients: number) {
    this.#from = from
    this.#clients = clients
    this.#sentAt = Array.from({ length: to - from }, () => [])
    this.#lastSeen = new Int32Array((to - from) * clients).fill(-1)
  }

  /** Registers an edit about to be sent; returns its sequence number for this sender. */
  recordSend(sender: number, at: number): number {
    const sent = this.#sentAt[sender - this.#from]
    if (!sent) throw new RangeError(`client ${sender} is not in this process`)
    sent.push(at)
    return sent.length - 1
  }

  /** A receiver of this process saw edit `seq` of `sender` (and so every earlier one) at `at`. */
  recordSeen(receiver: number, sender: number, seq: number, at: number): void {
    if (!this.#open || receiver === sender) return
    const slot = (receiver - this.#from) * this.#clients + sender
    const last = this.#lastSeen[slot] ?? -1
    if (seq <= last) return
    this.#lastSeen[slot] = seq
    // Seen before the window began, none of them can have been sent in it.
    if (at >= this.windowStart) this.#receipts.push(receiver, sender, last + 1, seq, at)
  }

  /** The last edit of each of this process' senders sent inside the window (−1: none). */
  lastCounted(): { sender: number; seq: number }[] {
    return this.#sentAt.map((sent, i) => {
      let seq = sent.length - 1
      while (seq >= 0 && (sent[seq] ?? 0) >= this.windowEnd) seq--
      if (seq >= 0 && (sent[seq] ?? 0) < this.windowStart) seq = -1
      return { sender: this.#from + i, seq }
    })
  }

  /** Whether every receiver here has seen, of every other sender, the edit `lastCounted[sender]`. */
  sawAll(lastCounted: readonly number[]): boolean {
    const local = this.#sentAt.length
    for (let r = 0; r < local; r++) {
      for (let sender = 0; sender < this.#clients; sender++) {
        if (sender === this.#from + r) continue
        if ((this.#lastSeen[r * this.#clients + sender] ?? -1) < (lastCounted[sender] ?? -1)) {
          return false
        }
      }
    }
    return true
  }

  /** Stops recording receipts: whatever arrives later is late. */
  close(): void {
    this.#open = false
  }

  sends(): { sender: number; sentAt: Float64Array }[] {
    return this.#sentAt.map((sent, i) => ({
      sender: this.#from + i,
      sentAt: Float64Array.from(sent),
    }))
  }

  receipts(): Float64Array {
    return Float64Array.from(this.#receipts)
  }
}
