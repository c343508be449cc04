import { viewCenter } from '../geometry/camera.ts'
import type { Editor } from '../editor/editor.svelte.ts'
import { editsInPlace } from '../kinds/index.ts'
import { freeSpot } from '../geometry/freeSpot.ts'
import { movableSelection } from './selection.ts'
import { defineAction, type Action } from './types.ts'

const selected = (editor: Editor): string[] => [...editor.session.selection]
const hasSelection = (editor: Editor): boolean => editor.session.selection.size > 0

/**
 * The id of the one selected element, when exactly one is selected and it bears text (a note, a
 * text block, a shape's label, a frame's title, a connector's label, a card's name).
 */
function singleTextBearing(editor: Editor): string | undefined {
  const ids = selected(editor)
  const id = ids.length === 1 ? ids[0] : undefined
  return id !== undefined && editsInPlace(editor.board.get(id)) ? id : undefined
}

/** Undo, redo, create, delete, select. */
export const EDIT_ACTIONS: readonly Action[] = [
  defineAction({
    name: 'undo',
    group: 'edit',
    label: 'action.undo',
    keys: ['Mod+Z'],
    icon: 'M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11',
    enabled: (editor) => editor.canEdit && editor.board.canUndo,
    perform(editor) {
      editor.stopEditing()
      editor.stopListEditing()
      return editor.board.undo()
    },
  }),
  defineAction({
    name: 'redo',
    group: 'edit',
    label: 'action.redo',
    keys: ['Mod+Shift+Z', 'Mod+Y'],
    icon: 'm15 14 5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13',
    enabled: (editor) => editor.canEdit && editor.board.canRedo,
    perform(editor) {
      editor.stopEditing()
      editor.stopListEditing()
      return editor.board.redo()
    },
  }),
  defineAction({
    name: 'newNote',
    group: 'edit',
    label: 'action.newNote',
    keys: ['N'],
    enabled: (editor) => editor.canEdit,
    perform(editor) {
      const { session, board } = editor
      editor.createNoteAt(freeSpot(board.elements, viewCenter(session.camera, session.viewport)))
    },
  }),
  defineAction({
    name: 'edit',
    group: 'edit',
    label: 'action.edit',
    keys: ['Enter'],
    canvasOnly: true,
    enabled: (editor) => editor.canEdit && singleTextBearing(editor) !== undefined,
    perform(editor) {
      const id = singleTextBearing(editor)
      if (id === undefined) return false
      editor.startEditing(id)
    },
  }),
  defineAction({
    name: 'delete',
    group: 'edit',
    label: 'action.delete',
    keys: ['Delete', 'Backspace'],
    enabled: (editor) => editor.canEdit && movableSelection(editor).length > 0,
    perform(editor) {
      // Locked elements stay until they are unlocked.
      editor.removeElements(movableSelection(editor))
      editor.session.select([])
    },
  }),
  defineAction({
    name: 'selectAll',
    group: 'edit',
    label: 'action.selectAll',
    keys: ['Mod+A'],
    canvasOnly: true,
    enabled: () => true,
    perform(editor) {
      editor.session.select(editor.board.elements.map((el) => el.id))
    },
  }),
  defineAction({
    name: 'deselect',
    group: 'edit',
    label: 'action.deselect',
    keys: ['Escape'],
    enabled: hasSelection,
    perform(editor) {
      editor.session.select([])
    },
  }),
]
