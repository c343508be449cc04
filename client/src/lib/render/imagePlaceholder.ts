import type { ImagePrimitive } from '../../../../shared/picture/primitives.ts'

/** Below this zoom an image is a grey box and is not even loaded: detail would not show. */
export const IMAGE_LOD_ZOOM = 0.25
/** An image smaller than this many screen pixels either way is a grey box too. */
const MIN_IMAGE_PIXELS = 12

const BOX_FILL = '#dcdcd6'
const PLACEHOLDER_FILL = '#ecece8'
const PLACEHOLDER_LINE = '#a8a89e'

/** True when the screen shows this image as a plain grey box (zoomed out, or a few pixels). */
export function imageTooSmall(box: { w: number; h: number }, zoom: number): boolean {
  return zoom < IMAGE_LOD_ZOOM || Math.min(box.w, box.h) * zoom < MIN_IMAGE_PIXELS
}

/**
 * What the screen draws instead of an image: a grey box when it is too small to see ('tiny'),
 * a frame with a small landscape sign while it loads, crossed out when it cannot be loaded
 * ('failed'; the canvas backend draws the shared box that names it instead where it has one).
 * Board coordinates.
 */
export function drawImagePlaceholder(
  ctx: CanvasRenderingContext2D,
  el: ImagePrimitive,
  zoom: number,
  state: 'tiny' | 'loading' | 'failed',
): void {
  if (state === 'tiny') {
    ctx.fillStyle = BOX_FILL
    ctx.fillRect(el.x, el.y, el.w, el.h)
    return
  }
  ctx.fillStyle = PLACEHOLDER_FILL
  ctx.fillRect(el.x, el.y, el.w, el.h)
  ctx.strokeStyle = PLACEHOLDER_LINE
  ctx.lineWidth = 1.5 / zoom
  ctx.setLineDash([])
  ctx.strokeRect(el.x, el.y, el.w, el.h)

  // A small landscape sign in the middle: a sun and two hills.
  const size = Math.min(el.w, el.h, 64) * 0.6
  const cx = el.x + el.w / 2
  const cy = el.y + el.h / 2
  ctx.beginPath()
  ctx.moveTo(cx - size / 2, cy + size / 3)
  ctx.lineTo(cx - size / 6, cy - size / 6)
  ctx.lineTo(cx + size / 12, cy + size / 8)
  ctx.lineTo(cx + size / 4, cy)
  ctx.lineTo(cx + size / 2, cy + size / 3)
  ctx.closePath()
  ctx.fillStyle = PLACEHOLDER_LINE
  ctx.fill()
  ctx.beginPath()
  ctx.arc(cx + size / 4, cy - size / 4, size / 10, 0, Math.PI * 2)
  ctx.fill()

  if (state !== 'failed') return
  ctx.beginPath()
  ctx.moveTo(el.x, el.y)
  ctx.lineTo(el.x + el.w, el.y + el.h)
  ctx.moveTo(el.x + el.w, el.y)
  ctx.lineTo(el.x, el.y + el.h)
  ctx.stroke()
}
