/** Send times of one sender's edits, by seq. */
export interface SenderLog {
  sender: number
  sentAt: ArrayLike<number>
}

export interface Deliveries {
  /** Edits sent inside the window. */
  editsSent: number
  /** Every edit at every other client. */
  expected: number
  /** Of those, seen before the drain ended. */
  delivered: number
  /** Receive time − send time of every delivery, in ms. */
  latencies: Float64Array
}

/**
 * Joins the send logs and receipts of all client processes: an edit counts when it was sent in
 * [windowStart, windowEnd); each receipt group (receiver, sender, first seq, last seq, time; see
 * `clients/EditLedger.ts`) delivers the counted edits first…last of that sender at that time.
 * Each of the room's `clients` must see every edit of every other one.
 */
export function joinDeliveries(
  clients: number,
  sends: readonly SenderLog[],
  receipts: readonly ArrayLike<number>[],
  windowStart: number,
  windowEnd: number,
): Deliveries {
  const sentAt = new Map<number, ArrayLike<number>>()
  let editsSent = 0
  let expected = 0
  for (const log of sends) {
    sentAt.set(log.sender, log.sentAt)
    for (let q = 0; q < log.sentAt.length; q++) {
      const at = log.sentAt[q] ?? NaN
      if (at >= windowStart && at < windowEnd) {
        editsSent++
        expected += clients - 1
      }
    }
  }
  const latencies: number[] = []
  for (const flat of receipts) {
    for (let i = 0; i + 4 < flat.length; i += 5) {
      const sender = flat[i + 1] ?? -1
      const first = flat[i + 2] ?? 0
      const last = flat[i + 3] ?? -1
      const at = flat[i + 4] ?? NaN
      const times = sentAt.get(sender)
      if (!times) throw new RangeError(`receipt names sender ${sender}, which sent nothing`)
      for (let q = first; q <= last; q++) {
        const sent = times[q] ?? NaN
        if (sent >= windowStart && sent < windowEnd) latencies.push(at - sent)
      }
    }
  }
  return {
    editsSent,
    expected,
    delivered: latencies.length,
    latencies: Float64Array.from(latencies),
  }
}
