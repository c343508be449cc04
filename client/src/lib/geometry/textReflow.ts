import type { BoardElement } from '../../../../shared/schema/index.ts'
import { TextBlockLines } from '../../../../shared/picture/text/textBlockLayout.ts'

/** The same wrapping the pictures draw, by the embedded font's metrics (no canvas needed). */
const blocks = new TextBlockLines()

/**
 * How many lines a text block's text wraps into at width `w`, as every picture of it wraps it;
 * null for anything that is not a text block (it resizes freely).
 */
export function textBlockLines(el: BoardElement | undefined, w: number): number | null {
  if (el?.kind !== 'text') return null
  return blocks.get(el.text, w, el.fontSize).length
}
