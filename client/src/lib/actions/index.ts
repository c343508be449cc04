import type { Editor } from '../editor/editor.svelte.ts'
import { ARRANGE_ACTIONS } from './arrange.ts'
import { CLIPBOARD_ACTIONS } from './clipboard.ts'
import { CONNECT_ACTIONS } from './connect.ts'
import { TEMPLATE_ACTIONS } from './templates.ts'
import { EXCHANGE_ACTIONS } from './exchange.ts'
import { CONTEXT_MENU_ACTIONS } from './contextMenu.ts'
import { EDIT_ACTIONS } from './edit.ts'
import { PLACE_ACTIONS } from './place.ts'
import type { Action, ActionName, ActionTrigger } from './types.ts'
import { TOOL_ACTIONS } from './tools.ts'
import { VIEW_ACTIONS } from './view.ts'
import { PANEL_ACTIONS } from './panels.ts'
import { CARD_ACTIONS } from './cards.ts'

export type { Action, ActionGroup, ActionName, ActionTrigger } from './types.ts'

/**
 * Every action, in the order the help dialog lists them within a group. Earlier actions win
 * when two share a key.
 */
export const ACTIONS: readonly Action[] = [
  ...TOOL_ACTIONS,
  // Before 'edit': with a creation tool active, Enter places rather than edits.
  ...PLACE_ACTIONS,
  ...EDIT_ACTIONS,
  ...CLIPBOARD_ACTIONS,
  ...CONTEXT_MENU_ACTIONS,
  ...ARRANGE_ACTIONS,
  ...CONNECT_ACTIONS,
  ...CARD_ACTIONS,
  ...TEMPLATE_ACTIONS,
  ...EXCHANGE_ACTIONS,
  ...VIEW_ACTIONS,
  ...PANEL_ACTIONS,
]

const BY_NAME = new Map<ActionName, Action>(ACTIONS.map((a) => [a.name, a]))

export function getAction(name: ActionName): Action {
  const action = BY_NAME.get(name)
  if (!action) throw new Error(`unknown action ${name}`)
  return action
}

/** Performs an action if it applies now; false when it did not (the key keeps its default). */
export function runAction(
  editor: Editor,
  action: Action | ActionName,
  trigger: ActionTrigger = {},
): boolean {
  const a = typeof action === 'string' ? getAction(action) : action
  if (!a.enabled(editor)) return false
  return a.perform(editor, trigger) !== false
}
