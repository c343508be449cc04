import { describe, expect, test } from 'vitest'
import {
  forgetBoard,
  parseEntries,
  rememberVisit,
  type MyBoardEntry,
} from '../../../../client/src/lib/storage/myBoards.ts'
import { resolveToken, tokenFromHash } from '../../../../client/src/lib/storage/boardToken.ts'
import { KEYS, memoryStore } from '../../../../client/src/lib/storage/safeStorage.ts'

const T0 = Date.parse('2026-11-25T10:00:00Z')

describe('rememberVisit', () => {
  test('adds a board and puts the latest first', () => {
    let entries: MyBoardEntry[] = []
    entries = rememberVisit(entries, { id: 'a', title: 'A', token: 'ta', right: 'edit' }, T0)
    entries = rememberVisit(entries, { id: 'b', title: 'B', token: 'tb', right: 'view' }, T0 + 1000)
    expect(entries.map((e) => e.id)).toEqual(['b', 'a'])
    expect(entries[1]).toMatchObject({
      token: 'ta',
      right: 'edit',
      lastOpened: '2026-11-25T10:00:00.000Z',
    })
  })

  test('keeps the best right: a view link does not downgrade a facilitated board', () => {
    let entries = rememberVisit([], { id: 'a', title: 'A', token: 'fac', right: 'facilitate' }, T0)
    entries = rememberVisit(
      entries,
      { id: 'a', title: 'A neu', token: 'view', right: 'view' },
      T0 + 1,
    )
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ title: 'A neu', token: 'fac', right: 'facilitate' })
    entries = rememberVisit(
      entries,
      { id: 'a', title: 'A', token: 'fac2', right: 'facilitate' },
      T0 + 2,
    )
    expect(entries[0]?.token).toBe('fac2')
  })

  test('keeps known share links across visits', () => {
    const links = { edit: '/b/a#e', view: '/b/a#v', facilitate: '/b/a#f' }
    let entries = rememberVisit(
      [],
      { id: 'a', title: 'A', token: 'f', right: 'facilitate', links },
      T0,
    )
    entries = rememberVisit(
      entries,
      { id: 'a', title: 'A', token: 'f', right: 'facilitate' },
      T0 + 1,
    )
    expect(entries[0]?.links).toEqual(links)
  })

  test('forgetBoard removes only that board', () => {
    const entries = rememberVisit(
      rememberVisit([], { id: 'a', title: 'A', token: 'x', right: 'view' }, T0),
      { id: 'b', title: 'B', token: 'y', right: 'view' },
      T0,
    )
    expect(forgetBoard(entries, 'a').map((e) => e.id)).toEqual(['b'])
  })
})

describe('parseEntries', () => {
  test('round-trips what was stored', () => {
    const entries = rememberVisit(
      [],
      { id: 'a', title: 'A', token: 'x', right: 'edit', links: { edit: '/b/a#x' } },
      T0,
    )
    expect(parseEntries(JSON.stringify(entries))).toEqual(entries)
  })

  test('drops malformed data instead of trusting it', () => {
    expect(parseEntries(null)).toEqual([])
    expect(parseEntries('{not json')).toEqual([])
    expect(parseEntries('{"a":1}')).toEqual([])
    const raw = JSON.stringify([
      { id: 'ok', title: 'OK', token: 't', right: 'view', lastOpened: '2026-01-01T00:00:00.000Z' },
      { id: 'bad-right', token: 't', right: 'admin' },
      { id: 'links', token: 't', right: 'view', links: { edit: 'javascript:alert(1)' } },
      42,
    ])
    const entries = parseEntries(raw)
    expect(entries.map((e) => e.id)).toEqual(['ok', 'links'])
    expect(entries[1]?.links).toEqual({})
  })
})

describe('tokens', () => {
  test('tokenFromHash decodes the fragment', () => {
    expect(tokenFromHash('#abc%2Bdef')).toBe('abc+def')
    expect(tokenFromHash('')).toBeNull()
    expect(tokenFromHash('#')).toBeNull()
    expect(tokenFromHash('#%E0%A4%A')).toBeNull()
  })

  test('the link’s token wins and is kept for the tab; then the tab’s; then "Meine Boards"', () => {
    const tab = memoryStore()
    const browser = memoryStore()
    browser.set(
      KEYS.myBoards,
      JSON.stringify(
        rememberVisit([], { id: 'b1', title: '', token: 'stored', right: 'edit' }, T0),
      ),
    )
    expect(resolveToken('b1', '', { tab, browser })).toBe('stored')
    expect(resolveToken('b1', '#fresh', { tab, browser })).toBe('fresh')
    expect(resolveToken('b1', '', { tab, browser })).toBe('fresh')
    expect(resolveToken('other', '', { tab, browser })).toBeNull()
  })
})
