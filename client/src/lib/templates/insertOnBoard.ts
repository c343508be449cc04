import { insertTemplate } from '../../../../shared/ops/insertTemplate.ts'
import type { BoardTemplate } from '../../../../shared/templates/template.ts'
import type { Locale } from '../../../../shared/vocabulary/label.ts'
import { viewCenter, zoomToFit } from '../geometry/camera.ts'
import type { Editor } from '../editor/editor.svelte.ts'
import { templateBounds } from './ownTemplate.ts'
import { templateSpot } from './templateSpot.ts'

/**
 * Puts a template on the open board as one undo step (or, with `undoable: false`, as the board's
 * first content that undo never takes away): beside everything already there (never on
 * top of someone's work), its movable elements selected and the view zoomed to it. Returns the
 * new ids, or null without the edit right. `sourceBoard`: an own template's board, whose images
 * this board copies while this browser still holds a link to it.
 */
export function insertTemplateOnBoard(
  editor: Editor,
  template: BoardTemplate,
  locale: Locale,
  sourceBoard: string | null = null,
  { undoable = true }: { undoable?: boolean } = {},
): string[] | null {
  if (!editor.canEdit) return null
  const { board, session } = editor
  editor.stopEditing()
  editor.stopListEditing()
  const elements = template.build(locale)
  if (elements.length === 0) return []
  const size = templateBounds(elements)
  const spot = templateSpot(board.bounds(), size, viewCenter(session.camera, session.viewport))
  const at = { x: spot.x - size.x, y: spot.y - size.y }
  const ids = board.run(insertTemplate, { template, locale, at }, { undoable })
  if (!ids || ids.length === 0) return ids
  editor.select(ids)
  editor.setCamera(zoomToFit(board.bounds(ids), session.viewport, session.insets))
  if (sourceBoard !== null) void editor.assets?.adoptCopied(sourceBoard, elements)
  return ids
}
