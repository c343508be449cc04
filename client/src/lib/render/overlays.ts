import type { SnapGuide } from '../../../../shared/geometry/snap.ts'
import type { BoardElement } from '../../../../shared/schema/index.ts'
import type { Camera } from '../geometry/camera.ts'
import type { Rect } from '../geometry/geometry.ts'

/** What is drawn over the board in screen space for navigation: marquee, guides, search hits. */
export interface NavigationOverlay {
  /** The selection rectangle being dragged, in board units. */
  marquee?: Rect | null
  /** Snap guides while moving or resizing, in board units. */
  guides?: readonly SnapGuide[]
  /** Search matches to highlight, and the one the search is on. */
  matches?: ReadonlySet<string>
  currentMatch?: string | null
}

const MARQUEE_FILL = 'rgba(27, 79, 160, 0.08)'
const MARQUEE_LINE = '#1b4fa0'
const GUIDE = '#d0197a'
/** Search highlights: an amber ring, strong enough on every note colour (3:1 against them). */
const MATCH = '#b35c00'
const CURRENT_MATCH = '#7a2e00'

/** Draws the overlay; the context is in screen pixels (CSS pixels times the device ratio). */
export function drawNavigationOverlay(
  ctx: CanvasRenderingContext2D,
  camera: Camera,
  overlay: NavigationOverlay,
  visible: readonly BoardElement[],
): void {
  const { zoom } = camera
  const sx = (x: number): number => (x - camera.x) * zoom
  const sy = (y: number): number => (y - camera.y) * zoom

  if (overlay.matches && overlay.matches.size > 0) {
    for (const el of visible) {
      if (!overlay.matches.has(el.id)) continue
      const current = el.id === overlay.currentMatch
      ctx.strokeStyle = current ? CURRENT_MATCH : MATCH
      ctx.lineWidth = current ? 4 : 2.5
      const pad = current ? 6 : 4
      ctx.strokeRect(sx(el.x) - pad, sy(el.y) - pad, el.w * zoom + 2 * pad, el.h * zoom + 2 * pad)
    }
  }

  const guides = overlay.guides ?? []
  if (guides.length > 0) {
    ctx.strokeStyle = GUIDE
    ctx.lineWidth = 1
    ctx.setLineDash([4, 3])
    ctx.beginPath()
    for (const g of guides) {
      // Half-pixel offset: a 1 px line on a pixel boundary would be smeared over two.
      if (g.axis === 'x') {
        const x = Math.round(sx(g.at)) + 0.5
        ctx.moveTo(x, sy(g.from) - 8)
        ctx.lineTo(x, sy(g.to) + 8)
      } else {
        const y = Math.round(sy(g.at)) + 0.5
        ctx.moveTo(sx(g.from) - 8, y)
        ctx.lineTo(sx(g.to) + 8, y)
      }
    }
    ctx.stroke()
    ctx.setLineDash([])
  }

  const m = overlay.marquee
  if (m) {
    const x = Math.round(sx(m.x)) + 0.5
    const y = Math.round(sy(m.y)) + 0.5
    const w = Math.round(m.w * zoom)
    const h = Math.round(m.h * zoom)
    ctx.fillStyle = MARQUEE_FILL
    ctx.fillRect(x, y, w, h)
    ctx.strokeStyle = MARQUEE_LINE
    ctx.lineWidth = 1
    ctx.strokeRect(x, y, w, h)
  }
}
