import { describe, expect, it } from 'vitest'
import {
  ConnectionBudget,
  EDIT_FLOOD_CLOSE_MS,
  SYNC_STEP1_BURST,
  SYNC_STEP1_PER_MINUTE,
  type EditLimits,
} from '../../../server/sync/ConnectionBudget.ts'
import { loadConfig } from '../../../server/config.ts'

const LIMITS: EditLimits = {
  editUpdatesPerSecond: 100,
  editUpdatesBurst: 200,
  editBytesPerSecond: 10_000,
  editBytesBurst: 100_000,
}

describe('ConnectionBudget: sync step 1', () => {
  it('allows the burst, then one per refill interval', () => {
    const budget = new ConnectionBudget(LIMITS, 0)
    for (let i = 0; i < SYNC_STEP1_BURST; i++) expect(budget.syncStep1(0)).toBe(true)
    expect(budget.syncStep1(0)).toBe(false)
    const interval = 60_000 / SYNC_STEP1_PER_MINUTE
    expect(budget.syncStep1(interval - 1)).toBe(false)
    expect(budget.syncStep1(interval + 1)).toBe(true)
  })

  it('covers a stock client reconnecting every few seconds for a minute', () => {
    const budget = new ConnectionBudget(LIMITS, 0)
    // One step 1 per connection; a fresh connection has a fresh budget, so this is one socket
    // that keeps resyncing, y-websocket's resyncInterval at 10 s.
    for (let t = 0; t <= 60_000; t += 10_000) expect(budget.syncStep1(t)).toBe(true)
  })
})

describe('ConnectionBudget: edits', () => {
  it('passes typing and dragging: 30 small updates a second for a minute', () => {
    const budget = new ConnectionBudget(LIMITS, 0)
    for (let t = 0; t < 60_000; t += 33) expect(budget.edit(200, t)).toEqual({ kind: 'pass' })
  })

  it('passes an offline backlog up to the byte burst at once', () => {
    const budget = new ConnectionBudget(LIMITS, 0)
    expect(budget.edit(100_000, 0)).toEqual({ kind: 'pass' })
  })

  it('holds a connection back once it is past its burst, for as long as its debt lasts', () => {
    const budget = new ConnectionBudget(LIMITS, 0)
    for (let i = 0; i < 200; i++) budget.edit(10, 0)
    expect(budget.edit(10, 0)).toEqual({ kind: 'holdBack', ms: 10 })
    // Frames read before the pause took hold extend it.
    expect(budget.edit(10, 0)).toEqual({ kind: 'holdBack', ms: 20 })
  })

  it('holds back by bytes as well as by count', () => {
    const budget = new ConnectionBudget(LIMITS, 0)
    budget.edit(100_000, 0)
    expect(budget.edit(5_000, 0)).toEqual({ kind: 'holdBack', ms: 500 })
  })

  it('never closes a connection that is held back now and then, however long', () => {
    const budget = new ConnectionBudget(LIMITS, 0)
    let passed = 0
    // Every 10 s: 2 s at three times the rate, then 8 s of nothing.
    for (let period = 0; period < 30; period++) {
      let t = period * 10_000
      const end = t + 2000
      while (t < end) {
        const verdict = budget.edit(10, t)
        expect(verdict.kind).not.toBe('flood')
        if (verdict.kind === 'pass') passed++
        // Held back, it is read again when the hold ends.
        t = verdict.kind === 'holdBack' ? t + verdict.ms : t + 1000 / 300
      }
    }
    expect(passed).toBeGreaterThan(30 * 200)
  })

  it('holds a connection that keeps sending to its rate', () => {
    const budget = new ConnectionBudget(LIMITS, 0)
    let t = 0
    let edits = 0
    while (t < 5000) {
      const verdict = budget.edit(10, t)
      edits++
      t = verdict.kind === 'holdBack' ? t + verdict.ms : t
    }
    // The burst, then 100 a second.
    expect(edits).toBeGreaterThan(200 + 5 * 100 - 5)
    expect(edits).toBeLessThan(200 + 5 * 100 + 5)
  })

  it('closes a connection that asks for far more than its rate for long', () => {
    const budget = new ConnectionBudget(LIMITS, 0)
    let t = 0
    let verdict = budget.edit(10, t)
    // A flood: as soon as it is read again it sends ten times its rate.
    while (verdict.kind !== 'flood' && t < 120_000) {
      const wait = verdict.kind === 'holdBack' ? verdict.ms : 0
      t += wait
      for (let i = 0; i < 10 && verdict.kind !== 'flood'; i++) verdict = budget.edit(10, t)
    }
    expect(verdict.kind).toBe('flood')
    // About 2 × EDIT_FLOOD_CLOSE_MS (the burst it spent at first shortens it a little).
    expect(t).toBeGreaterThan(1.5 * EDIT_FLOOD_CLOSE_MS)
    expect(t).toBeLessThan(3 * EDIT_FLOOD_CLOSE_MS)
  })

  it('defaults leave room for a pen or a drag at 120 Hz', () => {
    const budget = new ConnectionBudget(loadConfig({}), 0)
    for (let t = 0; t < 30_000; t += 1000 / 120) {
      expect(budget.edit(300, t)).toEqual({ kind: 'pass' })
    }
  })
})
