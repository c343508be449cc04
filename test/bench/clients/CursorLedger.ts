/**
 * Latency of cursor (awareness) updates sent inside the measured window, as one client process
 * saw them. Servers may coalesce a client's cursor updates, so only latency is measured for
 * cursors, not delivery. Send times come from the message, on the shared clock.
 */
export class CursorLedger {
  readonly #latencies: number[] = []
  windowStart = Infinity
  windowEnd = Infinity
  sent = 0

  recordSend(at: number): void {
    if (at >= this.windowStart && at < this.windowEnd) this.sent++
  }

  recordSeen(sentAt: number, at: number): void {
    if (sentAt >= this.windowStart && sentAt < this.windowEnd) this.#latencies.push(at - sentAt)
  }

  latencies(): Float64Array {
    return Float64Array.from(this.#latencies)
  }
}
