import { boardToScreen, screenToBoard, viewCenter } from '../geometry/camera.ts'
import type { Editor } from '../editor/editor.svelte.ts'
import type { Point } from '../geometry/geometry.ts'
import { defineAction, type Action, type ActionName } from './types.ts'

/**
 * What the context menu offers, by what it was opened on, in groups. Names only: labels, keys
 * and whether each applies come from the action registry (one list for everything).
 */
const ON_ELEMENTS: readonly (readonly ActionName[])[] = [
  ['cut', 'copy', 'paste', 'duplicate', 'delete'],
  ['edit', 'connect'],
  ['bringToFront', 'bringForward', 'sendBackward', 'sendToBack'],
  ['group', 'ungroup', 'lock', 'unlockAll'],
  [
    'alignLeft',
    'alignCenter',
    'alignRight',
    'alignTop',
    'alignMiddle',
    'alignBottom',
    'distributeHorizontally',
    'distributeVertically',
  ],
]
const ON_CANVAS: readonly (readonly ActionName[])[] = [
  ['paste', 'selectAll'],
  ['unlockAll', 'zoomFit'],
]

/** The menu's groups for the current selection, keeping only actions that apply now. */
export function contextMenuSections(
  editor: Editor,
  enabled: (name: ActionName) => boolean,
): ActionName[][] {
  const groups = editor.session.selection.size > 0 ? ON_ELEMENTS : ON_CANVAS
  return groups.map((names) => names.filter(enabled)).filter((names) => names.length > 0)
}

/**
 * Opens the context menu. From a pointer (`screen`, canvas pixels): the element under it is
 * selected first unless already part of the selection; empty canvas clears the selection. From
 * the keyboard (no point): for the selection, next to it, or the middle of the view.
 */
export function openContextMenu(editor: Editor, screen: Point | null): void {
  const { session } = editor
  editor.stopEditing()
  let at: Point
  if (screen) {
    at = screenToBoard(session.camera, screen)
    const id = editor.elementAt(at)
    if (id === null) editor.select([])
    else if (!session.selection.has(id)) editor.select([id])
  } else {
    const bounds = editor.board.bounds(session.selection)
    at =
      session.selection.size > 0 && bounds
        ? { x: bounds.x + bounds.w / 2, y: bounds.y + bounds.h / 2 }
        : viewCenter(session.camera, session.viewport)
  }
  const point = screen ?? boardToScreen(session.camera, at)
  const { width, height } = session.viewport
  session.menu.show({
    screen: {
      x: Math.max(0, Math.min(point.x, width)),
      y: Math.max(0, Math.min(point.y, height)),
    },
    at,
    byKeyboard: screen === null,
  })
}

/** The menu key and Shift+F10 open the context menu for the selection (the canvas focused). */
export const CONTEXT_MENU_ACTIONS: readonly Action[] = [
  defineAction({
    name: 'contextMenu',
    group: 'edit',
    label: { de: 'Kontextmenü öffnen', en: 'Open the context menu' },
    keys: ['Shift+F10', 'ContextMenu'],
    canvasOnly: true,
    enabled: () => true,
    perform(editor) {
      openContextMenu(editor, null)
    },
  }),
]
