import { describe, expect, it } from 'vitest'
import { EditLedger } from '../../../../test/bench/clients/EditLedger.ts'

/** A process running clients 2 and 3 of a room of 4. */
function ledger(): EditLedger {
  const l = new EditLedger(2, 4, 4)
  l.windowStart = 100
  l.windowEnd = 200
  return l
}

describe('EditLedger', () => {
  it('numbers the edits of each sender from 0', () => {
    const l = ledger()
    expect(l.recordSend(2, 10)).toBe(0)
    expect(l.recordSend(2, 20)).toBe(1)
    expect(l.recordSend(3, 30)).toBe(0)
    expect(() => l.recordSend(0, 40)).toThrow(RangeError)
  })

  it('records the range of edits a receiver learned at once, from its last seen on', () => {
    const l = ledger()
    l.recordSeen(2, 0, 1, 120)
    l.recordSeen(2, 0, 4, 160)
    l.recordSeen(2, 0, 3, 170) // older than what it has: no news
    expect([...l.receipts()]).toEqual([2, 0, 0, 1, 120, 2, 0, 2, 4, 160])
  })

  it('leaves out receipts that cannot hold a counted edit, and a client’s own edits', () => {
    const l = ledger()
    l.recordSeen(3, 1, 0, 60) // seen before the window: sent before it
    l.recordSeen(3, 3, 0, 160) // its own
    l.recordSeen(3, 1, 1, 130)
    expect([...l.receipts()]).toEqual([3, 1, 1, 1, 130])
  })

  it('stops recording once closed', () => {
    const l = ledger()
    l.close()
    l.recordSeen(2, 0, 0, 160)
    expect(l.receipts()).toHaveLength(0)
  })

  it('names the last edit of each sender sent inside the window', () => {
    const l = ledger()
    for (const at of [90, 110, 190, 205]) l.recordSend(2, at)
    l.recordSend(3, 95)
    expect(l.lastCounted()).toEqual([
      { sender: 2, seq: 2 },
      { sender: 3, seq: -1 },
    ])
  })

  it('knows when every receiver saw every other sender’s last counted edit', () => {
    const l = ledger()
    const lastCounted = [1, -1, 0, 2]
    l.recordSeen(2, 0, 1, 160)
    l.recordSeen(2, 3, 2, 160)
    l.recordSeen(3, 0, 1, 160)
    expect(l.sawAll(lastCounted)).toBe(false)
    l.recordSeen(3, 2, 0, 160)
    expect(l.sawAll(lastCounted)).toBe(true)
  })
})
