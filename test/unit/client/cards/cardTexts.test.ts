import { afterEach, describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { Board } from '../../../../client/src/lib/model/board.svelte.ts'
import { cardTexts } from '../../../../client/src/lib/cards/cardTexts.ts'
import { describeElement } from '../../../../client/src/lib/kinds/index.ts'
import { cardListLabel } from '../../../../client/src/lib/cards/cardListLabel.ts'
import { describeConnector } from '../../../../client/src/lib/kinds/describeConnector.ts'
import { i18n, t } from '../../../../client/src/lib/i18n/i18n.svelte.ts'
import { createConnector, deleteElements } from '../../../../shared/ops/index.ts'
import { assignRole } from '../../../../shared/ops/assignRole.ts'
import { createActor } from '../../../../shared/ops/createActor.ts'
import { createPerson } from '../../../../shared/ops/createPerson.ts'
import { createRole } from '../../../../shared/ops/createRole.ts'
import { setRelationKind } from '../../../../shared/ops/setRelationKind.ts'
import { updateAssignment } from '../../../../shared/ops/updateAssignment.ts'

const boards: Board[] = []
function open(doc: Y.Doc): Board {
  const b = new Board(doc, { canEdit: true })
  boards.push(b)
  return b
}
afterEach(() => {
  for (const b of boards.splice(0)) b.destroy()
  i18n.setLocale('de')
})

/** The canvas's card words for this board, as BoardCanvas builds them each frame. */
function texts(board: Board) {
  return cardTexts(board.assignments, (id) => board.get(id))
}

function rolesBoard(): { doc: Y.Doc; board: Board; role: string; anna: string; ben: string } {
  const doc = new Y.Doc()
  const role = createRole(doc, { x: 0, y: 0, catalogueId: 'dataProtectionOfficer' })
  const anna = createPerson(doc, { x: 300, y: 0, name: 'Anna Berg', availability: 80 })
  const ben = createPerson(doc, { x: 300, y: 200, name: 'Ben Özdemir' })
  return { doc, board: open(doc), role, anna, ben }
}

describe('holders on the canvas', () => {
  test('a role card lists who holds it, Accountable first, and follows changes', () => {
    const { doc, board, role, anna, ben } = rolesBoard()
    expect(texts(board).holders(role)).toEqual([])
    let changes = 0
    board.assignments.onChange(() => changes++)
    assignRole(doc, { personId: anna, roleId: role })
    assignRole(doc, { personId: ben, roleId: role, raci: 'A' })
    expect(changes).toBe(2)
    expect(texts(board).holders(role)).toEqual([
      { personId: ben, name: 'Ben Özdemir', raci: 'A' },
      { personId: anna, name: 'Anna Berg', raci: 'R' },
    ])
  })

  test('a deleted person is not listed', () => {
    const { doc, board, role, anna } = rolesBoard()
    assignRole(doc, { personId: anna, roleId: role })
    deleteElements(doc, { ids: [anna] })
    expect(texts(board).holders(role)).toEqual([])
  })

  test('a holder without a name reads as unnamed, in the reader’s language', () => {
    const { doc, board, role } = rolesBoard()
    const blank = createPerson(doc, { x: 600, y: 0, name: '' })
    assignRole(doc, { personId: blank, roleId: role })
    expect(texts(board).holders(role)).toEqual([
      { personId: blank, name: '(ohne Namen)', raci: 'R' },
    ])
    i18n.setLocale('en')
    expect(texts(board).holders(role)[0]?.name).toBe('(unnamed)')
  })
})

describe('a person’s load and time on the canvas', () => {
  test('counts roles held and shows their time as a share of a full-time position', () => {
    const { doc, board, role, anna } = rolesBoard()
    const other = createRole(doc, { x: 0, y: 300, title: 'Digitale Lotsin' })
    const a1 = assignRole(doc, { personId: anna, roleId: role, share: 50 })
    assignRole(doc, { personId: anna, roleId: other, raci: 'C', share: 25 })
    const load = texts(board).load(anna)
    expect(load).toEqual({ held: 1, share: 75 })
    const person = board.get(anna)
    if (person?.kind !== 'person') throw new Error('no person')
    // 75 % of Anna's 80 % is 60 % of a full-time position.
    expect(texts(board).time(person, load)).toBe('Zeit: 60 % von 80 %')
    updateAssignment(doc, { id: a1!, share: 100 })
    expect(texts(board).load(anna).share).toBe(125)
    // A role deleted by someone else no longer counts.
    deleteElements(doc, { ids: [role] })
    expect(texts(board).load(anna)).toEqual({ held: 0, share: 25 })
  })
})

describe('describing cards', () => {
  test('actor with category and place, role with group, person with org unit, in both languages', () => {
    const doc = new Y.Doc()
    const actor = createActor(doc, {
      x: 0,
      y: 0,
      name: 'Stadtwerke',
      category: 'municipalGroup',
      ring: 'municipalGroup',
      field: 'energyEnvironment',
    })
    const role = createRole(doc, { x: 0, y: 300, catalogueId: 'cio' })
    const person = createPerson(doc, { x: 300, y: 0, name: 'Anna Berg', orgUnit: 'Hauptamt' })
    const unit = createPerson(doc, { x: 300, y: 300, name: 'KDN', personKind: 'orgUnit' })
    const board = open(doc)
    const say = (id: string): string =>
      describeElement(board.get(id)!, { t, lookup: (other) => board.get(other) })
    expect(say(actor)).toBe(
      'Akteur:in: Stadtwerke, Konzern Kommune, Konzern Kommune · Energie & Umwelt',
    )
    expect(say(role)).toMatch(/^Rolle: .+, Umsetzung$/)
    expect(say(person)).toBe('Person: Anna Berg, Hauptamt')
    expect(say(unit)).toBe('Org.-Einheit: KDN')
    i18n.setLocale('en')
    expect(say(actor)).toBe(
      'Actor: Stadtwerke, Municipal group, Municipal group · Energy & environment',
    )
  })

  test('a relation without a label is named by its kind, and its ends by the cards’ names', () => {
    const doc = new Y.Doc()
    const a = createActor(doc, { x: 0, y: 0, name: 'Stadtwerke', category: 'municipalGroup' })
    const b = createActor(doc, { x: 600, y: 0, name: 'Rechenzentrum', category: 'itProvider' })
    const c = createConnector(doc, { from: { elementId: a }, to: { elementId: b } })
    setRelationKind(doc, { ids: [c], kind: 'suppliesDataTo' })
    const board = open(doc)
    const connector = board.get(c)
    if (connector?.kind !== 'connector') throw new Error('no connector')
    expect(connector.relationKind).toBe('suppliesDataTo')
    const said = describeConnector(connector, (id) => board.get(id), t)
    expect(said).toContain('liefert Daten an')
    expect(said).toContain('Stadtwerke')
    expect(said).toContain('Rechenzentrum')
  })
})

describe('cardListLabel', () => {
  test('a role says who holds it or that it is vacant; a person the time their roles take', () => {
    const { doc, board, role, anna } = rolesBoard()
    const read = (id: string): string => {
      const el = board.get(id)
      if (el?.kind !== 'role' && el?.kind !== 'person') throw new Error('not a card')
      return cardListLabel(el, board)
    }
    expect(read(role)).toMatch(/^Rolle: Datenschutzbeauftragte:r, .+, unbesetzt$/)
    assignRole(doc, { personId: anna, roleId: role, raci: 'A', share: 50 })
    expect(read(role)).toMatch(/besetzt von Anna Berg \(A\)$/)
    expect(read(anna)).toBe('Person: Anna Berg, Zeit: 40 % von 80 %')
  })

  test('a role with only Consulted or Informed people is vacant, as on its card and in the checks', () => {
    const { doc, board, role, anna } = rolesBoard()
    assignRole(doc, { personId: anna, roleId: role, raci: 'C' })
    const el = board.get(role)
    if (el?.kind !== 'role') throw new Error('not a role')
    expect(cardListLabel(el, board)).toMatch(/, unbesetzt$/)
    expect(texts(board).holders(role)).toEqual([{ personId: anna, name: 'Anna Berg', raci: 'C' }])
  })
})
