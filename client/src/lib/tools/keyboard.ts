/**
 * Keyboard shortcuts as data: one closed list of commands that the toolbar buttons and the keys
 * share. Pure: a key press in, a command out; the editor performs it.
 */
export type Command =
  | { name: 'undo' }
  | { name: 'redo' }
  | { name: 'delete' }
  | { name: 'newNote' }
  | { name: 'edit' }
  | { name: 'deselect' }
  | { name: 'selectAll' }
  | { name: 'zoomIn' }
  | { name: 'zoomOut' }
  | { name: 'zoomFit' }
  | { name: 'zoomReset' }
  /** Arrow keys: move the selection, or the view when nothing is selected (in board units). */
  | { name: 'nudge'; dx: number; dy: number }

export type CommandName = Command['name']

export interface KeyInput {
  key: string
  /** Physical key (DOM KeyboardEvent.code), for shortcuts that must not depend on the layout. */
  code?: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
  /** The key went to a text field (input, textarea, select, contenteditable). */
  inTextField: boolean
  /** The key went to the board canvas itself (arrows and Enter only act there). */
  onCanvas: boolean
}

export const NUDGE = 10
export const NUDGE_LARGE = 50

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
}

/** The command for a key press, or null when the key is not a shortcut here. */
export function commandForKey(e: KeyInput): Command | null {
  // Shortcuts never fire while typing: the text field owns every key then.
  if (e.inTextField || e.altKey) return null
  const mod = e.ctrlKey || e.metaKey
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key
  if (mod) {
    if (key === 'z') return { name: e.shiftKey ? 'redo' : 'undo' }
    if (key === 'y') return { name: 'redo' }
    if (key === 'a' && e.onCanvas) return { name: 'selectAll' }
    return null
  }
  if (key === 'Delete' || key === 'Backspace') return { name: 'delete' }
  if (key === 'Escape') return { name: 'deselect' }
  if (key === 'n') return { name: 'newNote' }
  if (key === '+' || key === '=') return { name: 'zoomIn' }
  if (key === '-') return { name: 'zoomOut' }
  if (e.shiftKey && e.code === 'Digit1') return { name: 'zoomFit' }
  if (key === '0') return { name: 'zoomReset' }
  if (!e.onCanvas) return null
  if (key === 'Enter') return { name: 'edit' }
  const arrow = ARROWS[key]
  if (arrow) {
    const step = e.shiftKey ? NUDGE_LARGE : NUDGE
    return { name: 'nudge', dx: arrow[0] * step, dy: arrow[1] * step }
  }
  return null
}
