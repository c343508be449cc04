import { afterEach, describe, expect, test } from 'vitest'
import { copySelection, pasteText } from '../../../../client/src/lib/clipboard/boardClipboard.ts'
import { decodeElements, textToLines } from '../../../../client/src/lib/clipboard/payload.ts'
import { viewCenter } from '../../../../client/src/lib/geometry/camera.ts'
import { editorFixture, at } from '../tools/editorFixture.ts'
import { runAction } from '../../../../client/src/lib/actions/index.ts'
import { createNote } from '../../../../shared/ops/index.ts'

let fixture: ReturnType<typeof editorFixture> | undefined
afterEach(() => fixture?.destroy())

function setup() {
  fixture = editorFixture()
  const { board } = fixture
  const a = board.run(createNote, { x: 100, y: 100, text: 'Bauamt' })!
  const b = board.run(createNote, { x: 400, y: 100, text: 'Kita' })!
  return { ...fixture, a, b }
}

describe('commands through the action registry', () => {
  test('duplicate selects the copies; undo removes them in one step', () => {
    const { editor, board, session, a } = setup()
    session.select([a])
    expect(runAction(editor, 'duplicate')).toBe(true)
    expect(board.size).toBe(3)
    const [copy] = session.selection
    expect(copy).not.toBe(a)
    expect(board.note(copy!)?.text).toBe('Bauamt')
    runAction(editor, 'undo')
    expect(board.size).toBe(2)
  })

  test('a click on a group member selects the group; ungroup and undo', () => {
    const { editor, session, a, b } = setup()
    session.select([a, b])
    expect(runAction(editor, 'group')).toBe(true)
    runAction(editor, 'deselect')
    editor.pointerDown(at(100, 100))
    editor.pointerUp(at(100, 100))
    expect([...session.selection].sort()).toEqual([a, b].sort())
    expect(runAction(editor, 'ungroup')).toBe(true)
    editor.select([a])
    expect([...session.selection]).toEqual([a])
  })

  test('a locked element cannot be selected by click, nor deleted; unlock all frees it', () => {
    const { editor, board, session, a } = setup()
    session.select([a])
    runAction(editor, 'lock')
    editor.pointerDown(at(100, 100))
    editor.pointerUp(at(100, 100))
    expect(session.selection.has(a)).toBe(false)
    // Even when selected another way (the list view), delete leaves it.
    session.select([a])
    expect(runAction(editor, 'delete')).toBe(false)
    expect(board.get(a)).toBeDefined()
    expect(runAction(editor, 'unlockAll')).toBe(true)
    expect(runAction(editor, 'delete')).toBe(true)
    expect(board.get(a)).toBeUndefined()
  })

  test('align and bring to front act on the selection', () => {
    const { editor, board, session, a, b } = setup()
    session.select([a, b])
    runAction(editor, 'alignTop')
    expect(board.get(a)?.y).toBe(board.get(b)?.y)
    session.select([a])
    runAction(editor, 'bringToFront')
    expect(board.elements.at(-1)?.id).toBe(a)
  })

  test('copy and paste keep the text and select the pasted copies', () => {
    const { editor, board, session, a, b } = setup()
    session.select([a, b])
    const text = copySelection(editor)!
    expect(decodeElements(text)).toHaveLength(2)
    expect(pasteText(editor, text)).toBe(true)
    expect(board.size).toBe(4)
    const pasted = [...session.selection].map((id) => board.note(id)?.text).sort()
    expect(pasted).toEqual(['Bauamt', 'Kita'])
  })

  test('plain text becomes one note per non-empty line, in one undo step', () => {
    const { editor, board, session } = setup()
    expect(pasteText(editor, 'Rathaus\n\n  Schule \r\nBibliothek\n')).toBe(true)
    expect(board.size).toBe(5)
    expect([...session.selection].map((id) => board.note(id)?.text).sort()).toEqual([
      'Bibliothek',
      'Rathaus',
      'Schule',
    ])
    runAction(editor, 'undo')
    expect(board.size).toBe(2)
  })

  test('zoom to the selection centres it', () => {
    const { editor, session, b } = setup()
    session.select([b])
    runAction(editor, 'zoomToSelection')
    const centre = viewCenter(session.camera, session.viewport)
    expect(centre.x).toBeCloseTo(400, 0)
    expect(centre.y).toBeCloseTo(100, 0)
  })
})

describe('clipboard payload', () => {
  test('other JSON and oversized text are not a payload', () => {
    expect(decodeElements('{"type":"something"}')).toBeNull()
    expect(decodeElements('werkraum/elements but not JSON')).toBeNull()
    expect(decodeElements('{"type":"werkraum/elements","version":1,"elements":[{"id":1}]}')).toBe(
      null,
    )
  })

  test('lines are trimmed and empty ones dropped', () => {
    expect(textToLines(' a \n\n b\r\n')).toEqual(['a', 'b'])
  })
})
