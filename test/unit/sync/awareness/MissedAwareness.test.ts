import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AwarenessBatcher } from '../../../../server/sync/awareness/AwarenessBatcher.ts'
import { MissedAwareness } from '../../../../server/sync/awareness/MissedAwareness.ts'

describe('MissedAwareness', () => {
  it('has nothing to catch up when nothing was skipped: the shared message will do', () => {
    const missed = new MissedAwareness()
    expect(missed.pending).toBe(false)
    expect(missed.catchUp([1, 2])).toBeNull()
  })

  it('catches up everyone skipped over several ticks, each once, with the current tick', () => {
    const missed = new MissedAwareness()
    missed.skip([1, 2])
    missed.skip([2, 3])
    expect(missed.pending).toBe(true)
    expect([...(missed.catchUp([3, 4]) ?? [])].sort()).toEqual([1, 2, 3, 4])
    expect(missed.pending).toBe(false)
    expect(missed.catchUp([5])).toBeNull()
  })
})

describe('AwarenessBatcher.wake', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('brings one more tick, even with no change, for connections waiting to catch up', () => {
    const ticks: number[][] = []
    const batcher = new AwarenessBatcher((ids) => ticks.push([...ids]), 20)
    batcher.wake()
    vi.advanceTimersByTime(20)
    expect(ticks).toEqual([[]])
    vi.advanceTimersByTime(100)
    expect(ticks).toEqual([[]])
  })

  it('joins a wake with the changes of the same tick', () => {
    const ticks: number[][] = []
    const batcher = new AwarenessBatcher((ids) => ticks.push([...ids]), 20)
    batcher.mark(7)
    batcher.wake()
    vi.advanceTimersByTime(20)
    expect(ticks).toEqual([[7]])
  })
})
