import { describe, expect, it } from 'vitest'
import { parseUpgradeUrl } from '../../../server/sync/upgrade.ts'

describe('parseUpgradeUrl', () => {
  it('reads the board id and token the stock client sends', () => {
    expect(parseUpgradeUrl('/yjs/k3j4h5g6f7d8s9a0?token=abc-_DEF')).toEqual({
      kind: 'sync',
      boardId: 'k3j4h5g6f7d8s9a0',
      token: 'abc-_DEF',
    })
  })

  it('treats a missing or empty token as none', () => {
    expect(parseUpgradeUrl('/yjs/abc')).toEqual({ kind: 'sync', boardId: 'abc', token: null })
    expect(parseUpgradeUrl('/yjs/abc?token=')).toEqual({
      kind: 'sync',
      boardId: 'abc',
      token: null,
    })
  })

  it('leaves socket.io to the control plane', () => {
    expect(parseUpgradeUrl('/socket.io/?EIO=4&transport=websocket')).toEqual({ kind: 'control' })
    expect(parseUpgradeUrl('/socket.io')).toEqual({ kind: 'control' })
  })

  it.each([
    undefined,
    '/',
    '/yjs',
    '/yjs/',
    '/yjs/a/b',
    '/yjs/%E0%A4%A',
    '/yjs/bad%20id',
    `/yjs/${'x'.repeat(129)}`,
    '/socket.iox',
    '/api/boards',
  ])('does not recognise %s', (url) => {
    expect(parseUpgradeUrl(url)).toEqual({ kind: 'unknown' })
  })
})
