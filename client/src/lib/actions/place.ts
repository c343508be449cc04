import { keyboardPlacement, placeByKeyboard } from './placeByKeyboard.ts'
import { defineAction, type Action } from './types.ts'

/**
 * Enter with a creation tool active places its element in the middle of the view (the arrow
 * and line tools join the two selected elements): every element type without a pointer
 * (BITV 2.0 / WCAG 2.1.1). With other tools Enter keeps its meaning (editing the selected text).
 */
export const PLACE_ACTIONS: readonly Action[] = [
  defineAction({
    name: 'place',
    group: 'tools',
    label: {
      de: 'Mit dem gewählten Werkzeug in der Mitte einfügen',
      en: 'Place with the chosen tool in the centre',
    },
    keys: ['Enter'],
    canvasOnly: true,
    enabled: (editor) => editor.canEdit && keyboardPlacement(editor) !== null,
    perform(editor) {
      placeByKeyboard(editor)
    },
  }),
]
