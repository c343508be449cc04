import { describe, expect, it } from 'vitest'
import { boardWords } from '../../../../client/src/lib/listview/boardWords.ts'
import { findMatches } from '../../../../client/src/lib/listview/search.ts'
import type { Assignment, BoardElement } from '../../../../shared/schema/index.ts'

const box = { w: 100, h: 100, z: 0, locked: false, groupId: null }
const elements = [
  { ...box, id: 'role', kind: 'role', type: 'role', x: 0, y: 0, title: 'CDO' },
  { ...box, id: 'p1', kind: 'person', type: 'person', x: 400, y: 0, name: 'Herr Özdemir' },
  { ...box, id: 'p2', kind: 'person', type: 'person', x: 400, y: 200, name: '' },
  {
    ...box,
    id: 'rel',
    kind: 'connector',
    type: 'connector',
    x: 0,
    y: 300,
    text: '',
    relationKind: 'suppliesDataTo',
  },
  { ...box, id: 'lab', kind: 'connector', type: 'connector', x: 0, y: 400, text: 'Vertrag' },
  { ...box, id: 'frame', kind: 'frame', type: 'frame', x: 0, y: 600, text: 'Rollen klären' },
] as unknown as BoardElement[]

const cells: Assignment[] = [
  { id: 'p1|role', personId: 'p1', roleId: 'role', raci: 'A', share: 0 },
  { id: 'p2|role', personId: 'p2', roleId: 'role', raci: 'C', share: 0 },
  { id: 'gone|role', personId: 'gone', roleId: 'role', raci: 'R', share: 0 },
]
const assignments = { forRole: (id: string) => (id === 'role' ? cells : []) }
const lookup = (id: string) => elements.find((el) => el.id === id)

describe('boardWords', () => {
  const shown = boardWords(assignments, lookup, 'de')

  it('gives a role card the names of the people assigned to it, leaving out cards that are gone', () => {
    expect(shown(elements[0]!)).toBe('Herr Özdemir')
  })

  it('gives a relation without a label the name of its kind, in the reader’s language', () => {
    expect(shown(elements[3]!)).toBe('liefert Daten an')
    expect(boardWords(assignments, lookup, 'en')(elements[3]!)).toBe('supplies data to')
    expect(shown(elements[4]!)).toBe('')
  })
})

describe('findMatches with the board’s words', () => {
  const shown = boardWords(assignments, lookup, 'de')

  it('finds a person by name on the role card as well as on their own card', () => {
    expect(findMatches(elements, 'özdemir', shown)).toEqual(['role', 'p1'])
    expect(findMatches(elements, 'özdemir')).toEqual(['p1'])
  })

  it('finds relation labels, relation kinds and frame titles', () => {
    expect(findMatches(elements, 'vertrag', shown)).toEqual(['lab'])
    expect(findMatches(elements, 'liefert daten', shown)).toEqual(['rel'])
    expect(findMatches(elements, 'rollen klären', shown)).toEqual(['frame'])
  })
})
