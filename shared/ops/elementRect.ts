import * as Y from 'yjs'
import { elementsMap } from '../schema/doc.ts'
import { MIN_ELEMENT_SIZE } from './resizeElement.ts'

/** Where a new element goes: its top-left corner and size in board units. */
export interface ElementRect {
  x: number
  y: number
  w: number
  h: number
}

/** Whole-unit bounds, at least MIN_ELEMENT_SIZE a side; non-finite input falls back to 0 / min. */
export function boundsFrom(r: ElementRect): ElementRect {
  const finite = (v: number, fallback: number): number => (Number.isFinite(v) ? v : fallback)
  return {
    x: Math.round(finite(r.x, 0)),
    y: Math.round(finite(r.y, 0)),
    w: Math.max(MIN_ELEMENT_SIZE, Math.round(finite(r.w, MIN_ELEMENT_SIZE))),
    h: Math.max(MIN_ELEMENT_SIZE, Math.round(finite(r.h, MIN_ELEMENT_SIZE))),
  }
}

/**
 * Adds a new element map under `id`: its type, whole-unit bounds, stacking key, the given keys
 * and, when `text` is given, a Y.Text under `text` cut to `maxText` characters. Call it inside
 * the operation's transaction.
 */
export function putNewElement(
  doc: Y.Doc,
  id: string,
  element: { type: string; rect: ElementRect; z: string; text?: string; maxText: number },
  keys: Record<string, unknown>,
): void {
  const el = new Y.Map<unknown>()
  el.set('type', element.type)
  for (const [key, value] of Object.entries(boundsFrom(element.rect))) el.set(key, value)
  el.set('z', element.z)
  for (const [key, value] of Object.entries(keys)) el.set(key, value)
  if (element.text !== undefined) {
    const text = new Y.Text()
    if (element.text) text.insert(0, element.text.slice(0, element.maxText))
    el.set('text', text)
  }
  elementsMap(doc).set(id, el)
}
