import { describe, expect, test } from 'vitest'
import type { UploadLimits } from '../../../server/config.ts'
import { HttpError } from '../../../server/http/errors.ts'
import { UploadGate } from '../../../server/http/uploadLimits.ts'

const LIMITS: UploadLimits = {
  boardQuotaBytes: 1000,
  addressBytesPerHour: 100,
  maxPixels: 100,
  concurrentPerAddress: 2,
  concurrentTotal: 3,
}
const HOUR = 60 * 60 * 1000

function refusal(fn: () => unknown): { status: number; code: string; details: unknown } {
  try {
    fn()
  } catch (err) {
    if (err instanceof HttpError)
      return { status: err.status, code: err.code, details: err.details }
    throw err
  }
  throw new Error('not refused')
}

describe('UploadGate', () => {
  test('takes as many uploads per address and in total as allowed, and frees released slots', () => {
    const gate = new UploadGate(LIMITS)
    const a1 = gate.enter('a')
    gate.enter('a')
    expect(refusal(() => gate.enter('a'))).toMatchObject({
      status: 429,
      code: 'too_many_uploads',
      details: { limit: 'concurrent_per_address', max: 2 },
    })
    gate.enter('b')
    expect(refusal(() => gate.enter('c'))).toMatchObject({
      status: 429,
      code: 'server_busy',
      details: { limit: 'concurrent_total', max: 3 },
    })
    a1()
    a1() // releasing twice frees one slot, not two
    expect(gate.running).toBe(2)
    gate.enter('c')
    expect(refusal(() => gate.enter('d')).code).toBe('server_busy')
  })

  test('counts bytes per address for an hour, then starts afresh', () => {
    const gate = new UploadGate(LIMITS)
    gate.spend('a', 60, 0)
    gate.checkBudget('a', 40, 10)
    gate.checkBudget('b', 100, 10)
    const refused = refusal(() => gate.checkBudget('a', 41, 10))
    expect(refused).toMatchObject({
      status: 429,
      code: 'upload_quota_exceeded',
      details: { limit: 'address_bytes_per_hour', max: 100 },
    })
    gate.spend('a', 40, 20)
    expect(refusal(() => gate.checkBudget('a', 1, HOUR - 1)).status).toBe(429)
    gate.checkBudget('a', 100, HOUR)
  })

  test('says when to try again', () => {
    const gate = new UploadGate(LIMITS)
    gate.spend('a', 100, 0)
    try {
      gate.checkBudget('a', 1, HOUR - 90_000)
    } catch (err) {
      expect((err as HttpError).headers['Retry-After']).toBe('90')
      return
    }
    throw new Error('not refused')
  })

  test('forgets addresses whose hour is over once it remembers many', () => {
    const gate = new UploadGate(LIMITS)
    for (let i = 0; i < 1000; i++) gate.spend(`old${i}`, 100, 0)
    gate.spend('new', 1, HOUR)
    gate.checkBudget('old1', 100, HOUR)
  })
})
