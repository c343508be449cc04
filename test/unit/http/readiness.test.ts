import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import {
  READY_PROBE_CACHE_MS,
  READY_PROBE_FILE,
  Readiness,
} from '../../../server/http/readiness.ts'
import type { Logger } from '../../../server/log.ts'
import { StorageUnavailableError } from '../../../server/store/BoardStore.ts'
import { MemoryBoardStore } from '../../helpers/memoryStore.ts'

const log: Logger = { info() {}, warn() {}, error() {} }
let dir: string

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'werkraum-ready-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function setup() {
  const store = new MemoryBoardStore()
  let probes = 0
  const probeWrite = store.probeWrite.bind(store)
  store.probeWrite = async () => {
    probes++
    await probeWrite()
  }
  let now = 1_000_000
  const readiness = new Readiness({ store, dataDir: dir, log, now: () => now })
  return {
    store,
    readiness,
    probes: () => probes,
    advance: (ms: number) => (now += ms),
  }
}

describe('Readiness', () => {
  test('is ready while the store and the data directory take writes, and leaves no file', async () => {
    const { readiness } = setup()
    expect(await readiness.check()).toEqual({ ready: true })
    expect(await import('node:fs').then((fs) => fs.readdirSync(dir))).toEqual([])
  })

  test('probes at most once per cache period, and once for many callers at the same time', async () => {
    const { readiness, probes, advance } = setup()
    await Promise.all([readiness.check(), readiness.check(), readiness.check()])
    expect(probes()).toBe(1)
    advance(READY_PROBE_CACHE_MS - 1)
    await readiness.check()
    expect(probes()).toBe(1)
    advance(1)
    await readiness.check()
    expect(probes()).toBe(2)
  })

  test('a full disk under the store is disk_full, and ready again once it has room', async () => {
    const { store, readiness, advance } = setup()
    const full = Object.assign(new Error('SQLITE_FULL: database or disk is full'), {
      code: 'SQLITE_FULL',
    })
    store.writeFailure = new StorageUnavailableError('disk full: cannot write', full)
    expect(await readiness.check()).toMatchObject({ ready: false, reason: 'disk_full' })
    store.writeFailure = null
    expect(await readiness.check()).toMatchObject({ ready: false }) // still the cached verdict
    advance(READY_PROBE_CACHE_MS)
    expect(await readiness.check()).toEqual({ ready: true })
  })

  test('a store that refuses writes, or a data directory that does, is storage_unwritable', async () => {
    const { store, readiness, advance } = setup()
    store.writeFailure = new StorageUnavailableError('read-only: cannot write')
    expect(await readiness.check()).toMatchObject({ ready: false, reason: 'storage_unwritable' })
    store.writeFailure = null
    mkdirSync(path.join(dir, READY_PROBE_FILE)) // the probe file cannot be opened for writing
    advance(READY_PROBE_CACHE_MS)
    expect(await readiness.check()).toMatchObject({ ready: false, reason: 'storage_unwritable' })
  })

  test('is not ready once draining, without probing', async () => {
    const { readiness, probes } = setup()
    readiness.drain()
    expect(await readiness.check()).toMatchObject({ ready: false, reason: 'draining' })
    expect(probes()).toBe(0)
  })
})
