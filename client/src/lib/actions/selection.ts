import type { Editor } from '../editor/editor.svelte.ts'

/** The selected ids that may be moved, resized or deleted (locked ones may not). */
export function movableSelection(editor: Editor): string[] {
  // One read of the board for the whole selection (a select-all of thousands subscribes once).
  const { selection } = editor.session
  const locked = new Set(editor.board.getAll(selection).flatMap((el) => (el.locked ? [el.id] : [])))
  return [...selection].filter((id) => !locked.has(id))
}

/** Whether any selected element belongs to a group. */
export function selectionHasGroup(editor: Editor): boolean {
  return editor.board.getAll(editor.session.selection).some((el) => el.groupId !== undefined)
}

/** Ids of every locked element on the board. */
export function lockedIds(editor: Editor): string[] {
  return editor.board.elements.flatMap((el) => (el.locked === true ? [el.id] : []))
}
