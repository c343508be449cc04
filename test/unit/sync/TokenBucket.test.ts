import { describe, expect, it } from 'vitest'
import { TokenBucket } from '../../../server/sync/TokenBucket.ts'

describe('TokenBucket', () => {
  it('lets a burst up to its capacity through at once', () => {
    const bucket = new TokenBucket(10, 5, 0)
    for (let i = 0; i < 10; i++) expect(bucket.take(1, 0)).toBe(0)
    expect(bucket.available(0)).toBe(0)
  })

  it('past the burst, says how long to wait until the debt is paid off', () => {
    const bucket = new TokenBucket(10, 5, 0)
    bucket.take(10, 0)
    expect(bucket.take(1, 0)).toBe(200)
    expect(bucket.take(1, 0)).toBe(400)
    // 400 ms later both tokens have come back: no debt, nothing to wait.
    expect(bucket.available(400)).toBeCloseTo(0)
    expect(bucket.take(1, 600)).toBe(0)
  })

  it('refills at its rate, never above its capacity', () => {
    const bucket = new TokenBucket(10, 5, 0)
    bucket.take(10, 0)
    expect(bucket.available(1000)).toBeCloseTo(5)
    expect(bucket.available(60_000)).toBe(10)
  })

  it('lets one message larger than the whole bucket through when full, then holds back', () => {
    const bucket = new TokenBucket(1000, 100, 0)
    expect(bucket.take(3000, 0)).toBe(20_000)
    expect(bucket.take(1, 10_000)).toBeCloseTo(10_010)
  })

  it('tryTake takes only what is there', () => {
    const bucket = new TokenBucket(2, 1, 0)
    expect(bucket.tryTake(1, 0)).toBe(true)
    expect(bucket.tryTake(1, 0)).toBe(true)
    expect(bucket.tryTake(1, 0)).toBe(false)
    expect(bucket.available(0)).toBe(0)
    expect(bucket.tryTake(1, 1000)).toBe(true)
  })

  it('refills nothing when the clock goes backwards', () => {
    const bucket = new TokenBucket(10, 5, 1000)
    bucket.take(10, 1000)
    expect(bucket.available(0)).toBe(0)
    expect(bucket.available(1200)).toBeCloseTo(1)
  })
})
