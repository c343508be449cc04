import { TEXT_BLOCK_PADDING } from '../../../../shared/geometry/textBlock.ts'
import type { BoardElement } from '../../../../shared/schema/index.ts'
import { canvasMeasure, wrapText, type MeasureText } from '../render/textLayout.ts'

/** A rough width where there is no canvas (tests, no DOM): about half an em a character. */
const estimate: MeasureText = (text, fontSize) => text.length * fontSize * 0.55

let measure: MeasureText | null = null

/** Text widths as the canvas draws them; an estimate where no canvas is available. */
function textMeasure(): MeasureText {
  if (measure) return measure
  const ctx =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d')
  measure = ctx ? canvasMeasure(ctx) : estimate
  return measure
}

/**
 * How many lines a text block's text wraps into at width `w`, as drawText wraps it; null for
 * anything that is not a text block (it resizes freely).
 */
export function textBlockLines(
  el: BoardElement | undefined,
  w: number,
  measureText: MeasureText = textMeasure(),
): number | null {
  if (el?.kind !== 'text') return null
  return wrapText(el.text, Math.max(1, w - 2 * TEXT_BLOCK_PADDING), el.fontSize, measureText).length
}
