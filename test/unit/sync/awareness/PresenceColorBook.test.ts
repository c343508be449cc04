import { describe, expect, it } from 'vitest'
import { PresenceColorBook } from '../../../../server/sync/awareness/PresenceColorBook.ts'
import { PRESENCE_COLORS } from '../../../../shared/presenceColors.ts'

describe('PresenceColorBook', () => {
  it('gives the asked colour while it is free, else the first free one', () => {
    const book = new PresenceColorBook()
    expect(book.colorFor(1, PRESENCE_COLORS[4])).toBe(PRESENCE_COLORS[4])
    expect(book.colorFor(2, PRESENCE_COLORS[4])).toBe(PRESENCE_COLORS[0])
    expect(book.colorFor(3, 'not a colour')).toBe(PRESENCE_COLORS[1])
    // Not in the palette (another client's light yellow): a palette colour instead.
    expect(book.colorFor(4, '#ffeb3b')).toBe(PRESENCE_COLORS[2])
  })

  it('keeps a client its colour whatever it asks for later, until it is released', () => {
    const book = new PresenceColorBook()
    expect(book.colorFor(1, PRESENCE_COLORS[2])).toBe(PRESENCE_COLORS[2])
    expect(book.colorFor(1, PRESENCE_COLORS[7])).toBe(PRESENCE_COLORS[2])
    book.release(1)
    expect(book.size).toBe(0)
    expect(book.colorFor(2, PRESENCE_COLORS[2])).toBe(PRESENCE_COLORS[2])
  })

  it('never repeats among twelve people, then shares the colour fewest have', () => {
    const book = new PresenceColorBook()
    const first = Array.from({ length: 12 }, (_, i) => book.colorFor(i, PRESENCE_COLORS[0]))
    expect(new Set(first).size).toBe(12)
    expect(book.colorFor(12, PRESENCE_COLORS[5])).toBe(PRESENCE_COLORS[0])
    expect(book.colorFor(13, PRESENCE_COLORS[5])).toBe(PRESENCE_COLORS[1])
    book.release(3)
    expect(book.colorFor(14, undefined)).toBe(first[3])
  })
})
