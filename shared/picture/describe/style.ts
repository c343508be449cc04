import { BASELINE_BELOW_MIDDLE } from '../font/measure.ts'
import { NOTE_INK } from '../../schema/index.ts'
import type { RectPrimitive, TextLine, TextPrimitive } from '../primitives.ts'
import type { DescribeContext } from './context.ts'

/** The shadow under notes and cards: a translucent offset rectangle (cheap on every backend). */
export const SHADOW = 'rgba(30, 30, 20, 0.14)'
/** How far a note or card lifts off the board at full size: the shadow's offset down. */
export const SHADOW_LIFT = 3

/** The offset shadow of a lifted box (notes and cards), flagged so a backend may drop it. */
export function shadowOf(box: { x: number; y: number; w: number; h: number }): RectPrimitive {
  return {
    kind: 'rect',
    x: box.x + SHADOW_LIFT / 2,
    y: box.y + SHADOW_LIFT,
    w: box.w,
    h: box.h,
    fill: SHADOW,
    shadow: true,
  }
}

/** A line whose vertical middle is at `middle`: its baseline, as every backend draws it. */
export function lineAt(text: string, x: number, middle: number, fontSize: number): TextLine {
  return { text, x, y: middle + BASELINE_BELOW_MIDDLE * fontSize }
}

/** Lines stacked `lineHeight` apart, centred as a block on `centreY`. */
export function centredLines(
  lines: readonly string[],
  x: number,
  centreY: number,
  fontSize: number,
  lineHeight: number,
): TextLine[] {
  let middle = centreY - (lines.length * lineHeight) / 2 + lineHeight / 2
  const out: TextLine[] = []
  for (const line of lines) {
    out.push(lineAt(line, x, middle, fontSize))
    middle += lineHeight
  }
  return out
}

/**
 * `text` wrapped and shrunk to fit `box` (the note layout) and centred in it, in dark ink (every
 * fill is light, and the board behind an unfilled shape is light); null when nothing is drawn.
 */
export function fittedText(
  text: string,
  box: { x: number; y: number; w: number; h: number },
  ctx: DescribeContext,
): TextPrimitive | null {
  const layout = ctx.layouts.get(text, box.w, box.h)
  if (layout.lines.length === 0) return null
  return {
    kind: 'text',
    lines: centredLines(
      layout.lines,
      box.x + box.w / 2,
      box.y + box.h / 2,
      layout.fontSize,
      layout.lineHeight,
    ),
    fontSize: layout.fontSize,
    weight: 400,
    fill: NOTE_INK,
    anchor: 'middle',
  }
}
