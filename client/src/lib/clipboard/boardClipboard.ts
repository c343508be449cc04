import { createNote } from '../../../../shared/ops/createNote.ts'
import { deleteElements } from '../../../../shared/ops/deleteElements.ts'
import { insertElements } from '../../../../shared/ops/insertElements.ts'
import { NOTE_SIZES } from '../../../../shared/schema/note.ts'
import { viewCenter } from '../geometry/camera.ts'
import type { Editor } from '../editor/editor.svelte.ts'
import type { Point } from '../geometry/geometry.ts'
import { movableSelection } from '../actions/selection.ts'
import { decodeElements, encodeElements, payloadBoard, textToLines } from './payload.ts'

/** Space between notes made from pasted lines. */
const LINE_NOTE_GAP = 20

/** The clipboard text for the selection, or null when nothing is selected. */
export function copySelection(editor: Editor): string | null {
  const ids = [...editor.session.selection]
  if (ids.length === 0) return null
  const elements = editor.board.snapshots(ids)
  return elements.length > 0 ? encodeElements(elements, editor.assets?.boardId) : null
}

/** Copies, then deletes what can be deleted (not locked elements), as one undo step. */
export function cutSelection(editor: Editor): string | null {
  const text = copySelection(editor)
  if (text === null || !editor.canEdit) return text
  const ids = movableSelection(editor)
  editor.board.run(deleteElements, { ids })
  editor.session.select([])
  return text
}

/**
 * Pastes clipboard text: copied elements (from any board) keep their layout, centred in the
 * view; other text becomes one note per non-empty line. The new elements are selected.
 * Returns false when there was nothing to paste.
 */
export function pasteText(editor: Editor, text: string, at?: Point): boolean {
  if (!editor.canEdit) return false
  const { session, board } = editor
  const centre = at ?? viewCenter(session.camera, session.viewport)
  const elements = decodeElements(text)
  let ids: string[] | null
  editor.stopEditing()
  editor.stopListEditing()
  if (elements) {
    const left = Math.min(...elements.map((e) => Number(e.data.x)))
    const top = Math.min(...elements.map((e) => Number(e.data.y)))
    const right = Math.max(...elements.map((e) => Number(e.data.x) + num(e.data.w)))
    const bottom = Math.max(...elements.map((e) => Number(e.data.y) + num(e.data.h)))
    const dx = centre.x - (left + right) / 2
    const dy = centre.y - (top + bottom) / 2
    ids = board.run(insertElements, { elements, dx, dy })
    // Images copied from another board: let this board show them too (images/boardAssets).
    if (ids) void editor.assets?.adoptCopied(payloadBoard(text), elements)
  } else {
    const lines = textToLines(text)
    if (lines.length === 0) return false
    const columns = Math.ceil(Math.sqrt(lines.length))
    const rows = Math.ceil(lines.length / columns)
    const pitch = NOTE_SIZES.m + LINE_NOTE_GAP
    ids = board.step(() =>
      lines.flatMap(
        (line, i) =>
          board.run(createNote, {
            x: centre.x + ((i % columns) - (columns - 1) / 2) * pitch,
            y: centre.y + (Math.floor(i / columns) - (rows - 1) / 2) * pitch,
            text: line,
          }) ?? [],
      ),
    )
  }
  if (!ids || ids.length === 0) return false
  session.select(ids)
  return true
}

function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0
}
