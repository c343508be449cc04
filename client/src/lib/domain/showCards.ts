import { zoomToFit } from '../geometry/camera.ts'
import type { Editor } from '../editor/editor.svelte.ts'

/**
 * Selects the cards a finding or a panel entry points at and fits them into the view (never
 * above 100 %), so a person sees what the panel means. Ids no longer on the board are skipped.
 * Returns how many cards were shown.
 */
export function showCards(editor: Editor, ids: readonly string[]): number {
  const present = [...new Set(ids)].filter((id) => editor.board.get(id) !== undefined)
  if (present.length === 0) return 0
  const { session } = editor
  session.select(present)
  editor.setCamera(zoomToFit(editor.board.bounds(present), session.viewport, session.insets))
  return present.length
}
