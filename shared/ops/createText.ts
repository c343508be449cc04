import * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { randomId } from '../ids.ts'
import { NOTE_TEXT_MAX } from '../schema/note.ts'
import { DEFAULT_INK, type InkColor } from '../schema/palette.ts'
import { DEFAULT_TEXT_FONT_SIZE, type TextAlign } from '../schema/text.ts'
import { putNewElement, type ElementRect } from './elementRect.ts'
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
    const element = { type: 'text', rect: input, z: zAboveAll(doc), text: input.text ?? '' }
    putNewElement(
      doc,
      id,
      { ...element, maxText: NOTE_TEXT_MAX },
      {
        fontSize: input.fontSize ?? DEFAULT_TEXT_FONT_SIZE,
        color: input.color ?? DEFAULT_INK,
        align: input.align ?? 'left',
      },
    )
  }, origin)
  return id
}
