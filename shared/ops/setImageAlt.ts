import type * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { getElement } from '../schema/doc.ts'
import { IMAGE_ALT_MAX } from '../schema/image.ts'

/**
 * Sets the alt text of an image (cut to IMAGE_ALT_MAX). Does nothing, and returns false, when
 * the element is gone or is not an image, or when the text is unchanged.
 */
export function setImageAlt(
  doc: Y.Doc,
  input: { id: string; alt: string },
  origin: unknown = LOCAL_ORIGIN,
): boolean {
  const el = getElement(doc, input.id)
  if (!el || el.get('type') !== 'image') return false
  const alt = input.alt.slice(0, IMAGE_ALT_MAX)
  if (el.get('alt') === alt) return false
  doc.transact(() => el.set('alt', alt), origin)
  return true
}
