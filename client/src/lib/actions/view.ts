import { moveElements } from '../../../../shared/ops/moveElements.ts'
import { panBy, zoomAt, zoomBy, zoomToFit, ZOOM_STEP } from '../geometry/camera.ts'
import type { Editor } from '../editor/editor.svelte.ts'
import { defineAction, type Action, type ActionTrigger } from './types.ts'

/** Board units an arrow key moves the selection; with Shift, further. */
export const NUDGE = 10
export const NUDGE_LARGE = 50
/** Screen pixels an arrow key pans the view per board unit of nudge. */
const PAN_PER_NUDGE = 4

function middle(editor: Editor): { x: number; y: number } {
  const { width, height } = editor.session.viewport
  return { x: width / 2, y: height / 2 }
}

/**
 * Arrow keys move the selection, or the view when nothing is selected. A frame takes its content
 * along, as when it is dragged; all in one write, so one undo step.
 */
function nudge(editor: Editor, trigger: ActionTrigger, ux: number, uy: number): void {
  const step = trigger.shortcut?.startsWith('Shift+') ? NUDGE_LARGE : NUDGE
  const dx = ux * step
  const dy = uy * step
  const { board, session } = editor
  if (editor.canEdit && session.selection.size > 0) {
    const ids = [...session.selection]
    const positions = board
      .getAll([...ids, ...editor.companions(ids)])
      .map((el) => ({ id: el.id, x: el.x + dx, y: el.y + dy }))
    if (positions.length > 0) board.run(moveElements, { positions })
  } else {
    editor.setCamera(panBy(session.camera, -dx * PAN_PER_NUDGE, -dy * PAN_PER_NUDGE))
  }
}

const always = (): boolean => true

function nudgeAction(
  name: 'nudgeLeft' | 'nudgeRight' | 'nudgeUp' | 'nudgeDown',
  key: string,
  label: Action['label'],
  ux: number,
  uy: number,
): Action {
  return defineAction({
    name,
    group: 'view',
    label,
    keys: [key, `Shift+${key}`],
    canvasOnly: true,
    enabled: always,
    perform: (editor, trigger) => nudge(editor, trigger, ux, uy),
  })
}

/** Zoom, fit, arrow keys, help. */
export const VIEW_ACTIONS: readonly Action[] = [
  defineAction({
    name: 'zoomIn',
    group: 'view',
    label: 'action.zoomIn',
    keys: ['Plus', 'Equal', 'Mod+Plus', 'Mod+Equal'],
    enabled: always,
    perform: (editor) => editor.setCamera(zoomBy(editor.camera, middle(editor), ZOOM_STEP)),
  }),
  defineAction({
    name: 'zoomOut',
    group: 'view',
    label: 'action.zoomOut',
    keys: ['Minus', 'Mod+Minus'],
    enabled: always,
    perform: (editor) => editor.setCamera(zoomBy(editor.camera, middle(editor), 1 / ZOOM_STEP)),
  }),
  defineAction({
    name: 'zoomReset',
    group: 'view',
    label: 'action.zoomReset',
    keys: ['0', 'Mod+0'],
    enabled: always,
    perform: (editor) => editor.setCamera(zoomAt(editor.camera, middle(editor), 1)),
  }),
  defineAction({
    name: 'zoomFit',
    group: 'view',
    label: 'action.zoomFit',
    keys: ['Shift+1'],
    enabled: always,
    perform(editor) {
      const { session } = editor
      editor.setCamera(zoomToFit(editor.board.bounds(), session.viewport, session.insets))
    },
  }),
  defineAction({
    name: 'zoomToSelection',
    group: 'view',
    label: 'action.zoomToSelection',
    keys: ['Shift+2'],
    enabled: (editor) => editor.session.selection.size > 0,
    perform(editor) {
      const { session } = editor
      const bounds = editor.board.bounds(session.selection)
      if (!bounds) return false
      editor.setCamera(zoomToFit(bounds, session.viewport, session.insets))
    },
  }),
  nudgeAction('nudgeLeft', 'ArrowLeft', 'action.nudgeLeft', -1, 0),
  nudgeAction('nudgeRight', 'ArrowRight', 'action.nudgeRight', 1, 0),
  nudgeAction('nudgeUp', 'ArrowUp', 'action.nudgeUp', 0, -1),
  nudgeAction('nudgeDown', 'ArrowDown', 'action.nudgeDown', 0, 1),
  defineAction({
    name: 'search',
    group: 'view',
    label: 'action.search',
    keys: ['Mod+F'],
    inTextFields: true,
    enabled: always,
    perform(editor) {
      editor.session.nav.openSearch()
    },
  }),
  defineAction({
    name: 'showHelp',
    group: 'view',
    label: 'action.showHelp',
    keys: ['?'],
    enabled: always,
    perform(editor) {
      editor.session.helpOpen = true
    },
  }),
  defineAction({
    name: 'exportBoard',
    group: 'view',
    label: 'action.exportBoard',
    // As in Excalidraw, where many workshop participants drew before.
    keys: ['Mod+Shift+E'],
    // Every right: a viewer may take out what they see.
    enabled: always,
    perform(editor) {
      editor.stopEditing()
      editor.session.exportOpen = true
    },
  }),
]
