import { afterEach, describe, expect, test } from 'vitest'
import { copySelection, pasteText } from '../../../../client/src/lib/clipboard/boardClipboard.ts'
import { pasteTarget } from '../../../../client/src/lib/clipboard/pasteTarget.ts'
import { editorFixture } from '../tools/editorFixture.ts'
import { createNote } from '../../../../shared/ops/index.ts'

let fixture: ReturnType<typeof editorFixture>
afterEach(() => fixture.destroy())

/** The centre of the one selected element (what was just pasted). */
function pastedCentre(): { x: number; y: number } {
  const [id] = fixture.session.selection
  const el = fixture.board.get(id!)!
  return { x: el.x + el.w / 2, y: el.y + el.h / 2 }
}

describe('where paste lands', () => {
  test('under the pointer while it is over the canvas, at any zoom', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    const id = board.run(createNote, { x: 0, y: 0, text: 'Bauamt' })!
    session.select([id])
    const copied = copySelection(editor)!
    session.setCamera({ x: 100, y: 50, zoom: 2 })
    session.pointer = { x: 300, y: 100 }
    expect(pasteTarget(session)).toEqual({ x: 250, y: 100 })
    expect(pasteText(editor, copied, pasteTarget(session))).toBe(true)
    expect(pastedCentre()).toEqual({ x: 250, y: 100 })
  })

  test('in the middle of the view when the pointer is elsewhere (keyboard)', () => {
    fixture = editorFixture()
    const { editor, session } = fixture
    session.pointer = null
    expect(pasteTarget(session)).toEqual({ x: 500, y: 300 })
    expect(pasteText(editor, 'Kita', pasteTarget(session))).toBe(true)
    expect(pastedCentre()).toEqual({ x: 500, y: 300 })
  })
})
