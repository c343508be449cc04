import type { Point, Rect } from '../../geometry/types.ts'
import { REGULAR_MEASURE, type MeasureText } from './noteLayout.ts'

/** A connector label's text size in board units. */
export const LABEL_FONT_SIZE = 16
/** Room between the label's words and the edge of its background. */
export const LABEL_PADDING = 4
/** Line height of a label, as a multiple of its font size. */
export const LABEL_LINE_HEIGHT = 1.25

/** A connector label laid out around a point: its background box and its lines' middles. */
export interface LabelLayout {
  box: Rect
  lines: readonly string[]
  /** The vertical middle of each line (board units), centred on `at.x`. */
  middles: readonly number[]
  fontSize: number
}

/**
 * The box a label takes around `at` (the middle of the connector's path) and where its lines go:
 * each line of the text centred, the box as wide as the widest line plus padding.
 */
export function layoutLabel(
  text: string,
  at: Point,
  measure: MeasureText = REGULAR_MEASURE,
): LabelLayout {
  const lines = text.split('\n')
  let widest = 0
  for (const line of lines) widest = Math.max(widest, measure(line, LABEL_FONT_SIZE))
  const lineHeight = LABEL_FONT_SIZE * LABEL_LINE_HEIGHT
  const width = widest + LABEL_PADDING * 2
  const height = lines.length * lineHeight + LABEL_PADDING * 2
  const box = { x: at.x - width / 2, y: at.y - height / 2, w: width, h: height }
  const middles = lines.map((_, i) => box.y + LABEL_PADDING + lineHeight * (i + 0.5))
  return { box, lines, middles, fontSize: LABEL_FONT_SIZE }
}
