import { afterEach, describe, expect, test } from 'vitest'
import { screenToBoard } from '../../../../client/src/lib/geometry/camera.ts'
import { pinchCamera, PinchTracker } from '../../../../client/src/lib/tools/pinch.ts'
import { at, editorFixture } from './editorFixture.ts'
import { createNote } from '../../../../shared/ops/index.ts'

describe('pinchCamera', () => {
  test('spreading the fingers zooms in around the point between them', () => {
    const start = { x: 0, y: 0, zoom: 1 }
    const camera = pinchCamera(
      start,
      { x: 100, y: 100 },
      { x: 200, y: 100 },
      { x: 50, y: 100 },
      { x: 250, y: 100 },
    )
    expect(camera.zoom).toBe(2)
    const between = screenToBoard(camera, { x: 150, y: 100 })
    expect(between.x).toBeCloseTo(150)
    expect(between.y).toBeCloseTo(100)
  })

  test('moving both fingers together pans', () => {
    const camera = pinchCamera(
      { x: 0, y: 0, zoom: 1 },
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 50, y: 20 },
      { x: 150, y: 20 },
    )
    expect(camera).toEqual({ x: -50, y: -20, zoom: 1 })
  })
})

describe('PinchTracker', () => {
  test('a second pointer starts a pinch; lifting one of the two ends it', () => {
    const tracker = new PinchTracker()
    const camera = { x: 0, y: 0, zoom: 1 }
    expect(tracker.down(1, { x: 0, y: 0 }, camera)).toBe(false)
    expect(tracker.move(1, { x: 5, y: 0 })).toBeNull()
    expect(tracker.down(2, { x: 100, y: 0 }, camera)).toBe(true)
    expect(tracker.move(2, { x: 195, y: 0 })?.zoom).toBeCloseTo(2)
    expect(tracker.up(1)).toBe(true)
    expect(tracker.active).toBe(false)
    expect(tracker.up(2)).toBe(false)
  })
})

describe('Editor with two fingers', () => {
  let fixture: ReturnType<typeof editorFixture>
  afterEach(() => fixture.destroy())

  test('a pinch that starts on a note zooms and does not move the note', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    const id = board.run(createNote, { x: 190, y: 190 })!
    editor.pointerDown(at(150, 150, { pointerId: 1 }))
    editor.pointerMove(at(160, 150, { pointerId: 1 }))
    editor.pointerDown(at(250, 150, { pointerId: 2 }))
    editor.pointerMove(at(340, 150, { pointerId: 2 }))
    fixture.frame()
    expect(session.camera.zoom).toBeGreaterThan(1.5)
    editor.pointerUp(at(340, 150, { pointerId: 2 }))
    editor.pointerMove(at(300, 300, { pointerId: 1 }))
    editor.pointerUp(at(300, 300, { pointerId: 1 }))
    fixture.frame()
    expect(board.get(id)).toMatchObject({ x: 100, y: 100 })
  })
})
