/**
 * Send times of every edit and who has seen which. An edit is "seen" by a client when that
 * client's document contains it. Yjs integrates one sender's updates strictly in order, so a
 * client that sees a sender's edit number q has every earlier edit of that sender too, even
 * when a server merged several into one message and only the last value of a key shows.
 */
export class EditLedger {
  readonly #clients: number
  /** sender → seq → send time */
  readonly #sentAt: number[][]
  /** sender → seq → sent inside the measured window */
  readonly #counted: boolean[][]
  /** receiver × clients + sender → highest seq seen (−1: none) */
  readonly #lastSeen: Int32Array
  readonly latencies: number[] = []
  /** Edits sent from now on count, until set false. */
  counting = false
  countedEdits = 0
  deliveries = 0
  #open = true

  constructor(clients: number) {
    this.#clients = clients
    this.#sentAt = Array.from({ length: clients }, () => [])
    this.#counted = Array.from({ length: clients }, () => [])
    this.#lastSeen = new Int32Array(clients * clients).fill(-1)
  }

  /** Registers an edit about to be sent; returns its sequence number for this sender. */
  recordSend(sender: number, at: number): number {
    const sent = this.#sentAt[sender]
    const counted = this.#counted[sender]
    if (!sent || !counted) throw new RangeError(`no client ${sender}`)
    sent.push(at)
    counted.push(this.counting)
    if (this.counting) this.countedEdits++
    return sent.length - 1
  }

  recordSeen(receiver: number, sender: number, seq: number, at: number): void {
    if (!this.#open || receiver === sender) return
    const slot = receiver * this.#clients + sender
    const last = this.#lastSeen[slot] ?? -1
    if (seq <= last) return
    const sent = this.#sentAt[sender] ?? []
    const counted = this.#counted[sender] ?? []
    for (let q = last + 1; q <= seq; q++) {
      const sentAt = sent[q]
      if (counted[q] && sentAt !== undefined) {
        this.deliveries++
        this.latencies.push(at - sentAt)
      }
    }
    this.#lastSeen[slot] = seq
  }

  get expectedDeliveries(): number {
    return this.countedEdits * (this.#clients - 1)
  }

  /** Every counted edit seen by every other client. */
  complete(): boolean {
    return this.deliveries >= this.expectedDeliveries
  }

  /** Stops counting receipts: whatever arrives later is late. */
  close(): void {
    this.#open = false
  }
}
