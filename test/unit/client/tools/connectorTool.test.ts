import { afterEach, describe, expect, test } from 'vitest'
import type { Connector } from '../../../../shared/schema/index.ts'
import {
  describeConnector,
  directionOf,
} from '../../../../client/src/lib/kinds/describeConnector.ts'
import { de } from '../../../../client/src/lib/i18n/de.ts'
import { formatMessage, type MessageParams } from '../../../../client/src/lib/i18n/format.ts'
import { at, editorFixture } from './editorFixture.ts'
import { connectElements, createNote } from '../../../../shared/ops/index.ts'

let fixture: ReturnType<typeof editorFixture>
afterEach(() => fixture.destroy())

function connectors(): Connector[] {
  return fixture.board.elements.filter((e): e is Connector => e.kind === 'connector')
}

/** Two notes of 180 units: A centred at (200, 200), B at (600, 200). */
function twoNotes(): { a: string; b: string } {
  const a = fixture.board.run(createNote, { x: 200, y: 200, text: 'Bürgeramt' })!
  const b = fixture.board.run(createNote, { x: 600, y: 200, text: 'Ordnungsamt' })!
  return { a, b }
}

function drag(from: { x: number; y: number }, to: { x: number; y: number }): void {
  const { editor } = fixture
  editor.pointerDown(at(from.x, from.y))
  editor.pointerMove(at((from.x + to.x) / 2, (from.y + to.y) / 2))
  editor.pointerMove(at(to.x, to.y))
  editor.pointerUp(at(to.x, to.y))
}

describe('the arrow and line tools', () => {
  test('drag from one note to another: a bound arrow, selected, and back to select', () => {
    fixture = editorFixture()
    const { editor, session } = fixture
    const { a, b } = twoNotes()
    editor.setTool('arrow')
    editor.pointerDown(at(200, 200))
    editor.pointerMove(at(400, 210))
    editor.pointerMove(at(610, 190))
    // While dragging: a preview for this person only, and the target outlined.
    expect(session.preview).toHaveLength(1)
    expect(session.bindTarget).toBe(b)
    expect(connectors()).toHaveLength(0)
    editor.pointerUp(at(610, 190))

    const [c] = connectors()
    expect(c).toMatchObject({ from: { elementId: a }, to: { elementId: b }, endArrowhead: 'arrow' })
    expect(session.selection).toEqual(new Set([c!.id]))
    expect(session.tool).toBe('select')
    expect(session.preview).toEqual([])
    expect(session.bindTarget).toBeNull()
    const t = (key: keyof typeof de, params?: MessageParams) => formatMessage(de[key], params)
    expect(describeConnector(c!, (id) => fixture.board.get(id), t)).toBe(
      'Pfeil von „Bürgeramt“ zu „Ordnungsamt“',
    )
  })

  test('ends where no element is stay free; the line tool draws no arrowhead', () => {
    fixture = editorFixture()
    const { editor } = fixture
    const { a } = twoNotes()
    editor.setTool('line')
    drag({ x: 200, y: 200 }, { x: 300, y: 500 })
    expect(connectors()[0]).toMatchObject({
      from: { elementId: a },
      to: { x: 300, y: 500 },
      endArrowhead: 'none',
    })
  })

  test('a click without a drag makes nothing; one undo removes a drawn arrow', () => {
    fixture = editorFixture()
    const { editor, board } = fixture
    twoNotes()
    editor.setTool('arrow')
    editor.pointerDown(at(800, 500))
    editor.pointerUp(at(800, 500))
    expect(connectors()).toHaveLength(0)
    drag({ x: 200, y: 200 }, { x: 600, y: 200 })
    expect(connectors()).toHaveLength(1)
    board.undo()
    expect(connectors()).toHaveLength(0)
    expect(board.size).toBe(2)
  })
})

describe('a selected connector', () => {
  test('is hit on its line, not anywhere in its box', () => {
    fixture = editorFixture()
    const { editor, board } = fixture
    const { a } = twoNotes()
    const id = board.run(connectElements, { from: { elementId: a }, to: { x: 290, y: 600 } })!
    // From A's bottom edge, aimed at the free end: (220.25, 290) to (290, 600).
    expect(editor.elementAt({ x: 257, y: 445 })).toBe(id)
    expect(editor.elementAt({ x: 280, y: 350 })).toBeNull()
  })

  test('dragging its end handle onto another note rebinds it, in one undo step', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    const { a, b } = twoNotes()
    const c = board.run(createNote, { x: 200, y: 500, text: 'Kämmerei' })!
    const id = board.run(connectElements, { from: { elementId: a }, to: { elementId: b } })!
    session.select([id])
    // The 'to' end sits on B's left side at (510, 200).
    editor.pointerDown(at(510, 200))
    editor.pointerMove(at(400, 400))
    editor.pointerMove(at(210, 520))
    expect(session.bindTarget).toBe(c)
    editor.pointerUp(at(210, 520))
    expect(board.get(id)).toMatchObject({ to: { elementId: c } })
    expect(session.bindTarget).toBeNull()

    // Dragged off into empty space: the end is free.
    editor.pointerDown(at(200, 410))
    editor.pointerMove(at(800, 520))
    editor.pointerUp(at(800, 520))
    expect(board.get(id)).toMatchObject({ to: { x: 800, y: 520 } })

    board.undo()
    expect(board.get(id)).toMatchObject({ to: { elementId: c } })
    board.undo()
    expect(board.get(id)).toMatchObject({ to: { elementId: b } })
  })

  test('follows its note when the note is moved', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    const { a, b } = twoNotes()
    const id = board.run(connectElements, { from: { elementId: a }, to: { elementId: b } })!
    const before = board.connectors.path(board.get(id) as Connector)!.points
    session.select([b])
    editor.pointerDown(at(600, 200))
    editor.pointerMove(at(600, 400))
    editor.pointerUp(at(600, 400))
    fixture.frame()
    const after = board.connectors.path(board.get(id) as Connector)!.points
    expect(after[0]).not.toEqual(before[0])
    expect(after[1]!.y).toBeGreaterThan(before[1]!.y + 100)
    expect(directionOf({ points: before, dangling: false })).toBe('e')
    expect(directionOf({ points: after, dangling: false })).toBe('se')
  })
  test('double-click on its line edits its label in place, one undo step', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    const { a, b } = twoNotes()
    const id = board.run(connectElements, { from: { elementId: a }, to: { elementId: b } })!
    editor.doubleClick(at(400, 200))
    expect(session.editingId).toBe(id)
    editor.editText(id, 'm')
    editor.editText(id, 'meldet')
    editor.stopEditing()
    expect(board.get(id)).toMatchObject({ kind: 'connector', text: 'meldet' })
    board.undo()
    expect(board.get(id)).toMatchObject({ text: '' })
  })
})
