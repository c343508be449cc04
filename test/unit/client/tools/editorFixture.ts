import * as Y from 'yjs'
import { Board } from '../../../../client/src/lib/model/board.svelte.ts'
import { Editor } from '../../../../client/src/lib/editor/editor.svelte.ts'
import type { PointerInput } from '../../../../client/src/lib/tools/types.ts'

/**
 * An editor on a plain Y.Doc, with a manual frame clock: writes batched "per animation frame"
 * happen when the test calls `frame()`.
 */
export function editorFixture(options: { canEdit?: boolean; doc?: Y.Doc } = {}) {
  const doc = options.doc ?? new Y.Doc()
  const board = new Board(doc, { canEdit: options.canEdit ?? true })
  const frames: (() => void)[] = []
  const editor = new Editor(board, undefined, { requestFrame: (cb) => void frames.push(cb) })
  editor.session.setViewport({ width: 1000, height: 600 })
  editor.session.setCamera({ x: 0, y: 0, zoom: 1 })
  // Moves land exactly where the pointer says; snapping has tests of its own.
  editor.session.nav.setSnapToGrid(false)
  return {
    doc,
    board,
    editor,
    session: editor.session,
    frame(): void {
      for (const cb of frames.splice(0)) cb()
    },
    pendingFrames: () => frames.length,
    destroy(): void {
      editor.destroy()
      board.destroy()
    },
  }
}

export function at(x: number, y: number, extra: Partial<PointerInput> = {}): PointerInput {
  return { x, y, button: 0, shiftKey: false, ...extra }
}
