import { describe, expect, it } from 'vitest'
import {
  STEP2_CACHE_BYTES,
  STEP2_CACHE_ENTRIES,
  STEP2_CACHE_MAX_KEY_BYTES,
  Step2Cache,
} from '../../../server/sync/Step2Cache.ts'

function counting(): { encode: () => Uint8Array; count: () => number } {
  let n = 0
  return { encode: () => new Uint8Array([++n]), count: () => n }
}

describe('Step2Cache', () => {
  it('encodes each state vector once until cleared', () => {
    const cache = new Step2Cache()
    const { encode, count } = counting()
    const a = cache.answer(new Uint8Array([1, 5, 3]), encode)
    expect(cache.answer(new Uint8Array([1, 5, 3]), encode)).toBe(a)
    cache.answer(new Uint8Array([0]), encode)
    expect(count()).toBe(2)
    cache.clear()
    cache.answer(new Uint8Array([1, 5, 3]), encode)
    expect(count()).toBe(3)
  })

  it('keys by content, also for a view into a larger frame', () => {
    const cache = new Step2Cache()
    const { encode, count } = counting()
    const frame = new Uint8Array([9, 9, 1, 5, 3, 9])
    cache.answer(frame.subarray(2, 5), encode)
    cache.answer(new Uint8Array([1, 5, 3]), encode)
    expect(count()).toBe(1)
  })

  it('keeps at most STEP2_CACHE_ENTRIES answers, dropping the least recently used', () => {
    const cache = new Step2Cache()
    const { encode, count } = counting()
    const sv = (i: number): Uint8Array => new Uint8Array([1, i, 1])
    for (let i = 0; i < STEP2_CACHE_ENTRIES; i++) cache.answer(sv(i), encode)
    cache.answer(sv(0), encode) // used again: now the most recent
    cache.answer(sv(STEP2_CACHE_ENTRIES), encode)
    expect(cache.stats.entries).toBe(STEP2_CACHE_ENTRIES)
    const before = count()
    cache.answer(sv(0), encode)
    expect(count()).toBe(before)
    cache.answer(sv(1), encode)
    expect(count()).toBe(before + 1)
  })

  it('keeps at most STEP2_CACHE_BYTES, but always the newest answer', () => {
    const cache = new Step2Cache()
    const big = (): Uint8Array => new Uint8Array(STEP2_CACHE_BYTES / 2 + 1)
    cache.answer(new Uint8Array([1]), big)
    cache.answer(new Uint8Array([2]), big)
    expect(cache.stats.entries).toBe(1)
    const huge = (): Uint8Array => new Uint8Array(STEP2_CACHE_BYTES + 1)
    cache.answer(new Uint8Array([3]), huge)
    expect(cache.stats).toEqual({ entries: 1, bytes: STEP2_CACHE_BYTES + 1 })
  })

  it('does not cache for very long state vectors', () => {
    const cache = new Step2Cache()
    const { encode, count } = counting()
    const long = new Uint8Array(STEP2_CACHE_MAX_KEY_BYTES + 1)
    cache.answer(long, encode)
    cache.answer(long, encode)
    expect(count()).toBe(2)
    expect(cache.stats.entries).toBe(0)
  })
})
