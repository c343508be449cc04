import * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { randomId } from '../ids.ts'
import { elementsMap } from '../schema/doc.ts'
import { NOTE_TEXT_MAX } from '../schema/note.ts'
import { DEFAULT_INK, type InkColor } from '../schema/palette.ts'
import { DEFAULT_TEXT_FONT_SIZE, type TextAlign } from '../schema/text.ts'
import { boundsFrom, type ElementRect } from './elementRect.ts'
import { zAboveAll } from './zOrder.ts'

export interface CreateTextInput extends ElementRect {
  text?: string
  fontSize?: number
  color?: InkColor
  align?: TextAlign
  id?: string
}

/** Creates a free text block on top. Returns its id. */
export function createText(
  doc: Y.Doc,
  input: CreateTextInput,
  origin: unknown = LOCAL_ORIGIN,
): string {
  const id = input.id ?? randomId()
  doc.transact(() => {
    const el = new Y.Map<unknown>()
    const text = new Y.Text()
    if (input.text) text.insert(0, input.text.slice(0, NOTE_TEXT_MAX))
    el.set('type', 'text')
    for (const [key, value] of Object.entries(boundsFrom(input))) el.set(key, value)
    el.set('z', zAboveAll(doc))
    el.set('fontSize', input.fontSize ?? DEFAULT_TEXT_FONT_SIZE)
    el.set('color', input.color ?? DEFAULT_INK)
    el.set('align', input.align ?? 'left')
    el.set('text', text)
    elementsMap(doc).set(id, el)
  }, origin)
  return id
}
