import { afterEach, describe, expect, test } from 'vitest'
import { viewCenter } from '../../../../client/src/lib/geometry/camera.ts'
import { at, editorFixture } from '../tools/editorFixture.ts'
import { runAction } from '../../../../client/src/lib/actions/index.ts'
import { createFrame, createNote, deleteElements } from '../../../../shared/ops/index.ts'

let fixture: ReturnType<typeof editorFixture>
afterEach(() => fixture.destroy())

describe('Editor commands', () => {
  test('newNote creates a note in the middle of the view and starts editing; again is offset', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    session.setCamera({ x: 1000, y: 500, zoom: 0.5 })
    expect(runAction(editor, 'newNote')).toBe(true)
    const first = board.elements[0]!
    const center = viewCenter(session.camera, session.viewport)
    expect(first.x + first.w / 2).toBe(center.x)
    expect(first.y + first.h / 2).toBe(center.y)
    expect(session.editingId).toBe(first.id)
    editor.stopEditing()
    runAction(editor, 'newNote')
    const second = board.elements[1]!
    expect(second.x).toBe(first.x + 24)
  })

  test('a typing session is one undo step', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    editor.doubleClick(at(300, 300))
    const id = session.editingId!
    for (const text of ['S', 'St', 'Sta', 'Stadtwerke']) editor.editText(id, text)
    editor.stopEditing()
    expect(board.note(id)?.text).toBe('Stadtwerke')
    runAction(editor, 'undo')
    // Creating the note and typing into it happened in one session: undo removes both.
    expect(board.get(id)).toBeUndefined()
  })

  test('editing an existing note and undo restores the old text', () => {
    fixture = editorFixture()
    const { editor, board } = fixture
    const id = board.run(createNote, { x: 90, y: 90, text: 'Landkreis' })!
    editor.startEditing(id)
    editor.editText(id, 'Landkreis Musterkreis')
    editor.editText(id, 'Landkreis Muster')
    editor.stopEditing()
    runAction(editor, 'undo')
    expect(board.note(id)?.text).toBe('Landkreis')
  })

  test('delete removes the selection; undo brings it back', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    const id = board.run(createNote, { x: 90, y: 90, text: 'Stadtwerke' })!
    expect(runAction(editor, 'delete')).toBe(false)
    session.select([id])
    expect(runAction(editor, 'delete')).toBe(true)
    expect(board.size).toBe(0)
    expect(session.selection.size).toBe(0)
    runAction(editor, 'undo')
    expect(board.note(id)?.text).toBe('Stadtwerke')
  })

  test('recolor changes the selected notes', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    const a = board.run(createNote, { x: 0, y: 0 })!
    const b = board.run(createNote, { x: 400, y: 0 })!
    session.select([a])
    editor.recolorSelection('blue')
    expect(board.note(a)?.color).toBe('blue')
    expect(board.note(b)?.color).toBe('yellow')
  })

  test('nudge moves the selection, or the view when nothing is selected', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    const id = board.run(createNote, { x: 90, y: 90 })!
    runAction(editor, 'nudgeUp')
    expect(board.get(id)?.y).toBe(0)
    expect(session.camera.y).toBeLessThan(0)
    session.select([id])
    runAction(editor, 'nudgeRight')
    expect(board.get(id)?.x).toBe(10)
  })

  test('zoom commands keep the middle of the view; reset goes to 100 %', () => {
    fixture = editorFixture()
    const { editor, session } = fixture
    const before = viewCenter(session.camera, session.viewport)
    runAction(editor, 'zoomIn')
    expect(session.camera.zoom).toBeCloseTo(1.25)
    const after = viewCenter(session.camera, session.viewport)
    expect(after.x).toBeCloseTo(before.x)
    runAction(editor, 'zoomOut')
    runAction(editor, 'zoomOut')
    runAction(editor, 'zoomReset')
    expect(session.camera.zoom).toBe(1)
  })

  test('zoomFit and placeCameraOnce show all notes', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    board.run(createNote, { x: -2000, y: 0 })
    board.run(createNote, { x: 2000, y: 0 })
    editor.placeCameraOnce()
    expect(session.camera.zoom).toBeLessThan(0.3)
    session.setCamera({ x: 0, y: 0, zoom: 1 })
    editor.placeCameraOnce() // only once
    expect(session.camera.zoom).toBe(1)
    runAction(editor, 'zoomFit')
    expect(session.camera.zoom).toBeLessThan(0.3)
  })

  test('focusElement selects and centres, zooming in to a readable size', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    const id = board.run(createNote, { x: 5000, y: 3000 })!
    session.setCamera({ x: 0, y: 0, zoom: 0.1 })
    editor.focusElement(id)
    expect([...session.selection]).toEqual([id])
    expect(session.camera.zoom).toBe(0.5)
    const center = viewCenter(session.camera, session.viewport)
    expect(center).toEqual({ x: 5000, y: 3000 })
  })

  test('going to a frame fits it into the view and leaves the selection as it was', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    const note = board.run(createNote, { x: 0, y: 0 })!
    const frame = board.run(createFrame, { x: 4000, y: 2000, w: 800, h: 400, title: 'Schritt 2' })!
    session.select([note])
    session.setCamera({ x: 0, y: 0, zoom: 0.1 })

    editor.showFrame(frame)
    expect([...session.selection]).toEqual([note])
    const center = viewCenter(session.camera, session.viewport)
    expect(center.x).toBeCloseTo(4400)
    expect(center.y).toBeCloseTo(2200)
    expect(session.camera.zoom).toBeGreaterThan(0.1)

    // From the list view too: a frame is shown, never selected.
    session.setCamera({ x: 0, y: 0, zoom: 0.1 })
    editor.focusElement(frame)
    expect([...session.selection]).toEqual([note])
    expect(viewCenter(session.camera, session.viewport).x).toBeCloseTo(4400)
  })

  test('a note deleted by someone else ends editing and leaves the selection', () => {
    fixture = editorFixture()
    const { editor, board, session, doc } = fixture
    const id = board.run(createNote, { x: 0, y: 0 })!
    editor.startEditing(id)
    const other = editorFixture({ doc })
    other.board.run(deleteElements, { ids: [id] })
    expect(session.editingId).toBeNull()
    expect(session.selection.size).toBe(0)
    other.destroy()
  })

  test('list editing is its own typing session', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    const id = board.run(createNote, { x: 0, y: 0, text: 'Rat' })!
    editor.startListEditing(id)
    expect(session.listEditingId).toBe(id)
    editor.editText(id, 'Rat / Digitalausschuss')
    editor.stopListEditing()
    runAction(editor, 'undo')
    expect(board.note(id)?.text).toBe('Rat')
  })

  test('working on the canvas ends a list editing session', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    const id = board.run(createNote, { x: 90, y: 90, text: 'Rat' })!
    editor.startListEditing(id)
    editor.editText(id, 'Rat der Stadt')
    editor.pointerDown(at(150, 150))
    editor.pointerMove(at(250, 150))
    editor.pointerUp(at(250, 150))
    expect(session.listEditingId).toBeNull()
    runAction(editor, 'undo') // the move only
    expect(board.note(id)).toMatchObject({ x: 0, text: 'Rat der Stadt' })
  })

  test('view right: commands that change the board do nothing', () => {
    fixture = editorFixture({ canEdit: false })
    const { editor, board } = fixture
    expect(runAction(editor, 'newNote')).toBe(false)
    expect(runAction(editor, 'undo')).toBe(false)
    expect(runAction(editor, 'zoomIn')).toBe(true)
    expect(board.size).toBe(0)
  })
})
