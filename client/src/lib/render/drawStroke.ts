import { INK_COLORS, type Stroke } from '../../../../shared/schema/index.ts'
import { strokeTransform } from '../board/strokeGeometry.ts'
import type { DrawContext } from './drawElements.ts'
import { strokeOutline } from './strokeOutline.ts'

/** A pen stroke: its smoothed outline filled in its ink, scaled to its current bounds. */
export function drawStroke(dc: DrawContext, stroke: Stroke): void {
  const { ctx } = dc
  const outline = strokeOutline(stroke)
  const { sx, sy } = strokeTransform(stroke)
  ctx.save()
  ctx.translate(stroke.x, stroke.y)
  ctx.scale(sx, sy)
  ctx.fillStyle = INK_COLORS[stroke.color]
  ctx.beginPath()
  const first = outline[0]
  if (first) {
    ctx.moveTo(first[0] as number, first[1] as number)
    for (let i = 1; i < outline.length; i++) {
      const p = outline[i] as number[]
      ctx.lineTo(p[0] as number, p[1] as number)
    }
    ctx.closePath()
    ctx.fill()
  }
  ctx.restore()
}
