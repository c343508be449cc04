import type * as Y from 'yjs'
import { generateKeyBetween } from 'fractional-indexing'
import { elementsMap, elementValues } from '../schema/doc.ts'

/** The highest stacking key on the board, or null on an empty board. */
export function topZ(doc: Y.Doc): string | null {
  let top: string | null = null
  for (const el of elementValues(elementsMap(doc))) {
    const z = el.get('z')
    if (typeof z === 'string' && isValidKey(z) && (top === null || z > top)) top = z
  }
  return top
}

/** A stacking key above everything on the board. */
export function zAboveAll(doc: Y.Doc): string {
  return generateKeyBetween(topZ(doc), null)
}

function isValidKey(z: string): boolean {
  try {
    generateKeyBetween(z, null)
    return true
  } catch {
    return false
  }
}
