import {
  GRID_SIZE,
  SNAP_PIXELS,
  snapMove,
  snapResize,
  type SnapGuide,
} from '../../../../shared/geometry/snap.ts'
import { MIN_ELEMENT_SIZE } from '../../../../shared/ops/index.ts'
import type { BoardElement } from '../../../../shared/schema/index.ts'
import { visibleRect, type Camera } from './camera.ts'
import { intersects, type Point, type Rect, type Size } from './geometry.ts'
import type { Handle } from './hitTest.ts'

/** Kinds whose bounds make no sensible snap target (a connector's box is not a line in it). */
const NOT_TARGETS = new Set(['connector', 'stroke'])

export interface SnapContext {
  camera: Camera
  viewport: Size
  elements: readonly BoardElement[]
  /** Snap to the grid when nothing else is near. */
  grid: boolean
}

/** Other elements in view: only what a person can see is worth aligning to. */
function targets(ctx: SnapContext, moving: ReadonlySet<string>): BoardElement[] {
  const view = visibleRect(ctx.camera, ctx.viewport)
  const out: BoardElement[] = []
  for (const el of ctx.elements) {
    if (!moving.has(el.id) && !NOT_TARGETS.has(el.type) && intersects(el, view)) out.push(el)
  }
  return out
}

function options(ctx: SnapContext): { grid: number; tolerance: number } {
  return { grid: ctx.grid ? GRID_SIZE : 0, tolerance: SNAP_PIXELS / ctx.camera.zoom }
}

/** Where a moved box (the bounds of everything moving) goes, and the guides to show. */
export function snapMovedBox(
  ctx: SnapContext,
  box: Rect,
  moving: ReadonlySet<string>,
): { at: Point; guides: SnapGuide[] } {
  const r = snapMove(box, targets(ctx, moving), options(ctx))
  return { at: { x: r.x, y: r.y }, guides: r.guides }
}

/** The rectangle of an element being resized by `handle`, snapped, and the guides to show. */
export function snapResizedRect(
  ctx: SnapContext,
  rect: Rect,
  handle: Handle,
  id: string,
): { rect: Rect; guides: SnapGuide[] } {
  const edges = {
    x: handle === 'nw' || handle === 'sw' ? ('start' as const) : ('end' as const),
    y: handle === 'nw' || handle === 'ne' ? ('start' as const) : ('end' as const),
  }
  const r = snapResize(rect, edges, targets(ctx, new Set([id])), options(ctx), MIN_ELEMENT_SIZE)
  return { rect: r.rect, guides: r.guides }
}

/**
 * The move (dx, dy) after snapping everything that moves as one box: `origins` are the moved
 * elements' top-left corners at the start of the drag, `bounds` gives their sizes.
 */
export function snappedMove(
  ctx: SnapContext,
  origins: ReadonlyMap<string, Point>,
  dx: number,
  dy: number,
  bounds: (id: string) => Rect | undefined,
): { dx: number; dy: number; guides: SnapGuide[] } {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const [id, o] of origins) {
    const b = bounds(id)
    if (!b) continue
    minX = Math.min(minX, o.x)
    minY = Math.min(minY, o.y)
    maxX = Math.max(maxX, o.x + b.w)
    maxY = Math.max(maxY, o.y + b.h)
  }
  if (minX === Infinity) return { dx, dy, guides: [] }
  const box = { x: minX + dx, y: minY + dy, w: maxX - minX, h: maxY - minY }
  const { at, guides } = snapMovedBox(ctx, box, new Set(origins.keys()))
  return { dx: at.x - minX, dy: at.y - minY, guides }
}
