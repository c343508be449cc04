import {
  TEXT_BLOCK_LINE_HEIGHT,
  TEXT_BLOCK_PADDING,
} from '../../../../shared/geometry/textBlock.ts'
import { INK_COLORS, type TextElement } from '../../../../shared/schema/index.ts'
import { MIN_TEXT_PIXELS, type DrawContext } from './drawElements.ts'
import { canvasMeasure, NOTE_FONT_FAMILY, wrapText, type MeasureText } from './textLayout.ts'

/** Space between a text block's edge and its text, and its line height (shared: the reflow op). */
export const TEXT_PADDING = TEXT_BLOCK_PADDING
export const TEXT_LINE_HEIGHT = TEXT_BLOCK_LINE_HEIGHT

const measures = new WeakMap<CanvasRenderingContext2D, MeasureText>()

/** Wrapped lines of a text block, cached per text, width and font size. */
const lineCache = new Map<string, string[]>()

export function textLines(el: TextElement, measure: MeasureText): string[] {
  const key = `${el.w}\u0000${el.fontSize}\u0000${el.text}`
  let lines = lineCache.get(key)
  if (!lines) {
    lines = wrapText(el.text, Math.max(1, el.w - 2 * TEXT_PADDING), el.fontSize, measure)
    if (lineCache.size > 5000) lineCache.clear()
    lineCache.set(key, lines)
  }
  return lines
}

/** A free text block: the text at its own size, wrapped to the block's width, in its ink. */
export function drawText(dc: DrawContext, el: TextElement): void {
  const { ctx, zoom } = dc
  if (el.id === dc.editingId || el.fontSize * zoom < MIN_TEXT_PIXELS) return
  let measure = measures.get(ctx)
  if (!measure) {
    measure = canvasMeasure(ctx)
    measures.set(ctx, measure)
  }
  const lines = textLines(el, measure)
  const lineHeight = el.fontSize * TEXT_LINE_HEIGHT
  ctx.fillStyle = INK_COLORS[el.color]
  ctx.font = `${el.fontSize}px ${NOTE_FONT_FAMILY}`
  ctx.textBaseline = 'middle'
  ctx.textAlign = el.align
  const x =
    el.align === 'left'
      ? el.x + TEXT_PADDING
      : el.align === 'right'
        ? el.x + el.w - TEXT_PADDING
        : el.x + el.w / 2
  let y = el.y + TEXT_PADDING + lineHeight / 2
  for (const line of lines) {
    ctx.fillText(line, x, y)
    y += lineHeight
  }
}
