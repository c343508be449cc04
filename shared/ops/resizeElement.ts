import type * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { getElement } from '../schema/doc.ts'

/** Smallest element side in board units, so nothing can be shrunk out of reach. */
export const MIN_ELEMENT_SIZE = 24

export interface ResizeElementInput {
  id: string
  x: number
  y: number
  w: number
  h: number
}

/** Sets an element's bounds (resizing from any handle may also move its corner). */
export function resizeElement(
  doc: Y.Doc,
  input: ResizeElementInput,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const el = getElement(doc, input.id)
  if (!el) return
  const values = [input.x, input.y, input.w, input.h]
  if (!values.every(Number.isFinite)) return
  doc.transact(() => {
    el.set('x', input.x)
    el.set('y', input.y)
    el.set('w', Math.max(MIN_ELEMENT_SIZE, input.w))
    el.set('h', Math.max(MIN_ELEMENT_SIZE, input.h))
  }, origin)
}
