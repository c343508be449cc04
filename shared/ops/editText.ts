import * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { getElement } from '../schema/doc.ts'
import { NOTE_TEXT_MAX } from '../schema/note.ts'

export interface EditTextInput {
  id: string
  /** The full new text, as the editor holds it. */
  text: string
}

/**
 * Replaces an element's text with the smallest change: the common prefix and suffix stay, so
 * two people typing in different parts of one note both keep their words.
 */
export function editText(doc: Y.Doc, input: EditTextInput, origin: unknown = LOCAL_ORIGIN): void {
  const el = getElement(doc, input.id)
  if (!el) return
  const next = input.text.slice(0, NOTE_TEXT_MAX)
  doc.transact(() => {
    let text = el.get('text')
    if (!(text instanceof Y.Text)) {
      text = new Y.Text()
      el.set('text', text)
    }
    applyTextDiff(text as Y.Text, next)
  }, origin)
}

/** Turns `text` into `next` by replacing only what differs between them. */
export function applyTextDiff(text: Y.Text, next: string): void {
  const prev = text.toString()
  if (prev === next) return
  let start = 0
  const maxStart = Math.min(prev.length, next.length)
  while (start < maxStart && prev.charCodeAt(start) === next.charCodeAt(start)) start++
  let endPrev = prev.length
  let endNext = next.length
  while (
    endPrev > start &&
    endNext > start &&
    prev.charCodeAt(endPrev - 1) === next.charCodeAt(endNext - 1)
  ) {
    endPrev--
    endNext--
  }
  if (endPrev > start) text.delete(start, endPrev - start)
  if (endNext > start) text.insert(start, next.slice(start, endNext))
}
