import type { ImageElement } from '../../schema/index.ts'
import type { GroupPrimitive } from '../primitives.ts'
import type { DescribeContext } from './context.ts'

/**
 * An uploaded image, by its content hash: each backend draws the bytes it has, and one without
 * them draws a box that names the missing image (never a silent blank).
 */
export function describeImage(el: ImageElement, ctx: DescribeContext): GroupPrimitive {
  const alt = el.alt.trim()
  return {
    kind: 'group',
    elementId: el.id,
    meaning: alt === '' ? ctx.words.imageNoAlt : ctx.words.image(alt),
    children: [{ kind: 'image', hash: el.asset, x: el.x, y: el.y, w: el.w, h: el.h, alt }],
  }
}
