import { describe, expect, it } from 'vitest'
import { ConnectionLimits, type Release } from '../../../server/edge/ConnectionLimits.ts'

function admitted(outcome: Release | string): Release {
  if (typeof outcome === 'string') throw new Error(`refused: ${outcome}`)
  return outcome
}

describe('ConnectionLimits', () => {
  it('refuses an address over its limit, and admits again once one closed', () => {
    const limits = new ConnectionLimits(2, 10)
    const first = admitted(limits.admit('a', null))
    admitted(limits.admit('a', 'b1'))
    expect(limits.admit('a', null)).toBe('address')
    expect(typeof limits.admit('other', null)).toBe('function')
    first()
    expect(typeof limits.admit('a', null)).toBe('function')
  })

  it('refuses an address over its limit on one board, but not on another', () => {
    const limits = new ConnectionLimits(10, 2)
    admitted(limits.admit('a', 'b1'))
    admitted(limits.admit('a', 'b1'))
    expect(limits.admit('a', 'b1')).toBe('board')
    expect(typeof limits.admit('a', 'b2')).toBe('function')
    expect(typeof limits.admit('z', 'b1')).toBe('function')
  })

  it('counts a release once, and forgets addresses without sockets', () => {
    const limits = new ConnectionLimits(1, 1)
    const release = admitted(limits.admit('a', 'b1'))
    release()
    release()
    expect(limits.addresses).toBe(0)
    admitted(limits.admit('a', 'b1'))
    expect(limits.admit('a', 'b1')).toBe('address')
  })
})
