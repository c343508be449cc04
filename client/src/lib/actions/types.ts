import type { Editor } from '../editor/editor.svelte.ts'
import type { Localized } from '../i18n/localized.ts'
import type { ToolName } from '../tools/types.ts'

/**
 * Every command a person can give, in one closed union: the keyboard handler, the toolbar, the
 * selection menu and the help dialog all read the same list (ACTIONS in index.ts).
 */
export type ActionName =
  // tools: one per tool (actions/tools.ts)
  | `tool.${ToolName}`
  // edit
  | 'undo'
  | 'redo'
  | 'delete'
  | 'newNote'
  | 'place'
  | 'edit'
  | 'deselect'
  | 'selectAll'
  | 'copy'
  | 'cut'
  | 'paste'
  | 'contextMenu'
  // arrange
  | 'duplicate'
  | 'bringToFront'
  | 'bringForward'
  | 'sendBackward'
  | 'sendToBack'
  | 'group'
  | 'ungroup'
  | 'lock'
  | 'unlockAll'
  | 'alignLeft'
  | 'alignCenter'
  | 'alignRight'
  | 'alignTop'
  | 'alignMiddle'
  | 'alignBottom'
  | 'distributeHorizontally'
  | 'distributeVertically'
  | 'connect'
  // domain cards (actions/cards.ts)
  | 'rolesCatalogue'
  | 'importList'
  // templates (actions/templates.ts)
  | 'insertTemplate'
  | 'saveAsTemplate'
  // files (actions/exchange.ts)
  | 'importFile'
  // view
  | 'zoomIn'
  | 'zoomOut'
  | 'zoomReset'
  | 'zoomFit'
  | 'zoomToSelection'
  | 'nudgeLeft'
  | 'nudgeRight'
  | 'nudgeUp'
  | 'nudgeDown'
  | 'search'
  | 'showHelp'
  | 'exportBoard'
  // panels (actions/panels.ts)
  | 'panel.matrix'
  | 'panel.checks'
  | 'panel.ecosystem'

/** Groups, in the order the help dialog lists them. */
export type ActionGroup = 'tools' | 'edit' | 'arrange' | 'view'

/** How an action was started; a key press tells which of its shortcuts fired. */
export interface ActionTrigger {
  /** The matched shortcut descriptor, e.g. 'Shift+ArrowLeft'. */
  shortcut?: string
  /** Board point the command is about: where a context menu was opened (paste goes there). */
  at?: { x: number; y: number }
}

export interface Action {
  name: ActionName
  group: ActionGroup
  /** What the person reads in the toolbar, menus and the help dialog. */
  label: Localized
  /**
   * Shortcut descriptors: modifiers `Mod` (Ctrl, or Cmd on a Mac), `Shift`, `Alt` joined by `+`
   * to a key: a letter, a digit (matched by its physical key), a DOM key name such as `Delete`
   * or `ArrowLeft`, or `Plus`, `Minus`, `Equal` and printable characters such as `?`.
   */
  keys: readonly string[]
  /** Its keys act only when the board canvas has focus (elsewhere they belong to the control). */
  canvasOnly?: boolean
  /** Its keys act even while typing in a text field (Ctrl+F: the browser's own find otherwise). */
  inTextFields?: boolean
  /**
   * Its key is served by the browser's clipboard event (copy, cut, paste), which the board page
   * handles; the key handler leaves the key alone so that event fires.
   */
  clipboardEvent?: 'copy' | 'cut' | 'paste'
  /** An SVG path (24×24 view box) for buttons that show an icon. */
  icon?: string
  /** Whether it applies now (toolbar buttons are disabled otherwise). */
  enabled(editor: Editor): boolean
  /** Does it. Returns false when nothing happened, so a key keeps its default meaning. */
  perform(editor: Editor, trigger: ActionTrigger): boolean | void
}

/** Declares an action with its name checked against the union. */
export function defineAction(action: Action): Action {
  return action
}
