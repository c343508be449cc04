import { afterEach, describe, expect, test } from 'vitest'
import { insertTemplateOnBoard } from '../../../../client/src/lib/templates/insertOnBoard.ts'
import { TEMPLATE_GAP, templateSpot } from '../../../../client/src/lib/templates/templateSpot.ts'
import {
  EMPTY_CHOICE,
  resolveChoice,
  templateChoices,
} from '../../../../client/src/lib/templates/templateChoices.ts'
import { makeOwnTemplate } from '../../../../client/src/lib/templates/ownTemplate.ts'
import { visibleRect } from '../../../../client/src/lib/geometry/camera.ts'
import { ROLES_TEMPLATE } from '../../../../shared/templates/roles.ts'
import { ECOSYSTEM_TEMPLATE } from '../../../../shared/templates/ecosystem.ts'
import { editorFixture } from '../tools/editorFixture.ts'
import { createNote } from '../../../../shared/ops/index.ts'

let fixture: ReturnType<typeof editorFixture> | undefined
afterEach(() => fixture?.destroy())

describe('templateSpot', () => {
  test('right of the content, level with its top; centred in the view on an empty board', () => {
    expect(
      templateSpot({ x: -100, y: 50, w: 400, h: 300 }, { w: 1000, h: 800 }, { x: 0, y: 0 }),
    ).toEqual({
      x: 300 + TEMPLATE_GAP,
      y: 50,
    })
    expect(templateSpot(null, { w: 1000, h: 800 }, { x: 200, y: 100 })).toEqual({
      x: -300,
      y: -300,
    })
  })
})

describe('insertTemplateOnBoard', () => {
  test('puts the template beside the content, selects what can move, shows it, one undo step', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    const note = board.run(createNote, { x: 0, y: 0 })
    expect(note).not.toBeNull()
    const before = board.bounds()!

    const ids = insertTemplateOnBoard(editor, ECOSYSTEM_TEMPLATE, 'de')!
    expect(ids.length).toBe(ECOSYSTEM_TEMPLATE.build('de').length)
    const placed = board.bounds(ids)!
    expect(placed.x).toBeGreaterThanOrEqual(before.x + before.w + TEMPLATE_GAP)
    // The locked rings stay out of the selection; the frame and the example actors are in it.
    const actors = ids.filter((id) => board.get(id)?.kind === 'actor')
    expect(actors).toHaveLength(5)
    for (const id of actors) expect(session.selection.has(id)).toBe(true)
    expect([...session.selection].every((id) => ids.includes(id))).toBe(true)
    // The view shows the whole template.
    const view = visibleRect(session.camera, session.viewport)
    expect(view.x).toBeLessThanOrEqual(placed.x)
    expect(view.x + view.w).toBeGreaterThanOrEqual(placed.x + placed.w)

    expect(board.undo()).toBe(true)
    expect(ids.every((id) => board.get(id) === undefined)).toBe(true)
    expect(board.get(note!)).toBeDefined()
  })

  test('in English, the wording is English', () => {
    fixture = editorFixture()
    const ids = insertTemplateOnBoard(fixture!.editor, ROLES_TEMPLATE, 'en')!
    const titles = ids.map((id) => fixture!.board.get(id)).filter((el) => el?.kind === 'role')
    expect(titles.some((el) => el?.kind === 'role' && el.title === 'Data protection officer')).toBe(
      true,
    )
  })

  test("as a new board's first content, undo never takes it away", () => {
    fixture = editorFixture()
    const { editor, board } = fixture
    const ids = insertTemplateOnBoard(editor, ROLES_TEMPLATE, 'de', null, { undoable: false })!
    expect(ids.length).toBeGreaterThan(0)
    expect(board.canUndo).toBe(false)
    expect(board.undo()).toBe(false)
    expect(ids.every((id) => board.get(id) !== undefined)).toBe(true)
  })

  test('does nothing without the edit right', () => {
    fixture = editorFixture({ canEdit: false })
    expect(insertTemplateOnBoard(fixture!.editor, ECOSYSTEM_TEMPLATE, 'de')).toBeNull()
    expect(fixture!.board.size).toBe(0)
  })
})

describe('template choices', () => {
  test('built-in first in the page language (empty board first), then own ones', () => {
    const own = [{ id: 'x', name: 'Unsere Vorlage', description: '', savedAt: '', count: 3 }]
    const choices = templateChoices('en', own)
    expect(choices[0]).toMatchObject({ key: EMPTY_CHOICE, label: 'Empty board', own: false })
    expect(choices.at(-1)).toMatchObject({ key: 'own:x', label: 'Unsere Vorlage', own: true })
    expect(templateChoices('de', [], { withEmpty: false }).map((c) => c.key)).not.toContain(
      EMPTY_CHOICE,
    )
  })

  test('a key resolves to its template, or to nothing once it is gone', () => {
    const own = makeOwnTemplate({
      id: 'x',
      name: 'Unsere Vorlage',
      elements: [{ id: 'a', data: { type: 'note', x: 10, y: 20, w: 180, h: 180 } }],
    })!
    expect(resolveChoice('builtin:roles', () => null)).toMatchObject({ kind: 'builtin' })
    expect(resolveChoice('builtin:nope', () => null)).toBeNull()
    expect(resolveChoice('own:x', (id) => (id === 'x' ? own : null))).toMatchObject({ kind: 'own' })
    expect(resolveChoice('own:y', () => null)).toBeNull()
  })
})
