import * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { randomId } from '../ids.ts'
import { FRAME_TITLE_MAX } from '../schema/frame.ts'
import { putNewElement, type ElementRect } from './elementRect.ts'
import { zBelowAll } from './zBelow.ts'

export interface CreateFrameInput extends ElementRect {
  title?: string
  id?: string
}

/**
 * Creates a frame below everything on the board, so it lies behind the content it is drawn
 * around (a frame drawn around other frames lies behind them too). Returns its id.
 */
export function createFrame(
  doc: Y.Doc,
  input: CreateFrameInput,
  origin: unknown = LOCAL_ORIGIN,
): string {
  const id = input.id ?? randomId()
  doc.transact(() => {
    const element = { type: 'frame', rect: input, z: zBelowAll(doc), text: input.title ?? '' }
    putNewElement(doc, id, { ...element, maxText: FRAME_TITLE_MAX }, {})
  }, origin)
  return id
}
