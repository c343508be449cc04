import { describe, expect, it } from 'vitest'
import {
  FALLBACK_PRESENCE_COLOR,
  MAX_PRESENCE_NAME,
  MAX_PRESENCE_SELECTION,
  cleanName,
  readPresence,
} from '../../../shared/presence.ts'

const valid = {
  user: { name: 'Frau Yilmaz', color: '#1A5FB4' },
  right: 'facilitate',
  cursor: { x: 10, y: -20.5 },
  selection: ['a', 'b'],
  editing: 'a',
  view: { x: 0, y: 0, w: 1280, h: 800 },
  away: false,
}

describe('readPresence', () => {
  it('reads a state as Werkraum sends it', () => {
    expect(readPresence(valid)).toEqual({
      ...valid,
      user: { name: 'Frau Yilmaz', color: '#1a5fb4' },
    })
  })

  it('reads another Yjs client that only sends user.name', () => {
    expect(readPresence({ user: { name: 'Tiptap' } })).toEqual({
      user: { name: 'Tiptap', color: FALLBACK_PRESENCE_COLOR },
      right: 'view',
      cursor: null,
      selection: [],
      editing: null,
      view: null,
      away: false,
    })
  })

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'Anna'],
    ['an array', [valid]],
    ['an empty object (a client that has not joined)', {}],
    ['no name', { user: { color: '#ff0000' } }],
    ['a name of spaces and control characters', { user: { name: ' \u0000\u200b\n ' } }],
    ['a name that is not a string', { user: { name: { toString: 'x' } } }],
  ])('is null for %s', (_what, raw) => {
    expect(readPresence(raw)).toBeNull()
  })

  it('never throws on hostile values and drops what it cannot use', () => {
    const hostile = {
      user: { name: 'x'.repeat(10_000), color: 'red; background:url(http://evil)' },
      right: 'admin',
      cursor: { x: Infinity, y: 1 },
      selection: [...Array.from({ length: 10_000 }, (_, i) => `id${i}`), 5, null, 'y'.repeat(500)],
      editing: { id: 'a' },
      view: { x: 0, y: 0, w: -10, h: 5 },
      away: 'yes',
    }
    const state = readPresence(hostile)
    expect(state).not.toBeNull()
    expect([...(state?.user.name ?? '')]).toHaveLength(MAX_PRESENCE_NAME)
    expect(state?.user.color).toBe(FALLBACK_PRESENCE_COLOR)
    expect(state?.right).toBe('view')
    expect(state?.cursor).toBeNull()
    expect(state?.selection).toHaveLength(MAX_PRESENCE_SELECTION)
    expect(state?.editing).toBeNull()
    expect(state?.view).toBeNull()
    expect(state?.away).toBe(false)
  })

  it('survives getters that throw, and rejects coordinates out of range', () => {
    const throwing = {
      get user(): never {
        throw new Error('boom')
      },
    }
    expect(readPresence(throwing)).toBeNull()
    expect(readPresence({ user: { name: 'Ok' }, cursor: { x: 1e12, y: 0 } })?.cursor).toBeNull()
    expect(readPresence({ user: { name: 'Ok' }, cursor: { x: NaN, y: 0 } })?.cursor).toBeNull()
  })
})

describe('cleanName', () => {
  it('trims, strips control and direction characters, and caps by characters', () => {
    expect(cleanName('  Herr Krause\n')).toBe('Herr Krause')
    expect(cleanName('Ann\u202ea')).toBe('Anna')
    expect(cleanName('😀'.repeat(50))).toBe('😀'.repeat(MAX_PRESENCE_NAME))
    expect(cleanName(undefined)).toBe('')
  })
})
