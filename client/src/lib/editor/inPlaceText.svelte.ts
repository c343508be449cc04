import type { Editor } from './editor.svelte.ts'
import { mergeRemoteText } from './caret.ts'

/**
 * How the in-place text field over the canvas (InPlaceTextEditor) follows the document. Call
 * during a component's setup: it registers the effects.
 *
 * - The field gets focus once it is there, with the caret at the end or the text selected.
 * - When someone else changes the text meanwhile (`remote()` differs from the field), the field
 *   takes theirs and keeps the caret next to the same characters; `onMerged` gets the text.
 */
export function inPlaceText(options: {
  field: () => HTMLTextAreaElement | undefined
  remote: () => string | undefined
  onMerged: (text: string) => void
  caret: 'end' | 'selectAll'
}): void {
  $effect(() => {
    const remote = options.remote()
    const field = options.field()
    if (remote === undefined || !field || remote === field.value) return
    const merged = mergeRemoteText(field.value, remote, field.selectionStart, field.selectionEnd)
    field.value = merged.text
    options.onMerged(merged.text)
    field.setSelectionRange(merged.start, merged.end)
  })

  $effect(() => {
    const field = options.field()
    if (!field) return
    field.focus({ preventScroll: true })
    if (options.caret === 'selectAll') field.select()
    else field.setSelectionRange(field.value.length, field.value.length)
  })
}

/** Ends in-place editing and gives the keyboard back to the canvas. */
export function finishInPlace(editor: Editor): void {
  editor.stopEditing()
  document.querySelector<HTMLCanvasElement>('[data-board-canvas]')?.focus({ preventScroll: true })
}
