import { describe, expect, it } from 'vitest'
import {
  avatarStack,
  initials,
  MAX_AVATARS,
} from '../../../../../client/src/lib/components/presence/avatars.ts'

describe('initials', () => {
  it('takes the first letters of the first and the last word', () => {
    expect(initials('Anna Yilmaz')).toBe('AY')
    expect(initials('Frau Dr. Berg')).toBe('FB')
    expect(initials('  ben  ')).toBe('B')
    expect(initials('Gast 12')).toBe('G1')
  })

  it('keeps a letter made of more than one code unit whole, and says "?" for no name', () => {
    expect(initials('Özdemir')).toBe('Ö')
    expect(initials('😀 Team')).toBe('😀T')
    expect(initials('   ')).toBe('?')
  })
})

describe('avatarStack', () => {
  const people = (n: number): number[] => Array.from({ length: n }, (_, i) => i)

  it('shows everyone up to the maximum', () => {
    expect(avatarStack(people(MAX_AVATARS))).toEqual({ shown: people(MAX_AVATARS), more: 0 })
    expect(avatarStack([])).toEqual({ shown: [], more: 0 })
  })

  it('sums up the rest as "+N" in the last place, never "+1"', () => {
    expect(avatarStack(people(5), 4)).toEqual({ shown: [0, 1, 2], more: 2 })
    expect(avatarStack(people(12), 4)).toEqual({ shown: [0, 1, 2], more: 9 })
  })
})
