import { describeConnector } from '../kinds/describeConnector.ts'
import { viewCenter } from '../geometry/camera.ts'
import type { Editor } from '../editor/editor.svelte.ts'
import { freeSpot } from '../geometry/freeSpot.ts'
import type { Point, Rect } from '../geometry/geometry.ts'
import { createElementFor } from '../editor/createElement.ts'
import { connectableEnds } from './connect.ts'
import { CreateTool } from '../tools/createTool.ts'
import { newElementAt, placingOf, type CreationKind } from '../kinds/index.ts'
import { ConnectorTool } from '../tools/connectorTool.ts'
import { t } from '../i18n/i18n.svelte.ts'

/** What Enter does with the active tool: place an element, connect two, or nothing. */
export type KeyboardPlacement =
  { type: 'element'; kind: CreationKind } | { type: 'connector'; arrowhead: 'arrow' | 'none' }

/** What the active tool would place from the keyboard; null for tools that only point. */
export function keyboardPlacement(editor: Editor): KeyboardPlacement | null {
  const tool = editor.activeTool
  if (tool instanceof CreateTool) return { type: 'element', kind: tool.kind }
  if (tool instanceof ConnectorTool) {
    return { type: 'connector', arrowhead: tool.kind === 'arrow' ? 'arrow' : 'none' }
  }
  return null
}

/** The default-size rectangle of a new element centred on a board point. */
export function rectAround(kind: CreationKind, centre: Point): Rect {
  const { w, h } = placingOf(kind).size
  return { x: Math.round(centre.x - w / 2), y: Math.round(centre.y - h / 2), w, h }
}

/** How the live region names what was placed ("Rechteck", "Notiz"). */
function kindName(kind: CreationKind): string {
  return placingOf(kind).name(kind, t)
}

/**
 * Places with the active tool what a click in the middle of the view would, without a pointer:
 * the element at its default size on a free spot near the view's centre, selected, its text
 * open for typing (one undo step with it); the arrow and line tools join the two selected
 * elements. Says what happened in the live region. Returns the new id, or null.
 */
export function placeByKeyboard(editor: Editor): string | null {
  const placement = keyboardPlacement(editor)
  const { session, board } = editor
  if (!placement || !editor.canEdit) return null
  let id: string | null
  if (placement.type === 'element') {
    const { kind } = placement
    const centre = freeSpot(board.elements, viewCenter(session.camera, session.viewport))
    const rect = rectAround(kind, centre)
    id = createElementFor(editor, newElementAt(kind, rect), { editText: true })
    if (id !== null) session.announce(t('place.done', { element: kindName(kind) }))
  } else {
    const ends = connectableEnds(editor)
    if (!ends) {
      session.announce(t('place.connectHint'))
      return null
    }
    id = editor.createConnector({
      from: { elementId: ends[0] },
      to: { elementId: ends[1] },
      endArrowhead: placement.arrowhead,
    })
    const connector = id === null ? undefined : board.get(id)
    if (connector?.kind === 'connector') {
      session.select([connector.id])
      const description = describeConnector(connector, (other) => board.get(other), t)
      session.announce(t('connect.done', { description }))
    }
  }
  if (id !== null && !session.keepTool) editor.setTool('select')
  return id
}
