import { cataloguePicker } from '../cards/cataloguePicker.svelte.ts'
import { listImport } from '../import/lists/listImport.svelte.ts'
import { defineAction, type Action } from './types.ts'

/**
 * The roles catalogue: a dialog listing the catalogue by group, to place a role card from it; and
 * a list from a spreadsheet (actors, people, roles) as cards.
 */
export const CARD_ACTIONS: readonly Action[] = [
  defineAction({
    name: 'rolesCatalogue',
    group: 'tools',
    label: 'action.rolesCatalogue',
    keys: [],
    icon: 'M4 4h7v7H4zM13 4h7v7h-7zM4 13h7v7H4zM13 16.5h7M16.5 13v7',
    enabled: (editor) => editor.canEdit,
    perform(editor) {
      cataloguePicker(editor.session).open = true
    },
  }),
  defineAction({
    name: 'importList',
    group: 'edit',
    label: 'action.importList',
    keys: [],
    enabled: (editor) => editor.canEdit,
    perform(editor) {
      editor.stopEditing()
      listImport(editor.session).open = true
    },
  }),
]
