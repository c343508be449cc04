import { afterEach, describe, expect, test } from 'vitest'
import { DEFAULT_SHAPE_SIZE, type Stroke } from '../../../../shared/schema/index.ts'
import { at, editorFixture } from './editorFixture.ts'
import { createNote } from '../../../../shared/ops/index.ts'

let fixture: ReturnType<typeof editorFixture>
afterEach(() => fixture.destroy())

describe('tool switching', () => {
  test('setTool changes the active tool; unknown or forbidden tools are ignored', () => {
    fixture = editorFixture()
    const { editor, session } = fixture
    expect(session.tool).toBe('select')
    editor.setTool('rectangle')
    expect(session.tool).toBe('rectangle')
    editor.setTool('hand')
    expect(session.tool).toBe('hand')
    fixture.destroy()
    fixture = editorFixture({ canEdit: false })
    fixture.editor.setTool('pen')
    expect(fixture.session.tool).toBe('select')
    fixture.editor.setTool('hand')
    expect(fixture.session.tool).toBe('hand')
  })

  test('the hand tool pans and never moves an element', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    const id = board.run(createNote, { x: 190, y: 190 })!
    editor.setTool('hand')
    editor.pointerDown(at(150, 150))
    editor.pointerMove(at(250, 200))
    editor.pointerUp(at(250, 200))
    fixture.frame()
    expect(board.get(id)).toMatchObject({ x: 100, y: 100 })
    expect(session.camera).toMatchObject({ x: -100, y: -50 })
  })
})

describe('CreateTool', () => {
  test('a click makes a default-size shape centred there, selects it, returns to select', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    editor.setTool('ellipse')
    editor.pointerDown(at(400, 300))
    editor.pointerUp(at(400, 300))
    const [el] = board.elements
    expect(el).toMatchObject({
      kind: 'shape',
      shape: 'ellipse',
      x: 400 - DEFAULT_SHAPE_SIZE.w / 2,
      y: 300 - DEFAULT_SHAPE_SIZE.h / 2,
      w: DEFAULT_SHAPE_SIZE.w,
    })
    expect([...session.selection]).toEqual([el?.id])
    expect(session.tool).toBe('select')
  })

  test('a drag draws the rectangle, previewed until release; one undo step', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    session.setCamera({ x: 0, y: 0, zoom: 2 })
    editor.setTool('rectangle')
    editor.pointerDown(at(100, 100))
    editor.pointerMove(at(300, 200))
    expect(board.size).toBe(0)
    expect(session.preview).toHaveLength(1)
    expect(session.preview[0]).toMatchObject({ kind: 'shape', x: 50, y: 50, w: 100, h: 50 })
    editor.pointerMove(at(20, 40)) // dragged back past the start: the rectangle flips
    editor.pointerUp(at(20, 40))
    expect(session.preview).toHaveLength(0)
    expect(board.elements[0]).toMatchObject({ shape: 'rectangle', x: 10, y: 20, w: 40, h: 30 })
    board.undo()
    expect(board.size).toBe(0)
  })

  test('Shift keeps it square; the tool lock keeps the tool', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    session.keepTool = true
    editor.setTool('diamond')
    editor.pointerDown(at(100, 100))
    editor.pointerMove(at(300, 150, { shiftKey: true }))
    editor.pointerUp(at(300, 150, { shiftKey: true }))
    expect(board.elements[0]).toMatchObject({ w: 200, h: 200 })
    expect(session.tool).toBe('diamond')
  })

  test('a text block starts being edited; creating and typing are one undo step', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    editor.setTool('text')
    editor.pointerDown(at(100, 100))
    editor.pointerUp(at(100, 100))
    const id = board.elements[0]!.id
    expect(session.editingId).toBe(id)
    editor.editText(id, 'Ziele')
    editor.stopEditing()
    expect(board.get(id)).toMatchObject({ kind: 'text', text: 'Ziele' })
    board.undo()
    expect(board.size).toBe(0)
  })

  test('a frame goes below what is there; moving it moves what lies inside, one undo step', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    const inside = board.run(createNote, { x: 200, y: 200 })!
    const outside = board.run(createNote, { x: 900, y: 200 })!
    editor.setTool('frame')
    editor.pointerDown(at(50, 50))
    editor.pointerMove(at(450, 400))
    editor.pointerUp(at(450, 400))
    const frame = board.elements[0]!
    expect(frame.kind).toBe('frame')
    expect(session.selection.has(frame.id)).toBe(true)
    // Grab the frame by its title band and drag it.
    editor.pointerDown(at(60, 60))
    editor.pointerMove(at(160, 110))
    editor.pointerUp(at(160, 110))
    expect(board.get(frame.id)).toMatchObject({ x: 150, y: 100 })
    expect(board.get(inside)).toMatchObject({ x: 210, y: 160 })
    expect(board.get(outside)).toMatchObject({ x: 810, y: 110 })
    board.undo()
    expect(board.get(inside)).toMatchObject({ x: 110, y: 110 })
    expect(board.get(frame.id)).toMatchObject({ x: 50, y: 50 })
  })
})

describe('PenTool and EraserTool', () => {
  function draw(points: [number, number][]): void {
    const { editor } = fixture
    const [first, ...rest] = points
    editor.pointerDown(at(first![0], first![1]))
    for (const [x, y] of rest) editor.pointerMove(at(x, y))
    editor.pointerUp(at(...points.at(-1)!))
  }

  test('a drag draws a stroke, previewed live, written once at release', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    editor.setTool('pen')
    editor.pointerDown(at(100, 100))
    editor.pointerMove(at(150, 120))
    expect(board.size).toBe(0)
    expect(session.preview[0]?.kind).toBe('stroke')
    editor.pointerMove(at(200, 160))
    editor.pointerUp(at(200, 160))
    expect(session.preview).toHaveLength(0)
    const stroke = board.elements[0] as Stroke
    expect(stroke.kind).toBe('stroke')
    expect(stroke.points).toHaveLength(9)
    expect(session.tool).toBe('pen')
    board.undo()
    expect(board.size).toBe(0)
  })

  test('a stroke takes the chosen pen colour and width', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    session.penColor = 'blue'
    session.penWidth = 8
    editor.setTool('pen')
    draw([
      [10, 10],
      [60, 40],
    ])
    expect(board.elements[0]).toMatchObject({ kind: 'stroke', color: 'blue', width: 8 })
  })

  test('the eraser deletes the strokes it passes over, not notes; one undo step', () => {
    fixture = editorFixture()
    const { editor, board } = fixture
    editor.setTool('pen')
    draw([
      [100, 100],
      [300, 100],
    ])
    draw([
      [100, 300],
      [300, 300],
    ])
    draw([
      [600, 100],
      [700, 100],
    ])
    const note = board.run(createNote, { x: 200, y: 200 })!
    editor.setTool('eraser')
    // A fast swipe straight down through both strokes and the note, two events only.
    draw([
      [200, 50],
      [200, 350],
    ])
    expect(board.elements.map((el) => el.kind).sort()).toEqual(['note', 'stroke'])
    expect(board.get(note)).toBeDefined()
    board.undo()
    expect(board.elements.filter((el) => el.kind === 'stroke')).toHaveLength(3)
  })
})
