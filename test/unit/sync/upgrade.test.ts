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

  it('leaves to the control plane exactly what engine.io takes: a raw URL under /socket.io/', () => {
    expect(parseUpgradeUrl('/socket.io/?EIO=4&transport=websocket')).toEqual({ kind: 'control' })
    expect(parseUpgradeUrl('/socket.io/')).toEqual({ kind: 'control' })
    // engine.io compares the raw URL too, so this one is its own (and it answers it).
    expect(parseUpgradeUrl('/socket.io/../yjs/abc')).toEqual({ kind: 'control' })
  })

  it('reads the query of a document upgrade without decoding the path', () => {
    expect(parseUpgradeUrl('/yjs/abc?x=1&token=a%2Bb')).toEqual({
      kind: 'sync',
      boardId: 'abc',
      token: 'a+b',
    })
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
    // engine.io ignores these (its raw prefix is /socket.io/), so nobody would answer them.
    '/socket.io',
    '/socket.io?EIO=4&transport=websocket',
    '/SOCKET.IO/',
    '/x/../socket.io/',
    '//socket.io/',
    'http://host/socket.io/',
    // Paths are not normalised or decoded: no second spelling of a board.
    '/x/../yjs/abc',
    '/yjs/./abc',
    '/yjs/%61bc',
    '//yjs/abc',
    'http://host/yjs/abc',
  ])('does not recognise %s', (url) => {
    expect(parseUpgradeUrl(url)).toEqual({ kind: 'unknown' })
  })
})
