import type { BoardElement } from '../../../../shared/schema/index.ts'
import type { Command } from '../tools/keyboard.ts'
import { panBy, viewCenter, zoomAt, zoomBy, zoomToFit, ZOOM_STEP } from './camera.ts'
import type { Editor } from './editor.svelte.ts'
import type { Point } from './geometry.ts'

/** Screen pixels an arrow key pans the view per board unit of nudge. */
const PAN_PER_NUDGE = 4
/** How far a new note moves away from one already sitting at the same spot. */
const STACK_OFFSET = 24

/**
 * Performs a command from a key, the toolbar or the list view. Returns false when it does not
 * apply now (no selection, no edit right), so a key can keep its default meaning.
 */
export function runCommand(editor: Editor, command: Command): boolean {
  const { session, board } = editor
  const selected = [...session.selection]
  const middle = { x: session.viewport.width / 2, y: session.viewport.height / 2 }
  switch (command.name) {
    case 'undo':
    case 'redo':
      if (!editor.canEdit) return false
      editor.stopEditing()
      editor.stopListEditing()
      return command.name === 'undo' ? board.undo() : board.redo()
    case 'delete':
      if (!editor.canEdit || selected.length === 0) return false
      board.remove(selected)
      session.select([])
      return true
    case 'newNote':
      if (!editor.canEdit) return false
      editor.createNoteAt(freeSpot(board.elements, viewCenter(session.camera, session.viewport)))
      return true
    case 'edit': {
      const id = selected.length === 1 ? selected[0] : undefined
      if (!editor.canEdit || id === undefined || !board.note(id)) return false
      editor.startEditing(id)
      return true
    }
    case 'deselect':
      if (selected.length === 0) return false
      session.select([])
      return true
    case 'selectAll':
      session.select(board.elements.map((el) => el.id))
      return true
    case 'zoomIn':
      editor.setCamera(zoomBy(session.camera, middle, ZOOM_STEP))
      return true
    case 'zoomOut':
      editor.setCamera(zoomBy(session.camera, middle, 1 / ZOOM_STEP))
      return true
    case 'zoomFit':
      editor.setCamera(zoomToFit(board.bounds(), session.viewport, session.insets))
      return true
    case 'zoomReset':
      editor.setCamera(zoomAt(session.camera, middle, 1))
      return true
    case 'nudge':
      if (editor.canEdit && selected.length > 0) {
        board.move(
          selected.flatMap((id) => {
            const el = board.get(id)
            return el ? [{ id, x: el.x + command.dx, y: el.y + command.dy }] : []
          }),
        )
      } else {
        const step = PAN_PER_NUDGE
        editor.setCamera(panBy(session.camera, -command.dx * step, -command.dy * step))
      }
      return true
  }
}

/** A centre near `p` where no element is already centred (pressing N twice must not stack). */
export function freeSpot(elements: readonly BoardElement[], p: Point): Point {
  const occupied = (c: Point): boolean =>
    elements.some(
      (el) => Math.abs(el.x + el.w / 2 - c.x) < 1 && Math.abs(el.y + el.h / 2 - c.y) < 1,
    )
  let spot = { x: Math.round(p.x), y: Math.round(p.y) }
  for (let i = 0; i < 20 && occupied(spot); i++) {
    spot = { x: spot.x + STACK_OFFSET, y: spot.y + STACK_OFFSET }
  }
  return spot
}
