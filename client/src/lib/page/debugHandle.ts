import type { Editor } from '../editor/editor.svelte.ts'

/** What `window.__werkraum` holds while a board is open. */
export interface DebugHandle {
  editor: Editor
}

/**
 * Puts the open board's editor on `window.__werkraum`, as tldraw puts its editor on
 * `window.editor`: the render bench reads the real camera and selection from it, and a developer
 * can inspect a board from the console. It grants nothing the page does not already have.
 * Returns the cleanup.
 */
export function exposeEditor(editor: Editor): () => void {
  const target = globalThis as { __werkraum?: DebugHandle }
  const handle: DebugHandle = { editor }
  target.__werkraum = handle
  return () => {
    if (target.__werkraum === handle) delete target.__werkraum
  }
}
