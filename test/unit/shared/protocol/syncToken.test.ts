import { describe, expect, it } from 'vitest'
import { generateToken } from '../../../../server/access/tokens.ts'
import {
  answerSubprotocol,
  SYNC_SUBPROTOCOL,
  syncSubprotocols,
  tokenFromSubprotocols,
} from '../../../../shared/protocol/syncToken.ts'

/** RFC 7230 `token`: what a WebSocket subprotocol name may consist of. */
const RFC_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/

describe('syncSubprotocols', () => {
  it('offers the plain name and the token, each a valid subprotocol name', () => {
    for (let i = 0; i < 50; i++) {
      const token = generateToken()
      const offered = syncSubprotocols(token)
      expect(offered).toEqual([SYNC_SUBPROTOCOL, `werkraum.token.${token}`])
      for (const protocol of offered) expect(protocol).toMatch(RFC_TOKEN)
    }
  })

  it('offers no token that is not one of ours (the browser would throw on it)', () => {
    expect(syncSubprotocols('a b')).toEqual([SYNC_SUBPROTOCOL])
    expect(syncSubprotocols('')).toEqual([SYNC_SUBPROTOCOL])
    expect(syncSubprotocols('ä')).toEqual([SYNC_SUBPROTOCOL])
  })
})

describe('tokenFromSubprotocols', () => {
  it('reads the token back from the header a client sends', () => {
    const token = generateToken()
    expect(tokenFromSubprotocols(syncSubprotocols(token).join(', '))).toBe(token)
    expect(tokenFromSubprotocols(`werkraum.token.${token},werkraum`)).toBe(token)
  })

  it('finds none where none is offered', () => {
    expect(tokenFromSubprotocols(undefined)).toBeNull()
    expect(tokenFromSubprotocols('werkraum')).toBeNull()
    expect(tokenFromSubprotocols('werkraum.token.')).toBeNull()
    expect(tokenFromSubprotocols('chat, superchat')).toBeNull()
  })
})

describe('answerSubprotocol', () => {
  it('answers werkraum, never the token offered beside it', () => {
    const offered = new Set(syncSubprotocols(generateToken()).reverse())
    expect(answerSubprotocol(offered)).toBe(SYNC_SUBPROTOCOL)
  })

  it('answers a third-party client`s own protocol as before, but never a token', () => {
    expect(answerSubprotocol(new Set(['werkraum.token.abc', 'their-protocol']))).toBe(
      'their-protocol',
    )
    expect(answerSubprotocol(new Set(['werkraum.token.abc']))).toBe(false)
    expect(answerSubprotocol(new Set())).toBe(false)
  })
})
