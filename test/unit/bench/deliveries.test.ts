import { describe, expect, it } from 'vitest'
import { joinDeliveries } from '../../../test/bench/deliveries.ts'

describe('joinDeliveries', () => {
  // Window [100, 200): sender 0 sent seq 0 before it, seqs 1 and 2 inside, seq 3 after it.
  const sends = [
    { sender: 0, sentAt: [90, 110, 150, 210] },
    { sender: 1, sentAt: [120] },
  ]

  it('counts only edits sent inside the window and expects each at every other client', () => {
    const result = joinDeliveries(3, sends, [], 100, 200)
    expect(result.editsSent).toBe(3)
    expect(result.expected).toBe(6)
    expect(result.delivered).toBe(0)
  })

  it('delivers every counted edit of a receipt range at the receipt time', () => {
    // Receiver 2 saw sender 0's seqs 0–2 at once at 160 (a merged update), then seq 3.
    const receipts = Float64Array.from([2, 0, 0, 2, 160, 2, 0, 3, 3, 215])
    const result = joinDeliveries(3, sends, [receipts], 100, 200)
    expect(result.delivered).toBe(2)
    expect([...result.latencies]).toEqual([50, 10])
  })

  it('joins receipts of several processes about senders of other processes', () => {
    const fromProcessA = Float64Array.from([1, 0, 1, 2, 170])
    const fromProcessB = Float64Array.from([0, 1, 0, 0, 125, 2, 1, 0, 0, 130])
    const result = joinDeliveries(3, sends, [fromProcessA, fromProcessB], 100, 200)
    expect(result.delivered).toBe(4)
    expect([...result.latencies].sort((a, b) => a - b)).toEqual([5, 10, 20, 60])
  })

  it('refuses a receipt from a sender nobody logged', () => {
    expect(() =>
      joinDeliveries(3, sends, [Float64Array.from([0, 7, 0, 0, 150])], 100, 200),
    ).toThrow(RangeError)
  })
})
