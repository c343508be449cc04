import { afterEach, describe, expect, test } from 'vitest'
import { textBlockLines } from '../../../../client/src/lib/geometry/textReflow.ts'
import { TEXT_BLOCK_PADDING, textBlockHeight } from '../../../../shared/geometry/textBlock.ts'
import { measureText } from '../../../../shared/picture/font/measure.ts'
import { at, editorFixture } from '../tools/editorFixture.ts'
import { createNote, createShape, createText } from '../../../../shared/ops/index.ts'

let fixture: ReturnType<typeof editorFixture>
afterEach(() => fixture.destroy())

describe('resizing a text block reflows it', () => {
  test('textBlockLines wraps as every picture does, by the font metrics; other kinds have none', () => {
    fixture = editorFixture()
    const { board } = fixture
    const id = board.run(createText, { x: 0, y: 0, w: 400, h: 38, text: 'eins zwei drei' })!
    const el = board.get(id)
    if (el?.kind !== 'text') throw new Error('no text block')
    expect(textBlockLines(el, 400)).toBe(1)
    // Room for the widest word, not for two words with a space: one word a line.
    const word = Math.max(...['eins', 'zwei', 'drei'].map((w) => measureText(w, el.fontSize)))
    const two = measureText('eins zwei', el.fontSize)
    expect(word).toBeLessThan(two)
    expect(textBlockLines(el, 2 * TEXT_BLOCK_PADDING + (word + two) / 2)).toBe(3)
    const note = board.run(createNote, { x: 0, y: 0 })!
    expect(textBlockLines(board.get(note), 100)).toBeNull()
  })

  test('dragging the corner narrower: the width follows the pointer, the height the text', () => {
    fixture = editorFixture()
    const { board, editor, session } = fixture
    const text = 'Agenda für den Workshop im Rathaus'
    const id = board.run(createText, { x: 100, y: 100, w: 600, h: 38, text })!
    session.select([id])
    // Drag the south-east handle up and left: the height does not follow the pointer.
    editor.pointerDown(at(700, 138))
    editor.pointerMove(at(400, 120))
    editor.pointerMove(at(300, 110))
    editor.pointerUp(at(300, 110))
    fixture.frame()
    const el = board.get(id)!
    expect(el).toMatchObject({ x: 100, y: 100, w: 200 })
    const lines = textBlockLines(el, 200)!
    expect(lines).toBeGreaterThan(1)
    expect(el.h).toBe(textBlockHeight(lines, 24))
    // One gesture, one undo step.
    board.undo()
    expect(board.get(id)).toMatchObject({ w: 600, h: 38 })
  })

  test('a shape still resizes freely', () => {
    fixture = editorFixture()
    const { board, editor, session } = fixture
    const id = board.run(createShape, { x: 100, y: 100, w: 200, h: 100, shape: 'rectangle' })!
    session.select([id])
    editor.pointerDown(at(300, 200))
    editor.pointerMove(at(350, 260))
    editor.pointerMove(at(400, 300))
    editor.pointerUp(at(400, 300))
    fixture.frame()
    expect(board.get(id)).toMatchObject({ w: 300, h: 200 })
  })
})
