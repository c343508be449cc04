import { FILL_COLORS, INK_COLORS, NOTE_INK, type Shape } from '../../../../shared/schema/index.ts'
import { LOD_ZOOM, MIN_TEXT_PIXELS, type DrawContext } from './drawElements.ts'
import { NOTE_FONT_FAMILY } from './textLayout.ts'

/** Corner radius of a rounded rectangle: a share of its shorter side, at most 24 units. */
export function cornerRadius(w: number, h: number): number {
  return Math.min(24, Math.min(w, h) * 0.2)
}

/** Traces the shape's outline as the current path (board coordinates). */
export function traceShape(ctx: CanvasRenderingContext2D, s: Shape): void {
  const { x, y, w, h } = s
  ctx.beginPath()
  switch (s.shape) {
    case 'rectangle':
      ctx.rect(x, y, w, h)
      break
    case 'roundedRectangle':
      ctx.roundRect(x, y, w, h, cornerRadius(w, h))
      break
    case 'ellipse':
      ctx.ellipse(x + w / 2, y + h / 2, w / 2, h / 2, 0, 0, Math.PI * 2)
      break
    case 'diamond':
      ctx.moveTo(x + w / 2, y)
      ctx.lineTo(x + w, y + h / 2)
      ctx.lineTo(x + w / 2, y + h)
      ctx.lineTo(x, y + h / 2)
      ctx.closePath()
      break
  }
}

/** The box a label is wrapped into: the whole rectangle, or the part inside an ellipse or diamond. */
export function labelBox(s: Shape): { x: number; y: number; w: number; h: number } {
  const inset = s.shape === 'ellipse' ? 0.15 : s.shape === 'diamond' ? 0.25 : 0
  return {
    x: s.x + s.w * inset,
    y: s.y + s.h * inset,
    w: s.w * (1 - 2 * inset),
    h: s.h * (1 - 2 * inset),
  }
}

export function drawShape(dc: DrawContext, s: Shape): void {
  const { ctx, zoom } = dc
  traceShape(ctx, s)
  if (s.fill !== 'none') {
    ctx.fillStyle = FILL_COLORS[s.fill]
    ctx.fill()
  }
  if (s.strokeWidth > 0) {
    ctx.strokeStyle = INK_COLORS[s.stroke]
    // Never thinner than one screen pixel, so an outline does not vanish when zoomed out.
    ctx.lineWidth = Math.max(s.strokeWidth, 1 / zoom)
    ctx.setLineDash(s.strokeStyle === 'dashed' ? [s.strokeWidth * 4, s.strokeWidth * 3] : [])
    ctx.lineJoin = 'round'
    ctx.stroke()
    ctx.setLineDash([])
  }
  if (s.text === '' || zoom < LOD_ZOOM || s.id === dc.editingId) return
  const box = labelBox(s)
  const layout = dc.layouts.get(s.text, box.w, box.h)
  if (layout.fontSize * zoom < MIN_TEXT_PIXELS) return
  // Labels are dark ink: every fill is light, and on no fill the board behind is light.
  ctx.fillStyle = NOTE_INK
  ctx.font = `${layout.fontSize}px ${NOTE_FONT_FAMILY}`
  ctx.textBaseline = 'middle'
  ctx.textAlign = 'center'
  let y = box.y + (box.h - layout.lines.length * layout.lineHeight) / 2 + layout.lineHeight / 2
  for (const line of layout.lines) {
    ctx.fillText(line, box.x + box.w / 2, y)
    y += layout.lineHeight
  }
}
