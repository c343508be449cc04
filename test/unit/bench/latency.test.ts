import { describe, expect, it } from 'vitest'
import { summarize } from '../../../test/bench/latency.ts'

describe('summarize', () => {
  it('gives nearest-rank percentiles of 1…100', () => {
    const s = summarize(Array.from({ length: 100 }, (_, i) => 100 - i))
    expect(s).toMatchObject({ count: 100, p50: 50, p95: 95, p99: 99, max: 100, mean: 50.5 })
  })

  it('sorts numerically, not as text', () => {
    expect(summarize([9, 10, 100])?.p50).toBe(10)
  })

  it('has nothing to say about no samples', () => {
    expect(summarize([])).toBeNull()
  })
})
