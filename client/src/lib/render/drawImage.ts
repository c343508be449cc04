import type { ImageElement } from '../../../../shared/schema/index.ts'
import type { ImageSource } from './imageCache.ts'

/** Below this zoom an image is a grey box and is not even loaded: detail would not show. */
export const IMAGE_LOD_ZOOM = 0.25
/** An image smaller than this many screen pixels either way is a grey box too. */
const MIN_IMAGE_PIXELS = 12

const BOX_FILL = '#dcdcd6'
const PLACEHOLDER_FILL = '#ecece8'
const PLACEHOLDER_LINE = '#a8a89e'

/**
 * Draws an image element: the picture once it is loaded, a neutral placeholder (a frame with a
 * small landscape sign) while it loads or when it cannot be loaded (then crossed out), and at
 * low zoom just a grey box. Board coordinates; the context is already transformed.
 */
export function drawImage(
  ctx: CanvasRenderingContext2D,
  zoom: number,
  el: ImageElement,
  images: ImageSource | undefined,
): void {
  const small = Math.min(el.w, el.h) * zoom < MIN_IMAGE_PIXELS
  if (zoom < IMAGE_LOD_ZOOM || small || !images) {
    ctx.fillStyle = BOX_FILL
    ctx.fillRect(el.x, el.y, el.w, el.h)
    return
  }
  const state = images.get(el.asset)
  if (state.status === 'ready') {
    ctx.drawImage(state.image, el.x, el.y, el.w, el.h)
    return
  }
  drawPlaceholder(ctx, zoom, el, state.status === 'failed')
}

function drawPlaceholder(
  ctx: CanvasRenderingContext2D,
  zoom: number,
  el: ImageElement,
  failed: boolean,
): void {
  ctx.fillStyle = PLACEHOLDER_FILL
  ctx.fillRect(el.x, el.y, el.w, el.h)
  ctx.strokeStyle = PLACEHOLDER_LINE
  ctx.lineWidth = 1.5 / zoom
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

  if (failed) {
    ctx.beginPath()
    ctx.moveTo(el.x, el.y)
    ctx.lineTo(el.x + el.w, el.y + el.h)
    ctx.moveTo(el.x + el.w, el.y)
    ctx.lineTo(el.x, el.y + el.h)
    ctx.stroke()
  }
}
