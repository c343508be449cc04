import { describe, expect, it } from 'vitest'
import {
  findMatches,
  keepCurrent,
  searchableText,
  stepMatch,
} from '../../../../client/src/lib/listview/search.ts'

const note = (id: string, x: number, y: number, text: string) => ({
  id,
  x,
  y,
  w: 100,
  h: 100,
  kind: 'note',
  text,
})

describe('findMatches', () => {
  const elements = [
    note('a', 500, 0, 'Bürgeramt Online'),
    note('b', 0, 0, 'Ordnungsamt'),
    note('c', 0, 300, 'Online-Dienste der STADTWERKE'),
    { id: 'f', x: 0, y: 900, w: 800, h: 600, kind: 'frame', title: 'Stadtwerke & Partner' },
    { id: 'r', x: 0, y: 50, w: 10, h: 10, kind: 'shape' },
  ]

  it('matches case-insensitively, in reading order (top to bottom, left to right)', () => {
    expect(findMatches(elements, 'online')).toEqual(['a', 'c'])
    expect(findMatches(elements, 'AMT')).toEqual(['b', 'a'])
  })

  it('finds frame titles and other text keys, not only notes', () => {
    expect(findMatches(elements, 'stadtwerke')).toEqual(['c', 'f'])
  })

  it('matches umlauts in any case and ignores surrounding spaces', () => {
    expect(findMatches(elements, '  BÜRGER ')).toEqual(['a'])
  })

  it('a blank query matches nothing; elements without text never match', () => {
    expect(findMatches(elements, '')).toEqual([])
    expect(findMatches(elements, '   ')).toEqual([])
    expect(searchableText(elements[4]!)).toBe('')
  })
})

describe('findMatches and template decoration', () => {
  it('skips decoration (a ring, a sector line) but finds a note that claims to be one', () => {
    const ring = { id: 'ring', x: 0, y: 0, w: 10, h: 10, kind: 'shape', text: 'Ring' }
    const elements = [
      { ...ring, decoration: true as const },
      { ...ring, id: 'line', kind: 'connector', decoration: true as const },
      { ...ring, id: 'plate' },
      { ...note('n', 0, 20, 'Ring der Verwaltung'), decoration: true as const },
    ]
    expect(findMatches(elements, 'ring')).toEqual(['plate', 'n'])
  })
})

describe('stepping through matches', () => {
  it('Enter goes forward and wraps; Shift+Enter goes back and wraps', () => {
    expect(stepMatch(-1, 5, 1)).toBe(0)
    expect(stepMatch(4, 5, 1)).toBe(0)
    expect(stepMatch(0, 5, -1)).toBe(4)
    expect(stepMatch(-1, 5, -1)).toBe(4)
    expect(stepMatch(2, 0, 1)).toBe(-1)
  })

  it('keeps the current match when the list changes, if it still matches', () => {
    expect(keepCurrent('c', ['a', 'b', 'c'])).toBe(2)
    expect(keepCurrent('x', ['a', 'b'])).toBe(0)
    expect(keepCurrent(null, [])).toBe(-1)
  })
})
