import { afterEach, describe, expect, test } from 'vitest'
import { actionForKey, type KeyInput } from '../../../../client/src/lib/actions/keys.ts'
import { ACTIONS } from '../../../../client/src/lib/actions/index.ts'
import { propertiesTarget } from '../../../../client/src/lib/cards/cardSelection.ts'
import { DROP_ON_ROLE, roleUnder } from '../../../../client/src/lib/cards/dropOnRole.ts'
import { cataloguePicker } from '../../../../client/src/lib/cards/cataloguePicker.svelte.ts'
import {
  answerRaci,
  dismissRaci,
  raciChooser,
} from '../../../../client/src/lib/cards/raciChooser.svelte.ts'
import { assignRole } from '../../../../shared/ops/assignRole.ts'
import { createCatalogueRole } from '../../../../client/src/lib/cards/catalogueRole.ts'
import { assignmentsMap } from '../../../../shared/schema/index.ts'
import { createActor } from '../../../../shared/ops/createActor.ts'
import { createPerson } from '../../../../shared/ops/createPerson.ts'
import { createRole } from '../../../../shared/ops/createRole.ts'
import { createConnector } from '../../../../shared/ops/index.ts'
import { at, editorFixture } from '../tools/editorFixture.ts'
import { runAction } from '../../../../client/src/lib/actions/index.ts'

let fixture: ReturnType<typeof editorFixture>
afterEach(() => fixture.destroy())

function key(k: string, extra: Partial<KeyInput> = {}): boolean {
  const { editor } = fixture
  const input: KeyInput = {
    key: k,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    inTextField: false,
    onCanvas: true,
    ...extra,
  }
  const found = actionForKey(ACTIONS, input, (a) => a.enabled(editor))
  return found !== null && runAction(editor, found.action.name, { shortcut: found.shortcut })
}

describe('card tools', () => {
  test('Shift+A picks the actor tool (A stays the arrow); Enter places an actor to be named', () => {
    fixture = editorFixture()
    const { board, session } = fixture
    expect(key('A', { shiftKey: true })).toBe(true)
    expect(session.tool).toBe('actor')
    expect(key('Enter')).toBe(true)
    const [actor] = board.elements
    expect(actor?.kind).toBe('actor')
    expect(session.selection.has(actor!.id)).toBe(true)
    expect(session.editingId).toBe(actor!.id)
    expect(session.announcement).toContain('Akteurskarte')
    // Typing the name and placing are one undo step.
    fixture.editor.editText(actor!.id, 'Stadtwerke')
    fixture.editor.stopEditing()
    expect(board.get(actor!.id)).toMatchObject({
      kind: 'actor',
      name: 'Stadtwerke',
      category: null,
    })
    board.undo()
    expect(board.size).toBe(0)
    expect(key('a')).toBe(true)
    expect(session.tool).toBe('arrow')
  })

  test('a click with the role and person tools makes the cards at their default size', () => {
    fixture = editorFixture()
    const { board, editor } = fixture
    runAction(editor, 'tool.role')
    editor.pointerDown(at(300, 200))
    editor.pointerUp(at(300, 200))
    editor.stopEditing()
    runAction(editor, 'tool.person')
    editor.pointerDown(at(700, 200))
    editor.pointerUp(at(700, 200))
    const kinds = board.elements.map((el) => [el.kind, el.w, el.h])
    expect(kinds).toEqual([
      ['role', 240, 140],
      ['person', 200, 90],
    ])
  })

  test('the catalogue action opens the picker; a catalogue role is placed in the person’s language', () => {
    fixture = editorFixture()
    const { board, editor } = fixture
    expect(runAction(editor, 'rolesCatalogue')).toBe(true)
    expect(cataloguePicker(editor.session).open).toBe(true)
    const id = createCatalogueRole(editor, 'dataProtectionOfficer', { x: 0, y: 0 })
    expect(board.get(id!)).toMatchObject({
      kind: 'role',
      catalogueId: 'dataProtectionOfficer',
      group: 'protection',
    })
  })
})

