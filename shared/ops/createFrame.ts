import * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { randomId } from '../ids.ts'
import { elementsMap } from '../schema/doc.ts'
import { FRAME_TITLE_MAX } from '../schema/frame.ts'
import { boundsFrom, type ElementRect } from './elementRect.ts'
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
    const el = new Y.Map<unknown>()
    const text = new Y.Text()
    if (input.title) text.insert(0, input.title.slice(0, FRAME_TITLE_MAX))
    el.set('type', 'frame')
    for (const [key, value] of Object.entries(boundsFrom(input))) el.set(key, value)
    el.set('z', zBelowAll(doc))
    el.set('text', text)
    elementsMap(doc).set(id, el)
  }, origin)
  return id
}
