import type { FontWeight, TextPrimitive } from '../primitives.ts'
import { cardMeasure } from '../text/cardLayout.ts'
import { titleLayout } from '../text/titleLayout.ts'
import { lineAt } from './style.ts'

/**
 * Room left and right of a far title, and above and below it, as factors of its font size: a
 * card's own padding would eat the box when the title is set this large.
 */
const FAR_INSET_X = 0.25
const FAR_INSET_Y = 0.1

/** Where a far title goes and how it is set. */
export interface FarTitleBox {
  x: number
  y: number
  w: number
  h: number
  fontSize: number
  weight: FontWeight
  fill: string
  /** Start at the box's left (cards) or centre each line (notes). */
  anchor: 'start' | 'middle'
}

/**
 * A title alone at `box.fontSize`, wrapped into the box and centred on its height: what a card
 * or note shows when zoomed out (DescribeContext.titleSize). Null when it does not fit: then the
 * element is a plain box.
 */
export function farTitle(text: string, box: FarTitleBox): TextPrimitive | null {
  const pad = box.fontSize * FAR_INSET_X
  const width = box.w - 2 * pad
  const height = box.h - 2 * box.fontSize * FAR_INSET_Y
  const layout = titleLayout(text, width, height, box.fontSize, cardMeasure(box.weight))
  if (layout.lines.length === 0) return null
  const x = box.anchor === 'start' ? box.x + pad : box.x + box.w / 2
  let middle = box.y + box.h / 2 - ((layout.lines.length - 1) * layout.lineHeight) / 2
  const lines = layout.lines.map((line) => {
    const at = lineAt(line, x, middle, box.fontSize)
    middle += layout.lineHeight
    return at
  })
  return {
    kind: 'text',
    lines,
    fontSize: box.fontSize,
    weight: box.weight,
    fill: box.fill,
    anchor: box.anchor,
  }
}
