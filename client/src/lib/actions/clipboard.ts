import type { Editor } from '../editor/editor.svelte.ts'
import type { Point } from '../geometry/geometry.ts'
import { copySelection, cutSelection, pasteText } from '../clipboard/boardClipboard.ts'
import { pasteTarget } from '../clipboard/pasteTarget.ts'
import { defineAction, type Action } from './types.ts'

/**
 * From a key, the browser's copy/cut/paste events do the work (BoardView hands them to
 * boardClipboard.ts); from a button or menu these use the asynchronous clipboard API, which
 * needs a secure context and, for reading, the person's permission.
 */
async function writeClipboard(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text)
  } catch {
    // No clipboard access (plain http, or refused): the keys still work through the events.
  }
}

async function readAndPaste(editor: Editor, at: Point): Promise<void> {
  try {
    pasteText(editor, await navigator.clipboard.readText(), at)
  } catch {
    // Refused or unavailable: nothing to paste.
  }
}

export const CLIPBOARD_ACTIONS: readonly Action[] = [
  defineAction({
    name: 'copy',
    group: 'edit',
    label: { de: 'Kopieren', en: 'Copy' },
    keys: ['Mod+C'],
    clipboardEvent: 'copy',
    enabled: (editor) => editor.session.selection.size > 0,
    perform(editor) {
      const text = copySelection(editor)
      if (text === null) return false
      void writeClipboard(text)
    },
  }),
  defineAction({
    name: 'cut',
    group: 'edit',
    label: { de: 'Ausschneiden', en: 'Cut' },
    keys: ['Mod+X'],
    clipboardEvent: 'cut',
    enabled: (editor) => editor.canEdit && editor.session.selection.size > 0,
    perform(editor) {
      const text = cutSelection(editor)
      if (text === null) return false
      void writeClipboard(text)
    },
  }),
  defineAction({
    name: 'paste',
    group: 'edit',
    label: { de: 'Einfügen', en: 'Paste' },
    keys: ['Mod+V'],
    clipboardEvent: 'paste',
    enabled: (editor) => editor.canEdit,
    perform(editor, trigger) {
      // A context menu's paste goes where it was opened; else under the pointer or mid-view.
      void readAndPaste(editor, trigger.at ?? pasteTarget(editor.session))
    },
  }),
]
