import { importDialog } from '../exchange/importDialog.svelte.ts'
import { defineAction, type Action } from './types.ts'

/** Files into the open board: the action opens the import dialog (ImportDialog). */
export const EXCHANGE_ACTIONS: readonly Action[] = [
  defineAction({
    name: 'importFile',
    group: 'edit',
    label: 'action.importFile',
    keys: [],
    enabled: (editor) => editor.canEdit,
    perform(editor) {
      editor.stopEditing()
      importDialog.open = true
    },
  }),
]
