/**
 * Snapping while moving and resizing: to other elements' edges and centres, else to a grid.
 * Pure geometry in board units; the caller converts its screen tolerance with the zoom.
 */

export interface SnapRect {
  x: number
  y: number
  w: number
  h: number
}

/**
 * A guide line to draw while something snaps. `axis: 'x'` is a vertical line at x = `at`
 * from y = `from` to y = `to`; `axis: 'y'` a horizontal one at y = `at`.
 */
export interface SnapGuide {
  axis: 'x' | 'y'
  at: number
  from: number
  to: number
}

export interface SnapOptions {
  /** Grid spacing in board units; 0 turns grid snapping off. */
  grid: number
  /** How close (board units) an edge or centre must come to another one to snap to it. */
  tolerance: number
}

/**
 * Grid spacing in board units. 20 divides the three note sizes (120, 180, 260) and the
 * background dot spacing at 100 % (40), so snapped notes line up with each other and the dots.
 */
export const GRID_SIZE = 20
/** Element snapping reaches this many screen pixels; divide by the zoom for board units. */
export const SNAP_PIXELS = 6

/** The lines of a rectangle on one axis: start edge, centre, end edge. */
function lines(r: SnapRect, axis: 'x' | 'y'): [number, number, number] {
  const start = axis === 'x' ? r.x : r.y
  const size = axis === 'x' ? r.w : r.h
  return [start, start + size / 2, start + size]
}

function span(r: SnapRect, axis: 'x' | 'y'): [number, number] {
  // The extent across the guide: a vertical guide (x) runs along y.
  return axis === 'x' ? [r.y, r.y + r.h] : [r.x, r.x + r.w]
}

interface AxisSnap {
  /** Correction to add on this axis. */
  delta: number
  guides: SnapGuide[]
}

/**
 * Best correction for the `moving` lines (values on one axis) against the candidates' lines:
 * the smallest one within the tolerance, with a guide for every line it makes coincide.
 */
function snapAxis(
  moving: readonly number[],
  movingRect: SnapRect,
  candidates: readonly SnapRect[],
  axis: 'x' | 'y',
  tolerance: number,
): AxisSnap | null {
  let best = Infinity
  for (const c of candidates) {
    for (const target of lines(c, axis)) {
      for (const m of moving) {
        const d = target - m
        if (Math.abs(d) <= tolerance && Math.abs(d) < Math.abs(best)) best = d
      }
    }
  }
  if (best === Infinity) return null
  // Guides: every candidate line that now coincides with a moved line.
  const snappedLines = moving.map((m) => m + best)
  const byLine = new Map<number, [number, number]>()
  const [ownFrom, ownTo] = span(shift(movingRect, axis, best), axis)
  for (const c of candidates) {
    for (const target of lines(c, axis)) {
      if (!snappedLines.some((m) => Math.abs(m - target) < 1e-6)) continue
      const [from, to] = span(c, axis)
      const seen = byLine.get(target) ?? [ownFrom, ownTo]
      byLine.set(target, [Math.min(seen[0], from), Math.max(seen[1], to)])
    }
  }
  const guides = [...byLine].map(([at, [from, to]]) => ({ axis, at, from, to }))
  return { delta: best, guides }
}

function shift(r: SnapRect, axis: 'x' | 'y', d: number): SnapRect {
  return axis === 'x' ? { ...r, x: r.x + d } : { ...r, y: r.y + d }
}

function toGrid(v: number, grid: number): number {
  return Math.round(v / grid) * grid
}

export interface SnapMoveResult {
  /** Where the moved box's top-left corner goes. */
  x: number
  y: number
  guides: SnapGuide[]
}

/**
 * Snaps a box being moved (the bounds of the whole selection). Per axis, an edge or centre
 * within the tolerance of another element's edge or centre wins; otherwise the box's top-left
 * corner goes to the grid.
 */
export function snapMove(
  box: SnapRect,
  candidates: readonly SnapRect[],
  options: SnapOptions,
): SnapMoveResult {
  const result: SnapMoveResult = { x: box.x, y: box.y, guides: [] }
  for (const axis of ['x', 'y'] as const) {
    const hit = snapAxis(lines(box, axis), box, candidates, axis, options.tolerance)
    const start = axis === 'x' ? box.x : box.y
    let snapped = start
    if (hit) {
      snapped = start + hit.delta
      result.guides.push(...hit.guides)
    } else if (options.grid > 0) {
      snapped = toGrid(start, options.grid)
    }
    result[axis] = snapped
  }
  return result
}

/** Which edges a resize moves: one per axis. */
export interface ResizeEdges {
  x: 'start' | 'end'
  y: 'start' | 'end'
}

export interface SnapResizeResult {
  rect: SnapRect
  guides: SnapGuide[]
}

/**
 * Snaps the moving edges of a rectangle being resized to other elements' edges and centres,
 * else to the grid. The opposite edges stay where they are; sizes never go below `minSize`.
 */
export function snapResize(
  rect: SnapRect,
  edges: ResizeEdges,
  candidates: readonly SnapRect[],
  options: SnapOptions,
  minSize = 1,
): SnapResizeResult {
  let { x, y, w, h } = rect
  const guides: SnapGuide[] = []
  for (const axis of ['x', 'y'] as const) {
    const start = axis === 'x' ? x : y
    const size = axis === 'x' ? w : h
    const edge = edges[axis] === 'start' ? start : start + size
    const probe = axis === 'x' ? { x: edge, y, w: 0, h } : { x, y: edge, w, h: 0 }
    const hit = snapAxis([edge], probe, candidates, axis, options.tolerance)
    let snapped = edge
    if (hit) snapped = edge + hit.delta
    else if (options.grid > 0) snapped = toGrid(edge, options.grid)
    const newStart = edges[axis] === 'start' ? Math.min(snapped, start + size - minSize) : start
    const newEnd = edges[axis] === 'start' ? start + size : Math.max(snapped, start + minSize)
    // A snap the minimum size overrules is no snap: no guide for it.
    if (hit && (edges[axis] === 'start' ? newStart : newEnd) === snapped) {
      guides.push(...hit.guides)
    }
    if (axis === 'x') {
      x = newStart
      w = newEnd - newStart
    } else {
      y = newStart
      h = newEnd - newStart
    }
  }
  return { rect: { x, y, w, h }, guides }
}
