import { afterEach, describe, expect, test } from 'vitest'
import { actionForKey, type KeyInput } from '../../../../client/src/lib/actions/keys.ts'
import { ACTIONS } from '../../../../client/src/lib/actions/index.ts'
import { viewCenter } from '../../../../client/src/lib/geometry/camera.ts'
import { placeByKeyboard } from '../../../../client/src/lib/actions/placeByKeyboard.ts'
import type { ToolName } from '../../../../client/src/lib/tools/types.ts'
import { DEFAULT_SHAPE_SIZE } from '../../../../shared/schema/index.ts'
import { editorFixture } from '../tools/editorFixture.ts'
import { runAction } from '../../../../client/src/lib/actions/index.ts'
import { createNote, createText } from '../../../../shared/ops/index.ts'

let fixture: ReturnType<typeof editorFixture>
afterEach(() => fixture.destroy())

/** Enter on the canvas, routed as the board page routes it. */
function pressEnter(): boolean {
  const { editor } = fixture
  const key: KeyInput = {
    key: 'Enter',
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    inTextField: false,
    onCanvas: true,
  }
  const found = actionForKey(ACTIONS, key, (a) => a.enabled(editor))
  return found !== null && runAction(editor, found.action.name, { shortcut: found.shortcut })
}

function pick(tool: ToolName): void {
  runAction(fixture.editor, `tool.${tool}`)
}

describe('placing by keyboard (Enter with a creation tool)', () => {
  test('a rectangle lands centred in the view, selected, its label open, tool back to select', () => {
    fixture = editorFixture()
    const { board, session } = fixture
    pick('rectangle')
    expect(session.announcement).toContain('Rechteck gewählt')
    expect(pressEnter()).toBe(true)
    const [el] = board.elements
    const c = viewCenter(session.camera, session.viewport)
    expect(el).toMatchObject({ kind: 'shape', shape: 'rectangle', ...DEFAULT_SHAPE_SIZE })
    expect(el!.x + el!.w / 2).toBe(c.x)
    expect(el!.y + el!.h / 2).toBe(c.y)
    expect([...session.selection]).toEqual([el!.id])
    expect(session.editingId).toBe(el!.id)
    expect(session.tool).toBe('select')
    expect(session.announcement).toBe('Rechteck in der Mitte eingefügt und ausgewählt.')
  })

  test('every creation tool places its kind; a second one does not stack on the first', () => {
    fixture = editorFixture()
    const { board, editor, session } = fixture
    const tools: ToolName[] = ['note', 'text', 'ellipse', 'diamond', 'frame', 'frame']
    for (const tool of tools) {
      pick(tool)
      expect(placeByKeyboard(editor)).not.toBeNull()
      editor.stopEditing()
    }
    const kinds = board.elements.map((el) => (el.kind === 'shape' ? el.shape : el.kind))
    expect(kinds.sort()).toEqual(['diamond', 'ellipse', 'frame', 'frame', 'note', 'text'])
    const frames = board.elements.filter((el) => el.kind === 'frame')
    expect(frames[0]!.x).not.toBe(frames[1]!.x)
    expect(session.tool).toBe('select')
  })

  test('creating and typing the label are one undo step; the tool stays when kept', () => {
    fixture = editorFixture()
    const { board, editor, session } = fixture
    session.keepTool = true
    pick('diamond')
    pressEnter()
    const id = session.editingId!
    editor.editText(id, 'Entscheidung')
    editor.stopEditing()
    expect(session.tool).toBe('diamond')
    runAction(editor, 'undo')
    expect(board.size).toBe(0)
  })

  test('with the select tool Enter edits the selected text instead', () => {
    fixture = editorFixture()
    const { board, session } = fixture
    const id = board.run(createText, { x: 0, y: 0, w: 200, h: 40, text: 'Agenda' })!
    session.select([id])
    expect(pressEnter()).toBe(true)
    expect(board.size).toBe(1)
    expect(session.editingId).toBe(id)
  })

  test('the line tool joins the two selected elements without an arrowhead', () => {
    fixture = editorFixture()
    const { board, session } = fixture
    const a = board.run(createNote, { x: 100, y: 100, text: 'Bauamt' })!
    const b = board.run(createNote, { x: 500, y: 100, text: 'Kita' })!
    pick('line')
    expect(pressEnter()).toBe(true)
    expect(board.size).toBe(2)
    expect(session.announcement).toContain('zwei Elemente auswählen')
    session.select([a, b])
    expect(pressEnter()).toBe(true)
    const line = board.elements.find((el) => el.kind === 'connector')
    expect(line).toMatchObject({
      endArrowhead: 'none',
      from: { elementId: a },
      to: { elementId: b },
    })
    expect([...session.selection]).toEqual([line!.id])
    expect(session.announcement).toBe('Verbunden: Linie von „Bauamt“ zu „Kita“')
  })

  test('without the edit right nothing is placed', () => {
    fixture = editorFixture({ canEdit: false })
    expect(placeByKeyboard(fixture.editor)).toBeNull()
    expect(fixture.board.size).toBe(0)
  })
})
