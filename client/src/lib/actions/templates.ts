import { defineAction, type Action } from './types.ts'

/** Templates on an open board: the actions open their dialogs (TemplateControls). */
export const TEMPLATE_ACTIONS: readonly Action[] = [
  defineAction({
    name: 'insertTemplate',
    group: 'edit',
    label: 'action.insertTemplate',
    keys: [],
    enabled: (editor) => editor.canEdit,
    perform(editor) {
      editor.stopEditing()
      editor.session.templates.insertOpen = true
    },
  }),
  defineAction({
    name: 'saveAsTemplate',
    group: 'edit',
    label: 'action.saveAsTemplate',
    keys: [],
    enabled: (editor) => editor.session.templates.canSave,
    perform(editor) {
      editor.stopEditing()
      editor.session.templates.saveOpen = true
    },
  }),
]
