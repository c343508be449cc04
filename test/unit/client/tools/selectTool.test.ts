import { afterEach, describe, expect, test } from 'vitest'
import { at, editorFixture } from './editorFixture.ts'
import { createNote } from '../../../../shared/ops/index.ts'

let fixture: ReturnType<typeof editorFixture>
afterEach(() => fixture.destroy())

/** A note of 180 × 180 with its top-left corner at (100, 100). */
function noteAt(x = 190, y = 190, text = ''): string {
  return fixture.board.run(createNote, { x, y, text })!
}

describe('SelectTool', () => {
  test('click selects, Shift-click adds and removes, click on empty canvas clears', () => {
    fixture = editorFixture()
    const { editor, session } = fixture
    const a = noteAt()
    const b = noteAt(590)
    editor.pointerDown(at(150, 150))
    editor.pointerUp(at(150, 150))
    expect([...session.selection]).toEqual([a])
    editor.pointerDown(at(550, 150, { shiftKey: true }))
    editor.pointerUp(at(550, 150))
    expect([...session.selection].sort()).toEqual([a, b].sort())
    editor.pointerDown(at(150, 150, { shiftKey: true }))
    editor.pointerUp(at(150, 150))
    expect([...session.selection]).toEqual([b])
    editor.pointerDown(at(900, 500))
    editor.pointerUp(at(900, 500))
    expect(session.selection.size).toBe(0)
  })

  test('dragging a note moves it, written once per frame, as one undo step', () => {
    fixture = editorFixture()
    const { editor, board } = fixture
    const id = noteAt()
    editor.pointerDown(at(150, 150))
    editor.pointerMove(at(151, 150)) // below the drag threshold
    expect(editor.tool.state.kind).toBe('pressing')
    editor.pointerMove(at(170, 160))
    editor.pointerMove(at(200, 180))
    expect(board.get(id)?.x).toBe(100) // nothing written before the frame
    expect(fixture.pendingFrames()).toBe(1)
    fixture.frame()
    expect(board.get(id)).toMatchObject({ x: 150, y: 130 })
    editor.pointerMove(at(250, 200))
    editor.pointerUp(at(250, 200)) // the last position is flushed on release
    expect(board.get(id)).toMatchObject({ x: 200, y: 150 })
    board.undo()
    expect(board.get(id)).toMatchObject({ x: 100, y: 100 })
  })

  test('dragging moves the whole selection, in board units at any zoom', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    const a = noteAt()
    const b = noteAt(590)
    session.select([a, b])
    session.setCamera({ x: 0, y: 0, zoom: 2 })
    editor.pointerDown(at(250, 250)) // board (125, 125): on a
    editor.pointerMove(at(350, 250))
    editor.pointerUp(at(350, 250))
    expect(board.get(a)?.x).toBe(150)
    expect(board.get(b)?.x).toBe(550)
    expect(session.selection.size).toBe(2)
  })

  test('a click on one note of a selection (without drag) selects just it', () => {
    fixture = editorFixture()
    const { editor, session } = fixture
    const a = noteAt()
    const b = noteAt(590)
    session.select([a, b])
    editor.pointerDown(at(150, 150))
    editor.pointerUp(at(150, 150))
    expect([...session.selection]).toEqual([a])
    expect(session.selection.has(b)).toBe(false)
  })

  test('dragging empty canvas draws a marquee: what lies fully inside is selected, the view stays', () => {
    fixture = editorFixture()
    const { editor, session } = fixture
    const a = noteAt() // 100..280
    const b = noteAt(590) // 500..680
    const c = noteAt(990) // 900..1080
    editor.pointerDown(at(50, 50))
    editor.pointerMove(at(400, 300))
    expect(session.nav.marquee).toEqual({ x: 50, y: 50, w: 350, h: 250 })
    expect([...session.selection]).toEqual([a]) // b is only touched
    editor.pointerMove(at(700, 300))
    expect([...session.selection]).toEqual([a, b])
    editor.pointerUp(at(700, 300))
    expect(session.nav.marquee).toBeNull()
    expect(session.camera).toEqual({ x: 0, y: 0, zoom: 1 })

    // Shift adds to what was selected.
    editor.pointerDown(at(850, 50, { shiftKey: true }))
    editor.pointerMove(at(1100, 300, { shiftKey: true }))
    editor.pointerUp(at(1100, 300))
    expect(new Set(session.selection)).toEqual(new Set([a, b, c]))
  })

  test('dragging the selection snaps to the grid and to other notes, with guides; Alt moves freely', () => {
    fixture = editorFixture()
    const { editor, session, board } = fixture
    session.nav.setSnapToGrid(true)
    const still = noteAt() // 100..280 × 100..280
    const id = noteAt(590, 590) // 500..680
    editor.pointerDown(at(550, 550))
    editor.pointerMove(at(563, 577)) // 513, 527: nothing near, the grid: 520, 520
    fixture.frame()
    expect(board.get(id)).toMatchObject({ x: 520, y: 520 })
    expect(session.nav.guides).toEqual([])
    editor.pointerMove(at(552, 377)) // 502, 327: still nothing within reach, the grid
    fixture.frame()
    expect(board.get(id)).toMatchObject({ x: 500, y: 320 })
    editor.pointerMove(at(150 + 3, 550)) // left edge 103: aligns with the other's left edge 100
    fixture.frame()
    expect(board.get(id)).toMatchObject({ x: 100 })
    expect(session.nav.guides).toContainEqual({ axis: 'x', at: 100, from: 100, to: 680 })
    editor.pointerMove(at(153, 550, { altKey: true })) // free: exactly where the pointer says
    fixture.frame()
    expect(board.get(id)).toMatchObject({ x: 103, y: 500 })
    expect(session.nav.guides).toEqual([])
    editor.pointerUp(at(153, 550))
    expect(board.get(still)).toMatchObject({ x: 100, y: 100 })
  })

  test('middle button and held Space pan even over a note', () => {
    fixture = editorFixture()
    const { editor, session, board } = fixture
    const id = noteAt()
    editor.pointerDown(at(150, 150, { button: 1 }))
    editor.pointerMove(at(140, 150, { button: 1 }))
    editor.pointerUp(at(140, 150))
    expect(session.camera.x).toBe(10)
    session.spaceHeld = true
    editor.pointerDown(at(150, 150))
    editor.pointerMove(at(150, 130))
    editor.pointerUp(at(150, 130))
    expect(session.camera.y).toBe(20)
    expect(board.get(id)?.x).toBe(100)
  })

  test('the corner handle resizes, the opposite corner stays', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    const id = noteAt()
    session.select([id])
    editor.pointerDown(at(280, 280)) // the se handle
    expect(editor.tool.state.kind).toBe('resizing')
    editor.pointerMove(at(340, 300))
    editor.pointerUp(at(340, 300))
    expect(board.get(id)).toMatchObject({ x: 100, y: 100, w: 240, h: 200 })
    editor.pointerDown(at(100, 100)) // the nw handle
    editor.pointerMove(at(1000, 1000)) // cannot flip past the minimum size
    editor.pointerUp(at(1000, 1000))
    expect(board.get(id)).toMatchObject({ x: 316, y: 276, w: 24, h: 24 })
  })

  test('double-click on empty canvas creates a note there and starts editing', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    session.setCamera({ x: -100, y: -100, zoom: 1 })
    editor.doubleClick(at(300, 200))
    expect(board.size).toBe(1)
    const note = board.elements[0]!
    expect(note.x + note.w / 2).toBe(200)
    expect(note.y + note.h / 2).toBe(100)
    expect(session.editingId).toBe(note.id)
  })

  test('double-click on a note edits it', () => {
    fixture = editorFixture()
    const { editor, session, board } = fixture
    const id = noteAt()
    editor.doubleClick(at(150, 150))
    expect(session.editingId).toBe(id)
    expect(board.size).toBe(1)
  })

  describe('with the view right', () => {
    test('no drag, no resize, no creation; clicking selects and dragging pans', () => {
      fixture = editorFixture({ canEdit: false })
      const { editor, board, session, doc } = fixture
      // Someone else's note arrives in the document.
      const writer = editorFixture({ doc })
      const id = writer.board.run(createNote, { x: 190, y: 190 })!
      editor.pointerDown(at(150, 150))
      editor.pointerMove(at(250, 250))
      editor.pointerUp(at(250, 250))
      fixture.frame()
      expect(board.get(id)?.x).toBe(100)
      expect(session.selection.has(id)).toBe(true)
      expect(session.camera).toEqual({ x: -100, y: -100, zoom: 1 })
      session.setCamera({ x: 0, y: 0, zoom: 1 })
      editor.pointerDown(at(280, 280))
      expect(editor.tool.state.kind).toBe('panning')
      editor.pointerUp(at(280, 280))
      editor.doubleClick(at(600, 400))
      editor.doubleClick(at(150, 150))
      expect(board.size).toBe(1)
      expect(session.editingId).toBeNull()
      writer.destroy()
    })
  })
})
