import type { Point } from '../geometry/geometry.ts'

/**
 * An open context menu: where it shows and what it is about. What it offers follows the
 * selection (actions/contextMenu.ts), read by the menu from the action registry.
 */
export interface OpenContextMenu {
  /** Top-left corner in screen pixels, relative to the canvas. */
  screen: Point
  /** The board point it is about: where a paste from it goes. */
  at: Point
  /** Opened by a key: the menu takes the focus and gives it back to the canvas. */
  byKeyboard: boolean
}

/** The board's context menu, local to this person (part of the Session). */
export class ContextMenuState {
  current = $state.raw<OpenContextMenu | null>(null)

  show(menu: OpenContextMenu): void {
    this.current = menu
  }

  close(): void {
    if (this.current !== null) this.current = null
  }
}
