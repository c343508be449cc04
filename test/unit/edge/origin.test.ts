import { describe, expect, it } from 'vitest'
import { isOriginAllowed, originCheck } from '../../../server/edge/origin.ts'

const NONE = new Set<string>()

describe('isOriginAllowed', () => {
  it('allows clients that send no Origin (not a browser)', () => {
    expect(isOriginAllowed(undefined, 'board.example', NONE)).toBe(true)
    expect(isOriginAllowed(undefined, undefined, NONE)).toBe(true)
  })

  it.each([
    ['http://localhost:3000', 'localhost:3000'],
    ['https://board.example', 'board.example'],
    ['https://board.example', 'board.example:443'],
    ['http://board.example', 'board.example:80'],
    ['https://Board.Example', 'board.example'],
    // Behind a TLS proxy the server sees plain HTTP: the scheme is not compared.
    ['https://board.example:8443', 'board.example:8443'],
  ])('allows a page of the server itself: %s with Host %s', (origin, host) => {
    expect(isOriginAllowed(origin, host, NONE)).toBe(true)
  })

  it.each([
    ['http://evil.example', 'board.example'],
    ['http://localhost:3001', 'localhost:3000'],
    ['https://board.example', 'board.example:80'],
    ['https://board.example.evil.example', 'board.example'],
    ['null', 'board.example'],
    ['file://', 'board.example'],
    ['chrome-extension://abc', 'abc'],
    ['not an origin', 'board.example'],
    ['http://board.example', undefined],
    ['http://board.example', 'board.example/path'],
    ['http://board.example', 'someone@board.example'],
  ])('refuses %s with Host %s', (origin, host) => {
    expect(isOriginAllowed(origin, host, NONE)).toBe(false)
  })

  it('allows the listed origins from any Host', () => {
    const allowed = new Set(['https://portal.example'])
    expect(isOriginAllowed('https://portal.example', 'werkraum.internal', allowed)).toBe(true)
    expect(isOriginAllowed('http://portal.example', 'werkraum.internal', allowed)).toBe(false)
  })
})

describe('originCheck', () => {
  it('allows PUBLIC_URL`s origin, as a proxy may rewrite Host', () => {
    const check = originCheck([], 'https://werkraum.stadt.example/board-tool')
    expect(check('https://werkraum.stadt.example', '127.0.0.1:3000')).toBe(true)
    expect(check('https://other.example', '127.0.0.1:3000')).toBe(false)
  })

  it('allows ALLOWED_ORIGINS', () => {
    const check = originCheck(['https://portal.example'], null)
    expect(check('https://portal.example', 'localhost:3000')).toBe(true)
  })
})