describe('dragging a person onto a role', () => {
  test('asks for the letter with A marked; the answer assigns and seats them, one undo step after the drag', () => {
    fixture = editorFixture()
    const { doc, board, editor, session } = fixture
    editor.addDragHooks(DROP_ON_ROLE)
    const role = createRole(doc, { x: 600, y: 300, title: 'Datenschutzbeauftragte:r' })
    const person = createPerson(doc, { x: 200, y: 300, name: 'Anna Berg' })
    editor.pointerDown(at(200, 300))
    editor.pointerMove(at(400, 300))
    editor.pointerMove(at(600, 310))
    fixture.frame()
    expect(session.bindTarget).toBe(role)
    editor.pointerUp(at(600, 310))
    // Nothing assigned yet: the question is open at the drop, the role still outlined.
    expect(assignmentsMap(doc).size).toBe(0)
    expect(raciChooser(session).question).toMatchObject({
      personId: person,
      roleId: role,
      preset: 'A',
    })
    expect(session.bindTarget).toBe(role)
    answerRaci(editor, 'A')
    expect(raciChooser(session).question).toBeNull()
    expect(session.bindTarget).toBeNull()
    expect(board.assignments.forRole(role)).toMatchObject([{ personId: person, raci: 'A' }])
    expect(session.announcement).toContain('Anna Berg')
    const roleCard = board.get(role)!
    const seat = board.get(person)!
    expect(seat.y).toBeGreaterThan(roleCard.y + 50)
    expect(seat.y + seat.h).toBeLessThanOrEqual(roleCard.y + roleCard.h)
    board.undo()
    expect(assignmentsMap(doc).size).toBe(0)
    expect(board.get(person)).toMatchObject({ x: 500, y: 265 })
    board.undo()
    expect(board.get(person)).toMatchObject({ x: 100, y: 255 })
  })

  test('Escape (dismissing) keeps the move and assigns nothing; a known cell marks its letter', () => {
    fixture = editorFixture()
    const { doc, board, editor, session } = fixture
    editor.addDragHooks(DROP_ON_ROLE)
    const role = createRole(doc, { x: 600, y: 300, title: 'CIO' })
    const person = createPerson(doc, { x: 200, y: 300, name: 'Ben' })
    editor.pointerDown(at(200, 300))
    editor.pointerMove(at(600, 310))
    fixture.frame()
    editor.pointerUp(at(600, 310))
    dismissRaci(editor)
    expect(raciChooser(session).question).toBeNull()
    expect(assignmentsMap(doc).size).toBe(0)
    expect(board.get(person)).toMatchObject({ x: 500, y: 265 })
    expect(session.announcement).toContain('Nur verschoben')
    assignRole(doc, { personId: person, roleId: role, raci: 'C' })
    editor.pointerDown(at(600, 310))
    editor.pointerMove(at(610, 320))
    fixture.frame()
    editor.pointerUp(at(610, 320))
    expect(raciChooser(session).question?.preset).toBe('C')
  })

  test('only a single person card over a role counts', () => {
    fixture = editorFixture()
    const { doc, board } = fixture
    const role = createRole(doc, { x: 600, y: 300, title: 'CIO' })
    const person = createPerson(doc, { x: 0, y: 0, name: 'Ben' })
    const actor = createActor(doc, { x: 0, y: 300, name: 'KRZ', category: 'itProvider' })
    const lookup = (id: string) => board.get(id)
    const onRole = { x: 600 - 100, y: 300 - 45 }
    expect(roleUnder(board.elements, lookup, [{ id: person, ...onRole }])).toBe(role)
    expect(roleUnder(board.elements, lookup, [{ id: person, x: 0, y: 0 }])).toBeNull()
    expect(roleUnder(board.elements, lookup, [{ id: actor, ...onRole }])).toBeNull()
    expect(
      roleUnder(board.elements, lookup, [
        { id: person, ...onRole },
        { id: actor, ...onRole },
      ]),
    ).toBeNull()
  })
})

describe('propertiesTarget', () => {
  test('one card, or one connector between actors or with a kind; nothing else', () => {
    fixture = editorFixture()
    const { doc, board } = fixture
    const a = createActor(doc, { x: 0, y: 0, name: 'A', category: 'business' })
    const b = createActor(doc, { x: 500, y: 0, name: 'B', category: 'science' })
    const p = createPerson(doc, { x: 0, y: 400, name: 'P' })
    const ab = createConnector(doc, { from: { elementId: a }, to: { elementId: b } })
    const ap = createConnector(doc, { from: { elementId: a }, to: { elementId: p } })
    const lookup = (id: string) => board.get(id)
    const of = (...ids: string[]) =>
      propertiesTarget(
        ids.map((id) => board.get(id)!),
        lookup,
      )?.kind ?? null
    expect(of(a)).toBe('card')
    expect(of(p)).toBe('card')
    expect(of(ab)).toBe('relation')
    expect(of(ap)).toBeNull()
    expect(of(a, b)).toBeNull()
  })
})
