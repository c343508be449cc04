import { describe, expect, it } from 'vitest'
import { Coalescer } from '../../../../client/src/lib/presence/coalesce.ts'
import { manualScheduler } from './manualScheduler.ts'

interface Cursor {
  x: number
  y: number
  view: string
}

describe('Coalescer', () => {
  it('merges the changes of one frame into one message with the latest values', () => {
    const clock = manualScheduler()
    const sent: Partial<Cursor>[] = []
    const c = new Coalescer<Cursor>((m) => sent.push(m), clock, 50)
    c.push({ x: 1, y: 1 })
    c.push({ x: 2, y: 2 })
    c.push({ view: 'a' })
    expect(sent).toEqual([])
    clock.runFrame()
    expect(sent).toEqual([{ x: 2, y: 2, view: 'a' }])
  })

  it('sends at most 20 messages a second however fast the pointer moves', () => {
    const clock = manualScheduler()
    const sent: Partial<Cursor>[] = []
    const c = new Coalescer<Cursor>((m) => sent.push(m), clock, 50)
    // A 120 Hz pointer with a 60 Hz display for one second.
    for (let ms = 0; ms < 1000; ms += 1000 / 120) {
      clock.advance(1000 / 120)
      c.push({ x: ms, y: 0 })
      if (Math.round(ms / (1000 / 120)) % 2 === 0) clock.runFrame()
    }
    clock.advance(100)
    clock.runFrame()
    expect(sent.length).toBeGreaterThanOrEqual(15)
    expect(sent.length).toBeLessThanOrEqual(21)
    // The last position always arrives.
    expect(sent.at(-1)?.x).toBeCloseTo(1000 - 1000 / 120, 5)
  })

  it('waits for the interval, then for a frame, after a message went out', () => {
    const clock = manualScheduler()
    const sent: Partial<Cursor>[] = []
    const c = new Coalescer<Cursor>((m) => sent.push(m), clock, 50)
    c.push({ x: 1 })
    clock.runFrame()
    clock.advance(10)
    c.push({ x: 2 })
    clock.runFrame()
    expect(sent).toHaveLength(1)
    clock.advance(39)
    clock.runFrame()
    expect(sent).toHaveLength(1)
    clock.advance(1)
    expect(sent).toHaveLength(1)
    clock.runFrame()
    expect(sent).toEqual([{ x: 1 }, { x: 2 }])
  })

  it('flush sends at once and cancel forgets', () => {
    const clock = manualScheduler()
    const sent: Partial<Cursor>[] = []
    const c = new Coalescer<Cursor>((m) => sent.push(m), clock, 50)
    c.push({ x: 1 })
    c.flush()
    expect(sent).toEqual([{ x: 1 }])
    c.push({ x: 2 })
    c.cancel()
    clock.advance(100)
    clock.runFrame()
    expect(sent).toEqual([{ x: 1 }])
  })
})
