import {
  elementsMap,
  elementIn,
  getElement,
  elementEntries,
} from '../../../../shared/schema/doc.ts'
import type { Editor } from '../editor/editor.svelte.ts'

/** Whether an element carries the `locked` key (set by setElementsLocked). */
export function isLocked(editor: Editor, id: string): boolean {
  return editor.board.read((doc) => getElement(doc, id)?.get('locked') === true)
}

/** The selected ids that may be moved, resized or deleted (locked ones may not). */
export function movableSelection(editor: Editor): string[] {
  return [...editor.session.selection].filter((id) => !isLocked(editor, id))
}

/** Whether any selected element belongs to a group. */
export function selectionHasGroup(editor: Editor): boolean {
  return editor.board.read((doc) => {
    const elements = elementsMap(doc)
    for (const id of editor.session.selection) {
      if (typeof elementIn(elements, id)?.get('groupId') === 'string') return true
    }
    return false
  })
}

/** Ids of every locked element on the board. */
export function lockedIds(editor: Editor): string[] {
  return editor.board.read((doc) =>
    [...elementEntries(elementsMap(doc))].flatMap(([id, el]) =>
      el.get('locked') === true ? [id] : [],
    ),
  )
}
