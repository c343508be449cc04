import type { ConnectorPath } from '../../../../shared/geometry/connectorPath.ts'
import type { BoardElement, Connector } from '../../../../shared/schema/index.ts'
import { boardToScreen, type Camera } from '../geometry/camera.ts'
import { canvasFont } from '../font/appFont.ts'
import { STANDARD_PALETTE, type CanvasPalette } from './palette.ts'

/**
 * What the board's domain adds over the drawn board for this person: warning markers on the
 * cards a check points at, and a veil over the cards and connectors the ecosystem filter hides.
 * Drawn each frame above the cached picture, so a filter change never rebuilds it.
 */
export interface DomainOverlay {
  warned: ReadonlySet<string>
  dimmed: ReadonlySet<string>
}

/** The board's background, laid thinly over what the filter hides: dimmed, still readable. */
const VEIL = 'rgba(247, 247, 244, 0.78)'
/**
 * A marker's size on screen: MARKER_SCALE board units, never smaller than MARKER_MIN CSS pixels
 * (zoomed out it stays visible and its "!" legible, 12 px bold) nor larger than MARKER_MAX.
 */
export const MARKER_SCALE = 26
export const MARKER_MIN = 20
export const MARKER_MAX = 32

/** The marker's height in CSS pixels at `zoom`. */
export function markerSize(zoom: number): number {
  return Math.min(MARKER_MAX, Math.max(MARKER_MIN, MARKER_SCALE * zoom))
}

function strokePath(ctx: CanvasRenderingContext2D, camera: Camera, path: ConnectorPath): void {
  ctx.beginPath()
  path.points.forEach((p, i) => {
    const s = boardToScreen(camera, p)
    if (i === 0) ctx.moveTo(s.x, s.y)
    else ctx.lineTo(s.x, s.y)
  })
  ctx.stroke()
}

/**
 * A warning triangle with an exclamation mark at the card's top-right corner and a dashed
 * outline around it: shape and pattern as well as colour (WCAG 1.4.1). The triangle and the
 * outline are 7:1 against a white card and the board, the "!" 7:1 against the triangle.
 */
function drawMarker(
  ctx: CanvasRenderingContext2D,
  box: { x: number; y: number; w: number; h: number },
  size: number,
  palette: CanvasPalette,
): void {
  const { x, y, w, h } = box
  ctx.strokeStyle = palette.warning
  ctx.lineWidth = 2
  ctx.setLineDash([6, 4])
  ctx.strokeRect(x - 5, y - 5, w + 10, h + 10)
  ctx.setLineDash([])
  const cx = x + w
  const top = y - size / 2 - 4
  ctx.beginPath()
  ctx.moveTo(cx, top)
  ctx.lineTo(cx + size / 2 + 2, top + size)
  ctx.lineTo(cx - size / 2 - 2, top + size)
  ctx.closePath()
  ctx.fillStyle = palette.warning
  ctx.fill()
  ctx.lineWidth = 1.5
  ctx.strokeStyle = palette.warningInk
  ctx.stroke()
  ctx.fillStyle = palette.warningInk
  ctx.font = canvasFont(Math.round(size * 0.62), 700)
  ctx.textAlign = 'center'
  ctx.textBaseline = 'alphabetic'
  ctx.fillText('!', cx, top + size - size * 0.14)
}

/** Draws the overlay in screen space (CSS pixels times the device ratio already applied). */
export function drawDomainOverlay(
  ctx: CanvasRenderingContext2D,
  camera: Camera,
  overlay: DomainOverlay,
  visible: readonly BoardElement[],
  connectorPath?: (connector: Connector) => ConnectorPath | null,
  palette: CanvasPalette = STANDARD_PALETTE,
): void {
  if (overlay.dimmed.size === 0 && overlay.warned.size === 0) return
  const { zoom } = camera
  ctx.save()
  if (overlay.dimmed.size > 0) {
    ctx.fillStyle = VEIL
    ctx.strokeStyle = VEIL
    ctx.lineCap = 'round'
    ctx.lineJoin = 'round'
    for (const el of visible) {
      if (!overlay.dimmed.has(el.id)) continue
      if (el.kind === 'connector') {
        const path = connectorPath?.(el)
        if (!path) continue
        ctx.lineWidth = el.strokeWidth * zoom + 14
        strokePath(ctx, camera, path)
      } else {
        const s = boardToScreen(camera, el)
        ctx.fillRect(s.x - 2, s.y - 2, el.w * zoom + 4, el.h * zoom + 4)
      }
    }
  }
  const size = markerSize(zoom)
  for (const el of visible) {
    if (!overlay.warned.has(el.id) || el.kind === 'connector') continue
    const s = boardToScreen(camera, el)
    drawMarker(ctx, { x: s.x, y: s.y, w: el.w * zoom, h: el.h * zoom }, size, palette)
  }
  ctx.restore()
}
