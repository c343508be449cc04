import { segmentCrossesBox } from './elbowRoute.ts'
import type { Point, Rect } from './types.ts'

/**
 * A straight connector's way around the cards between its ends: when the line from `start` to
 * `end` runs through an obstacle, the shortest polyline that bends only at the corners of the
 * obstacles (grown by DETOUR_MARGIN) and crosses none of them. Pure and small: a visibility
 * graph over the corners of the obstacles near the line, searched with Dijkstra.
 */

/** How far a detour keeps from the cards it goes around (board units). */
export const DETOUR_MARGIN = 14
/**
 * The most obstacles a detour considers (nearest the line first): the graph grows with their
 * square, and a line through more cards than this is better left straight than drawn as a maze.
 */
export const DETOUR_MAX_OBSTACLES = 10
/** A detour longer than this many times the straight line is not worth it: the line stays. */
export const DETOUR_MAX_STRETCH = 2.5

function grown(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, w: r.w + 2 * by, h: r.h + 2 * by }
}

function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y)
}

function contains(r: Rect, p: Point): boolean {
  return p.x > r.x && p.x < r.x + r.w && p.y > r.y && p.y < r.y + r.h
}

/** How far the rectangle's centre lies from the segment: nearer obstacles are kept first. */
function distanceToSegment(r: Rect, a: Point, b: Point): number {
  const c = { x: r.x + r.w / 2, y: r.y + r.h / 2 }
  const dx = b.x - a.x
  const dy = b.y - a.y
  const len2 = dx * dx + dy * dy
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((c.x - a.x) * dx + (c.y - a.y) * dy) / len2))
  return distance(c, { x: a.x + t * dx, y: a.y + t * dy })
}

/** The area worth searching for obstacles of the line `start`–`end`: its box, grown. */
export function detourArea(start: Point, end: Point): Rect {
  const x = Math.min(start.x, end.x)
  const y = Math.min(start.y, end.y)
  const pad = Math.max(80, 0.3 * distance(start, end))
  return grown({ x, y, w: Math.abs(end.x - start.x), h: Math.abs(end.y - start.y) }, pad)
}

/**
 * The bend points of a way from `start` to `end` around `obstacles` (empty: the straight line
 * is clear), or null when there is none worth drawing (no way, or far longer than the line).
 * Obstacles holding either end are ignored: a line cannot leave a card it starts under.
 */
export function detour(start: Point, end: Point, obstacles: readonly Rect[]): Point[] | null {
  const blocking = obstacles
    .map((r) => grown(r, DETOUR_MARGIN - 1))
    .filter((r) => !contains(r, start) && !contains(r, end))
  const crossed = (a: Point, b: Point, boxes: readonly Rect[]): boolean =>
    boxes.some((box) => segmentCrossesBox(a, b, box))
  if (!crossed(start, end, blocking)) return []
  const near = blocking
    .slice()
    .sort((a, b) => distanceToSegment(a, start, end) - distanceToSegment(b, start, end))
    .slice(0, DETOUR_MAX_OBSTACLES)

  // Nodes: the ends and each obstacle's corners, one unit outside its grown box.
  const nodes: Point[] = [start, end]
  for (const r of near) {
    const g = grown(r, 1)
    for (const p of [
      { x: g.x, y: g.y },
      { x: g.x + g.w, y: g.y },
      { x: g.x, y: g.y + g.h },
      { x: g.x + g.w, y: g.y + g.h },
    ]) {
      if (!near.some((o) => contains(o, p))) nodes.push(p)
    }
  }
  const limit = DETOUR_MAX_STRETCH * distance(start, end)
  // Dijkstra over the visibility graph; edges are tested when a node is settled.
  const best = new Array<number>(nodes.length).fill(Infinity)
  const previous = new Array<number>(nodes.length).fill(-1)
  const settled = new Array<boolean>(nodes.length).fill(false)
  best[0] = 0
  for (;;) {
    let u = -1
    for (let i = 0; i < nodes.length; i++) {
      if (!settled[i] && best[i]! < Infinity && (u === -1 || best[i]! < best[u]!)) u = i
    }
    if (u === -1 || best[u]! > limit) return null
    if (u === 1) break
    settled[u] = true
    const from = nodes[u]!
    for (let v = 0; v < nodes.length; v++) {
      if (settled[v] || v === u) continue
      const to = nodes[v]!
      const d = best[u]! + distance(from, to)
      if (d >= best[v]! || crossed(from, to, near)) continue
      best[v] = d
      previous[v] = u
    }
  }
  const bends: Point[] = []
  for (let i = previous[1]!; i > 0; i = previous[i]!) bends.unshift(nodes[i]!)
  return bends
}
