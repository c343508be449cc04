import { afterEach, describe, expect, test } from 'vitest'
import { ACTIONS } from '../../../../client/src/lib/actions/index.ts'
import { actionForKey } from '../../../../client/src/lib/actions/keys.ts'
import { extendSelection } from '../../../../client/src/lib/listview/listSelection.ts'
import { editorFixture } from '../tools/editorFixture.ts'
import { runAction } from '../../../../client/src/lib/actions/index.ts'
import {
  connectElements,
  createFrame,
  createNote,
  createShape,
  createText,
} from '../../../../shared/ops/index.ts'

let fixture: ReturnType<typeof editorFixture> | undefined
afterEach(() => fixture?.destroy())

function setup() {
  fixture = editorFixture()
  const { board } = fixture
  const a = board.run(createNote, { x: 100, y: 100, text: 'Bauamt' })!
  const b = board.run(createNote, { x: 400, y: 100, text: 'Kita' })!
  return { ...fixture, a, b }
}

describe('connect', () => {
  test('Ctrl+K fires it, also outside the canvas (from the list view)', () => {
    const press = { key: 'k', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false }
    const onCanvas = actionForKey(ACTIONS, { ...press, inTextField: false, onCanvas: true })
    const inList = actionForKey(ACTIONS, { ...press, inTextField: false, onCanvas: false })
    expect(onCanvas?.action.name).toBe('connect')
    expect(inList?.action.name).toBe('connect')
  })

  test('two selected elements: an arrow from the first selected to the second, one undo step', () => {
    const { editor, board, session, a, b } = setup()
    session.select([b, a])
    expect(runAction(editor, 'connect')).toBe(true)
    const arrows = board.elements.filter((el) => el.kind === 'connector')
    expect(arrows).toHaveLength(1)
    expect(arrows[0]).toMatchObject({
      from: { elementId: b },
      to: { elementId: a },
      endArrowhead: 'arrow',
    })
    expect(session.announcement).toBe('Verbunden: Pfeil von „Kita“ zu „Bauamt“')
    runAction(editor, 'undo')
    expect(board.elements.filter((el) => el.kind === 'connector')).toHaveLength(0)
    expect(board.size).toBe(2)
  })

  test('does not apply to one, three, or a connector, nor without the edit right', () => {
    const { editor, board, session, a, b } = setup()
    const c = board.run(createNote, { x: 700, y: 100, text: 'Schule' })!
    session.select([a])
    expect(runAction(editor, 'connect')).toBe(false)
    session.select([a, b, c])
    expect(runAction(editor, 'connect')).toBe(false)
    session.select([a, b])
    runAction(editor, 'connect')
    const arrow = board.elements.find((el) => el.kind === 'connector')!
    session.select([arrow.id, c])
    expect(runAction(editor, 'connect')).toBe(false)

    fixture?.destroy()
    fixture = editorFixture({ canEdit: false, doc: fixture!.doc })
    fixture.session.select([a, c])
    expect(runAction(fixture.editor, 'connect')).toBe(false)
  })
})

describe('search', () => {
  test('Ctrl+F opens the board search from anywhere, even while typing', () => {
    const { editor, session } = setup()
    const press = { key: 'f', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false }
    for (const place of [
      { inTextField: false, onCanvas: true },
      { inTextField: true, onCanvas: false },
    ]) {
      expect(actionForKey(ACTIONS, { ...press, ...place })?.action.name).toBe('search')
    }
    expect(runAction(editor, 'search')).toBe(true)
    expect(session.nav.searchOpen).toBe(true)
    expect(session.nav.searchFocusRequests).toBe(1)
  })
})

describe('list view selection (Shift+Enter)', () => {
  test('adds after the chosen ones, takes out again, keeps the last one', () => {
    expect(extendSelection(['a'], 'b')).toEqual(['a', 'b'])
    expect(extendSelection(['a', 'b'], 'a')).toEqual(['b'])
    expect(extendSelection(['a'], 'a')).toEqual(['a'])
    expect(extendSelection([], 'a')).toEqual(['a'])
  })
})

describe('Enter edits any text-bearing element', () => {
  test('a text block, a shape, a frame and a connector, not a pen stroke', () => {
    const { editor, board, session, a, b } = setup()
    const text = board.run(createText, { x: 0, y: 300, w: 200, h: 40, text: 'Hinweis' })!
    const shape = board.run(createShape, { x: 300, y: 300, w: 100, h: 100, shape: 'rectangle' })!
    const frame = board.run(createFrame, { x: 0, y: 600, w: 400, h: 300, title: 'Phase 1' })!
    const arrow = board.run(connectElements, { from: { elementId: a }, to: { elementId: b } })!
    for (const id of [text, shape, frame, arrow, a]) {
      editor.stopEditing()
      session.select([id])
      expect(runAction(editor, 'edit'), id).toBe(true)
      expect(session.editingId).toBe(id)
    }
  })
})

describe('arrow keys', () => {
  test('nudging a frame moves its content too, in one undo step', () => {
    const { editor, board, session } = setup()
    const frame = board.run(createFrame, { x: 1000, y: 1000, w: 400, h: 300, title: 'Phase 1' })!
    const inside = board.run(createNote, { x: 1100, y: 1100, text: 'Idee' })!
    const before = board.get(inside)!
    session.select([frame])
    expect(runAction(editor, 'nudgeRight', { shortcut: 'ArrowRight' })).toBe(true)
    expect(board.get(frame)!.x).toBe(1010)
    expect(board.get(inside)!.x).toBe(before.x + 10)
    runAction(editor, 'undo')
    expect(board.get(frame)!.x).toBe(1000)
    expect(board.get(inside)!.x).toBe(before.x)
  })
})
