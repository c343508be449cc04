import { expect, test } from 'vitest'
import type { BoardInfo } from '../../../../shared/api.ts'
import { openInfo } from '../../../../client/src/lib/page/openInfo.ts'
import { memoryStore } from '../../../../client/src/lib/storage/safeStorage.ts'

const info: BoardInfo = {
  id: 'b1',
  title: 'Rathaus',
  role: 'edit',
  createdAt: '',
  schemaVersion: 1,
}
const network = { ok: false, reason: 'network', detail: 'Failed to fetch' } as const

test('without a connection, a board opened before with this link opens from the cache', () => {
  const store = memoryStore()
  expect(openInfo('b1', 't', { ok: true, value: info }, store)).toEqual({ ok: true, value: info })
  expect(openInfo('b1', 't', network, store)).toEqual({ ok: true, value: info, fromCache: true })
  // A proxy answering 502 while the server is down is no refusal either.
  const proxy = { ok: false, reason: 'server', detail: 'HTTP 502' } as const
  expect(openInfo('b1', 't', proxy, store)).toMatchObject({ ok: true, fromCache: true })
})

test('a board never opened with this link does not open without a connection', () => {
  const store = memoryStore()
  openInfo('b1', 't', { ok: true, value: info }, store)
  expect(openInfo('b1', 'other', network, store)).toEqual(network)
  expect(openInfo('b2', 't', network, store)).toEqual(network)
})

test('a refused or unknown link is refused, and the offline way in is closed too', () => {
  for (const reason of ['unauthorized', 'notFound'] as const) {
    const store = memoryStore()
    openInfo('b1', 't', { ok: true, value: info }, store)
    const refusal = { ok: false, reason, detail: 'HTTP 401' } as const
    expect(openInfo('b1', 't', refusal, store)).toEqual(refusal)
    expect(openInfo('b1', 't', network, store)).toEqual(network)
  }
})
