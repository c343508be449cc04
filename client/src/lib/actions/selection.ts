import type { Editor } from '../editor/editor.svelte.ts'

/** Whether an element is locked (setElementsLocked). */
export function isLocked(editor: Editor, id: string): boolean {
  return editor.board.get(id)?.locked === true
}

/** The selected ids that may be moved, resized or deleted (locked ones may not). */
export function movableSelection(editor: Editor): string[] {
  return [...editor.session.selection].filter((id) => !isLocked(editor, id))
}

/** Whether any selected element belongs to a group. */
export function selectionHasGroup(editor: Editor): boolean {
  return editor.board.getAll(editor.session.selection).some((el) => el.groupId !== undefined)
}

/** Ids of every locked element on the board. */
export function lockedIds(editor: Editor): string[] {
  return editor.board.elements.flatMap((el) => (el.locked === true ? [el.id] : []))
}
