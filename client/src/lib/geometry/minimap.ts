import { NOTE_COLORS, type BoardElement } from '../../../../shared/schema/index.ts'
import { visibleRect, type Camera } from './camera.ts'
import { unionRects, type Point, type Rect, type Size } from './geometry.ts'

/** How the minimap maps board units to its pixels: what it shows, and the scale. */
export interface MinimapFrame {
  /** The board rectangle the minimap shows. */
  world: Rect
  scale: number
  /** Offset that centres the world in the minimap, in minimap pixels. */
  offsetX: number
  offsetY: number
}

const OTHER = '#9a9a92'

/** Shows the whole board and the current view, whichever is larger, with a little margin. */
export function minimapFrame(
  boardBounds: Rect | null,
  camera: Camera,
  viewport: Size,
  size: Size,
): MinimapFrame {
  const view = visibleRect(camera, viewport)
  const all = unionRects(boardBounds ? [boardBounds, view] : [view]) ?? view
  const margin = Math.max(all.w, all.h) * 0.05
  const world = {
    x: all.x - margin,
    y: all.y - margin,
    w: all.w + 2 * margin,
    h: all.h + 2 * margin,
  }
  const scale = Math.min(size.width / Math.max(world.w, 1), size.height / Math.max(world.h, 1))
  return {
    world,
    scale,
    offsetX: (size.width - world.w * scale) / 2,
    offsetY: (size.height - world.h * scale) / 2,
  }
}

export function minimapToBoard(frame: MinimapFrame, p: Point): Point {
  return {
    x: frame.world.x + (p.x - frame.offsetX) / frame.scale,
    y: frame.world.y + (p.y - frame.offsetY) / frame.scale,
  }
}

export function boardToMinimap(frame: MinimapFrame, r: Rect): Rect {
  return {
    x: frame.offsetX + (r.x - frame.world.x) * frame.scale,
    y: frame.offsetY + (r.y - frame.world.y) * frame.scale,
    w: r.w * frame.scale,
    h: r.h * frame.scale,
  }
}

function fillOf(el: BoardElement): string {
  if (el.kind === 'note') return NOTE_COLORS[el.color]
  return OTHER
}

/**
 * Draws every element as a rectangle of at least one pixel, one path per colour (a few fill
 * calls for 10,000 elements instead of 10,000).
 */
export function drawMinimapElements(
  ctx: CanvasRenderingContext2D,
  frame: MinimapFrame,
  elements: readonly BoardElement[],
): void {
  const byColor = new Map<string, Path2D>()
  for (const el of elements) {
    if (el.kind === 'connector') continue
    const r = boardToMinimap(frame, el)
    const fill = fillOf(el)
    let path = byColor.get(fill)
    if (!path) {
      path = new Path2D()
      byColor.set(fill, path)
    }
    path.rect(r.x, r.y, Math.max(1, r.w), Math.max(1, r.h))
  }
  for (const [fill, path] of byColor) {
    ctx.fillStyle = fill
    ctx.fill(path)
  }
}
