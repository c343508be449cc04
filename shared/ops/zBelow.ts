import type * as Y from 'yjs'
import { generateKeyBetween } from 'fractional-indexing'
import { elementsMap, elementValues } from '../schema/doc.ts'

/** The lowest valid stacking key on the board, or null on an empty board. */
export function bottomZ(doc: Y.Doc): string | null {
  let bottom: string | null = null
  for (const el of elementValues(elementsMap(doc))) {
    const z = el.get('z')
    if (typeof z === 'string' && isValidKey(z) && (bottom === null || z < bottom)) bottom = z
  }
  return bottom
}

/** A stacking key below everything on the board (frames go there). */
export function zBelowAll(doc: Y.Doc): string {
  return generateKeyBetween(null, bottomZ(doc))
}

function isValidKey(z: string): boolean {
  try {
    generateKeyBetween(null, z)
    return true
  } catch {
    return false
  }
}
