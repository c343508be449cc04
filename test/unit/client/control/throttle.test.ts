import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Throttle } from '../../../../client/src/lib/control/throttle.ts'

describe('Throttle', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('sends the first at once, then the latest per interval, and always the last one', () => {
    const sent: number[] = []
    const throttle = new Throttle<number>(100, (v) => sent.push(v))
    throttle.push(1)
    throttle.push(2)
    throttle.push(3)
    expect(sent).toEqual([1])
    vi.advanceTimersByTime(100)
    expect(sent).toEqual([1, 3])
    vi.advanceTimersByTime(100)
    expect(sent).toEqual([1, 3])
    throttle.push(4)
    expect(sent).toEqual([1, 3, 4])
  })

  it('sends nothing after cancel', () => {
    const sent: number[] = []
    const throttle = new Throttle<number>(100, (v) => sent.push(v))
    throttle.push(1)
    throttle.push(2)
    throttle.cancel()
    vi.advanceTimersByTime(500)
    expect(sent).toEqual([1])
  })
})
