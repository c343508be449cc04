import type { ConnectorPath } from '../../../../shared/geometry/connectorPath.ts'
import type { BoardElement, Connector } from '../../../../shared/schema/index.ts'
import { boardToScreen, type Camera } from '../geometry/camera.ts'
import { canvasFont } from '../font/appFont.ts'

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
/** Dark amber: 4.5:1 on the board and on white cards, so the marker is not lost on any card. */
const WARNING = '#9a4a00'
const MARKER = 22

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
 * outline around it: shape and pattern as well as colour (WCAG 1.4.1).
 */
function drawMarker(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) {
  ctx.strokeStyle = WARNING
  ctx.lineWidth = 2
  ctx.setLineDash([6, 4])
  ctx.strokeRect(x - 5, y - 5, w + 10, h + 10)
  ctx.setLineDash([])
  const cx = x + w
  const top = y - MARKER / 2 - 4
  ctx.beginPath()
  ctx.moveTo(cx, top)
  ctx.lineTo(cx + MARKER / 2 + 2, top + MARKER)
  ctx.lineTo(cx - MARKER / 2 - 2, top + MARKER)
  ctx.closePath()
  ctx.fillStyle = WARNING
  ctx.fill()
  ctx.lineWidth = 1.5
  ctx.strokeStyle = '#ffffff'
  ctx.stroke()
  ctx.fillStyle = '#ffffff'
  ctx.font = canvasFont(Math.round(MARKER * 0.62), 700)
  ctx.textAlign = 'center'
  ctx.textBaseline = 'alphabetic'
  ctx.fillText('!', cx, top + MARKER - 3)
}

/** Draws the overlay in screen space (CSS pixels times the device ratio already applied). */
export function drawDomainOverlay(
  ctx: CanvasRenderingContext2D,
  camera: Camera,
  overlay: DomainOverlay,
  visible: readonly BoardElement[],
  connectorPath?: (connector: Connector) => ConnectorPath | null,
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
  for (const el of visible) {
    if (!overlay.warned.has(el.id) || el.kind === 'connector') continue
    const s = boardToScreen(camera, el)
    drawMarker(ctx, s.x, s.y, el.w * zoom, el.h * zoom)
  }
  ctx.restore()
}
