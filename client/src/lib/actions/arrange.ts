import { alignElements, distributeElements } from '../../../../shared/ops/alignElements.ts'
import type { Alignment, Distribution } from '../../../../shared/ops/alignElements.ts'
import { duplicateElements } from '../../../../shared/ops/duplicateElements.ts'
import { groupElements, ungroupElements } from '../../../../shared/ops/groupElements.ts'
import { reorderElements, type ReorderDirection } from '../../../../shared/ops/reorderElements.ts'
import { setElementsLocked } from '../../../../shared/ops/setElementsLocked.ts'
import type { Editor } from '../editor/editor.svelte.ts'
import { lockedIds, movableSelection, selectionHasGroup } from './selection.ts'
import { defineAction, type Action, type ActionName } from './types.ts'

const count = (editor: Editor): number => editor.session.selection.size
const canArrange = (min: number) => (editor: Editor) =>
  editor.canEdit && movableSelection(editor).length >= min

function reorder(name: ActionName, to: ReorderDirection, keys: string[], label: Action['label']) {
  return defineAction({
    name,
    group: 'arrange',
    label,
    keys,
    enabled: canArrange(1),
    perform(editor) {
      const ids = movableSelection(editor)
      editor.board.run(reorderElements, { ids, to })
    },
  })
}

function align(name: ActionName, to: Alignment, key: string, label: Action['label']): Action {
  return defineAction({
    name,
    group: 'arrange',
    label,
    keys: [key],
    enabled: canArrange(2),
    perform(editor) {
      const ids = movableSelection(editor)
      editor.board.run(alignElements, { ids, align: to })
    },
  })
}

function distribute(
  name: ActionName,
  along: Distribution,
  key: string,
  label: Action['label'],
): Action {
  return defineAction({
    name,
    group: 'arrange',
    label,
    keys: [key],
    enabled: canArrange(3),
    perform(editor) {
      const ids = movableSelection(editor)
      editor.board.run(distributeElements, { ids, along })
    },
  })
}

/** Duplicate, stacking order, groups, locks, alignment. */
export const ARRANGE_ACTIONS: readonly Action[] = [
  defineAction({
    name: 'duplicate',
    group: 'arrange',
    label: 'action.duplicate',
    keys: ['Mod+D'],
    enabled: (editor) => editor.canEdit && count(editor) > 0,
    perform(editor) {
      const ids = [...editor.session.selection]
      const copies = editor.board.run(duplicateElements, { ids })
      if (copies && copies.length > 0) editor.session.select(copies)
    },
  }),
  reorder('bringToFront', 'front', ['Mod+Shift+ArrowUp'], 'action.bringToFront'),
  reorder('bringForward', 'forward', ['Mod+ArrowUp'], 'action.bringForward'),
  reorder('sendBackward', 'backward', ['Mod+ArrowDown'], 'action.sendBackward'),
  reorder('sendToBack', 'back', ['Mod+Shift+ArrowDown'], 'action.sendToBack'),
  defineAction({
    name: 'group',
    group: 'arrange',
    label: 'action.group',
    keys: ['Mod+G'],
    enabled: canArrange(2),
    perform(editor) {
      const ids = movableSelection(editor)
      return editor.board.run(groupElements, { ids }) !== null
    },
  }),
  defineAction({
    name: 'ungroup',
    group: 'arrange',
    label: 'action.ungroup',
    keys: ['Mod+Shift+G'],
    enabled: (editor) => editor.canEdit && selectionHasGroup(editor),
    perform(editor) {
      const ids = [...editor.session.selection]
      editor.board.run(ungroupElements, { ids })
    },
  }),
  defineAction({
    name: 'lock',
    group: 'arrange',
    label: 'action.lock',
    keys: ['Mod+Shift+L'],
    enabled: canArrange(1),
    perform(editor) {
      const ids = movableSelection(editor)
      editor.board.run(setElementsLocked, { ids, locked: true })
      editor.session.select([])
    },
  }),
  defineAction({
    name: 'unlockAll',
    group: 'arrange',
    label: 'action.unlockAll',
    keys: ['Mod+Shift+U'],
    enabled: (editor) => editor.canEdit && lockedIds(editor).length > 0,
    perform(editor) {
      const ids = lockedIds(editor)
      editor.board.run(setElementsLocked, { ids, locked: false })
      editor.session.select(ids)
    },
  }),
  align('alignLeft', 'left', 'Alt+A', 'action.alignLeft'),
  align('alignCenter', 'center', 'Alt+H', 'action.alignCenter'),
  align('alignRight', 'right', 'Alt+D', 'action.alignRight'),
  align('alignTop', 'top', 'Alt+W', 'action.alignTop'),
  align('alignMiddle', 'middle', 'Alt+V', 'action.alignMiddle'),
  align('alignBottom', 'bottom', 'Alt+S', 'action.alignBottom'),
  distribute(
    'distributeHorizontally',
    'horizontal',
    'Alt+Shift+H',
    'action.distributeHorizontally',
  ),
  distribute('distributeVertically', 'vertical', 'Alt+Shift+V', 'action.distributeVertically'),
]
