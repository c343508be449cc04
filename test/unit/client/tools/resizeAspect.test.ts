import { afterEach, describe, expect, test } from 'vitest'
import { createImage } from '../../../../shared/ops/createImage.ts'
import { resizeRectKeepingAspect } from '../../../../client/src/lib/tools/resizeAspect.ts'
import { at, editorFixture } from './editorFixture.ts'

const start = { x: 100, y: 100, w: 200, h: 100 }

describe('resizeRectKeepingAspect', () => {
  test('the larger relative change sets the scale; the opposite corner stays', () => {
    expect(resizeRectKeepingAspect(start, 'se', 100, 10)).toEqual({
      x: 100,
      y: 100,
      w: 300,
      h: 150,
    })
    expect(resizeRectKeepingAspect(start, 'se', 0, 100)).toEqual({ x: 100, y: 100, w: 400, h: 200 })
    expect(resizeRectKeepingAspect(start, 'nw', 100, 0)).toEqual({ x: 200, y: 150, w: 100, h: 50 })
  })

  test('does not shrink past the minimum size or flip', () => {
    const r = resizeRectKeepingAspect(start, 'nw', 1000, 1000)
    expect(r.h).toBe(24)
    expect(r.w).toBe(48)
    expect(r.x + r.w).toBe(300)
    expect(r.y + r.h).toBe(200)
  })
})

describe('resizing an image on the board', () => {
  let fixture: ReturnType<typeof editorFixture>
  afterEach(() => fixture.destroy())

  function imageAt(): string {
    const id = fixture.board.run(createImage, {
      x: 200,
      y: 150,
      asset: 'a'.repeat(64),
      mime: 'image/png',
      width: 200,
      height: 100,
    })
    return id!
  }

  test('a corner drag keeps the picture’s aspect ratio; with Shift it does not', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    const id = imageAt()
    expect(board.get(id)).toMatchObject({ x: 100, y: 100, w: 200, h: 100 })
    session.select([id])
    editor.pointerDown(at(300, 200)) // the se handle
    expect(editor.tool.state.kind).toBe('resizing')
    editor.pointerMove(at(500, 210))
    editor.pointerUp(at(500, 210))
    expect(board.get(id)).toMatchObject({ x: 100, y: 100, w: 400, h: 200 })

    editor.pointerDown(at(500, 300, { shiftKey: true }))
    editor.pointerMove(at(520, 300, { shiftKey: true }))
    editor.pointerUp(at(520, 300, { shiftKey: true }))
    expect(board.get(id)).toMatchObject({ w: 420, h: 200 })
  })
})
