import type { ConnectorPath } from '../../../../shared/geometry/connectorPath.ts'
import { boardToScreen, type Camera } from '../geometry/camera.ts'
import { END_HANDLE_RADIUS, endHandlePositions } from '../geometry/connectorHandles.ts'

const SELECTION = '#1b4fa0'
const HALO = 'rgba(27, 79, 160, 0.22)'

/**
 * A selected connector in screen coordinates: a halo along its path and, when it can be edited,
 * a round handle at each end to drag it to another element.
 */
export function drawConnectorSelection(
  ctx: CanvasRenderingContext2D,
  camera: Camera,
  path: ConnectorPath,
  strokeWidth: number,
  showHandles: boolean,
): void {
  ctx.save()
  ctx.strokeStyle = HALO
  ctx.lineWidth = strokeWidth * camera.zoom + 8
  ctx.lineCap = 'round'
  ctx.lineJoin = 'round'
  ctx.beginPath()
  path.points.forEach((p, i) => {
    const s = boardToScreen(camera, p)
    if (i === 0) ctx.moveTo(s.x, s.y)
    else ctx.lineTo(s.x, s.y)
  })
  ctx.stroke()
  if (showHandles) {
    ctx.lineWidth = 2
    ctx.strokeStyle = SELECTION
    ctx.fillStyle = '#ffffff'
    for (const c of Object.values(endHandlePositions(camera, path))) {
      ctx.beginPath()
      ctx.arc(c.x, c.y, END_HANDLE_RADIUS, 0, Math.PI * 2)
      ctx.fill()
      ctx.stroke()
    }
  }
  ctx.restore()
}

/** The element a connector end would bind to: outlined while dragging over it. */
export function drawBindTarget(
  ctx: CanvasRenderingContext2D,
  camera: Camera,
  rect: { x: number; y: number; w: number; h: number },
): void {
  const tl = boardToScreen(camera, rect)
  ctx.save()
  ctx.strokeStyle = SELECTION
  ctx.lineWidth = 3
  ctx.setLineDash([6, 4])
  ctx.strokeRect(tl.x - 4, tl.y - 4, rect.w * camera.zoom + 8, rect.h * camera.zoom + 8)
  ctx.restore()
}
