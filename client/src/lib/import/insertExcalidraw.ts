import { insertElements } from '../../../../shared/ops/insertElements.ts'
import { viewCenter, zoomToFit } from '../board/camera.ts'
import type { Editor } from '../board/editor.svelte.ts'
import type { PreparedExcalidraw } from './excalidrawFile.ts'

/**
 * Inserts a prepared Excalidraw file into the open board as one undo step, centred in the view,
 * with new ids (connectors bound to the new elements, groups as new groups); selects what came
 * in and shows all of it. Returns the new ids, or null without the edit right.
 */
export function insertExcalidrawOnBoard(
  editor: Editor,
  prepared: Extract<PreparedExcalidraw, { ok: true }>,
): string[] | null {
  if (!editor.canEdit) return null
  const { board, session } = editor
  if (prepared.elements.length === 0 || prepared.bounds === null) return []
  editor.stopEditing()
  editor.stopListEditing()
  const centre = viewCenter(session.camera, session.viewport)
  const { x, y, w, h } = prepared.bounds
  const dx = centre.x - (x + w / 2)
  const dy = centre.y - (y + h / 2)
  const ids = board.perform((doc) => insertElements(doc, { elements: prepared.elements, dx, dy }))
  if (!ids || ids.length === 0) return ids
  editor.select(ids)
  editor.setCamera(zoomToFit(board.bounds(ids), session.viewport, session.insets))
  return ids
}
