import { describe, expect, it } from 'vitest'
import { RateLimiter } from '../../../server/control/RateLimiter.ts'
import { Presentations } from '../../../server/control/Presentations.ts'

describe('RateLimiter', () => {
  it('allows a burst, then refills at the rate', () => {
    let now = 0
    const limiter = new RateLimiter(3, 2, () => now)
    expect([limiter.take(), limiter.take(), limiter.take(), limiter.take()]).toEqual([
      true,
      true,
      true,
      false,
    ])
    now = 499
    expect(limiter.take()).toBe(false)
    now = 500
    expect(limiter.take()).toBe(true)
    now = 100_000
    expect([limiter.take(), limiter.take(), limiter.take(), limiter.take()]).toEqual([
      true,
      true,
      true,
      false,
    ])
  })
})

describe('Presentations', () => {
  const view = { x: 0, y: 0, w: 10, h: 10 }

  it('lets only the presenter move it and forgets a board when it stops', () => {
    const presentations = new Presentations()
    presentations.start('b', 'alice', view)
    expect(presentations.move('b', 'bob', { ...view, x: 5 })).toBe(false)
    expect(presentations.move('b', 'alice', { ...view, x: 5 })).toBe(true)
    expect(presentations.get('b')).toEqual({ presenter: 'alice', view: { ...view, x: 5 } })
    expect(presentations.leave('b', 'bob')).toBe(false)
    expect(presentations.leave('b', 'alice')).toBe(true)
    expect(presentations.get('b')).toBeNull()
    expect(presentations.size).toBe(0)
    expect(presentations.stop('b')).toBe(false)
  })
})
