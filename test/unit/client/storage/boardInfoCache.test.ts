import { expect, test } from 'vitest'
import type { BoardInfo } from '../../../../shared/api.ts'
import {
  cachedBoardInfo,
  forgetBoardInfo,
  rememberBoardInfo,
  tokenFingerprint,
} from '../../../../client/src/lib/storage/boardInfoCache.ts'
import { memoryStore } from '../../../../client/src/lib/storage/safeStorage.ts'

const info: BoardInfo = {
  id: 'b1',
  title: 'Marktplatz',
  role: 'edit',
  createdAt: '2026-01-01T00:00:00.000Z',
  schemaVersion: 1,
}

test('the remembered answer comes back for the same board and token', () => {
  const store = memoryStore()
  rememberBoardInfo(info, 'edit-token', store)
  expect(cachedBoardInfo('b1', 'edit-token', store)).toEqual(info)
})

test('another token (another link, a rotated one) finds nothing', () => {
  const store = memoryStore()
  rememberBoardInfo(info, 'edit-token', store)
  expect(cachedBoardInfo('b1', 'view-token', store)).toBeNull()
  expect(cachedBoardInfo('b2', 'edit-token', store)).toBeNull()
})

test('the cache never holds the token itself', () => {
  const store = memoryStore()
  rememberBoardInfo(info, 'a-secret-token-value', store)
  expect(store.get('werkraum.boardInfo.b1')).not.toContain('a-secret-token-value')
  expect(tokenFingerprint('a')).not.toBe(tokenFingerprint('b'))
})

test('forgotten, or malformed, is nothing', () => {
  const store = memoryStore()
  rememberBoardInfo(info, 't', store)
  forgetBoardInfo('b1', store)
  expect(cachedBoardInfo('b1', 't', store)).toBeNull()
  store.set('werkraum.boardInfo.b1', '{"fingerprint":1}')
  expect(cachedBoardInfo('b1', 't', store)).toBeNull()
  store.set('werkraum.boardInfo.b1', 'not json')
  expect(cachedBoardInfo('b1', 't', store)).toBeNull()
})
