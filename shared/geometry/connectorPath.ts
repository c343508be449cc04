import { isBoundEnd, type ConnectorEnd, type ConnectorRouting } from '../schema/connector.ts'
import { elbowRoute, type ElbowEnd } from './elbowRoute.ts'
import {
  anchorPoint,
  centerOf,
  facingSides,
  outlineExit,
  sideFacing,
  sideMidpoint,
  type OutlineShape,
  type Side,
} from './outline.ts'
import { detour, detourArea } from './detour.ts'
import { simplifyPolyline } from './polyline.ts'
import type { Point, Rect } from './types.ts'

/** What a bound end needs to know about its element right now. */
export interface EndTarget {
  rect: Rect
  shape: OutlineShape
}

/** Looks an element up by id; undefined when it is missing (deleted, not yet synced). */
export type ResolveTarget = (id: string) => EndTarget | undefined

/**
 * The cards (and notes) lying in `area` that a connector should not run through; the caller
 * may include the connector's own ends, which are left out here.
 */
export type FindObstacles = (area: Rect) => readonly Rect[]

export interface ConnectorGeometryInput {
  from: ConnectorEnd
  to: ConnectorEnd
  routing: ConnectorRouting
}

export interface ConnectorPath {
  /** From the start to the end, at least two points. */
  points: Point[]
  /** An end's element is missing: that end is drawn at its last known point. */
  dangling: boolean
}

/** An end after looking up its element: a free point, or a box (with an anchor). */
type ResolvedEnd =
  { kind: 'point'; point: Point } | { kind: 'box'; target: EndTarget; anchor: Point | null }

function resolveEnd(end: ConnectorEnd, resolve: ResolveTarget): ResolvedEnd | 'dangling' | null {
  if (!isBoundEnd(end)) return { kind: 'point', point: { x: end.x, y: end.y } }
  const target = resolve(end.elementId)
  if (target) return { kind: 'box', target, anchor: end.anchor === 'auto' ? null : end.anchor }
  return end.x !== undefined && end.y !== undefined ? 'dangling' : null
}

/** The point the other end aims at: a free point, an anchor, or the element's centre. */
function aimPoint(end: ResolvedEnd): Point {
  if (end.kind === 'point') return end.point
  const { rect, shape } = end.target
  return end.anchor ? anchorPoint(rect, shape, end.anchor) : centerOf(rect)
}

/**
 * The connector's path from its ends and the current bounds of the elements they are bound to.
 * Returns null when it cannot be drawn: a bound element is missing and no last known point was
 * stored, or both ends fall on the same point. With `obstacles`, a straight connector whose line
 * would run through another card goes around it where a way exists (detour.ts), and an elbow
 * connector prefers a route that crosses none.
 */
export function connectorPath(
  connector: ConnectorGeometryInput,
  resolve: ResolveTarget,
  obstacles?: FindObstacles,
): ConnectorPath | null {
  let from = resolveEnd(connector.from, resolve)
  let to = resolveEnd(connector.to, resolve)
  if (from === null || to === null) return null
  const dangling = from === 'dangling' || to === 'dangling'
  if (from === 'dangling') from = lastKnown(connector.from)
  if (to === 'dangling') to = lastKnown(connector.to)

  const points =
    connector.routing === 'elbow'
      ? elbowPoints(from, to, obstacles)
      : straightPoints(from, to, obstacles)
  const clean = simplifyPolyline(points)
  if (clean.length < 2) return null
  return { points: clean, dangling }
}

function lastKnown(end: ConnectorEnd): ResolvedEnd {
  return { kind: 'point', point: { x: end.x ?? 0, y: end.y ?? 0 } }
}

function endpoint(end: ResolvedEnd, other: ResolvedEnd): Point {
  if (end.kind === 'point') return end.point
  const { rect, shape } = end.target
  if (end.anchor) return anchorPoint(rect, shape, end.anchor)
  return outlineExit(rect, shape, aimPoint(other))
}

/** The obstacles in `area` other than the connector's own ends. */
function othersIn(
  area: Rect,
  from: ResolvedEnd,
  to: ResolvedEnd,
  obstacles: FindObstacles,
): readonly Rect[] {
  const own = (r: Rect, end: ResolvedEnd): boolean =>
    end.kind === 'box' &&
    (r === end.target.rect ||
      (r.x === end.target.rect.x &&
        r.y === end.target.rect.y &&
        r.w === end.target.rect.w &&
        r.h === end.target.rect.h))
  return obstacles(area).filter((r) => !own(r, from) && !own(r, to))
}

/** Where an end leaves its box towards `toward`: its anchor if pinned, else the outline. */
function exitToward(end: ResolvedEnd, toward: Point, fallback: Point): Point {
  if (end.kind !== 'box' || end.anchor) return fallback
  return outlineExit(end.target.rect, end.target.shape, toward)
}

function straightPoints(
  from: ResolvedEnd,
  to: ResolvedEnd,
  obstacles: FindObstacles | undefined,
): Point[] {
  const a = endpoint(from, to)
  const b = endpoint(to, from)
  if (!obstacles) return [a, b]
  const others = othersIn(detourArea(a, b), from, to, obstacles)
  if (others.length === 0) return [a, b]
  const bends = detour(a, b, others)
  const first = bends?.[0]
  const last = bends?.[bends.length - 1]
  if (!bends || !first || !last) return [a, b]
  // Each end leaves its card towards its first bend, not towards the other card.
  return [exitToward(from, first, a), ...bends, exitToward(to, last, b)]
}

function elbowPoints(
  from: ResolvedEnd,
  to: ResolvedEnd,
  obstacles: FindObstacles | undefined,
): Point[] {
  const sides = autoSides(from, to)
  const start = elbowEnd(from, to, sides[0])
  const end = elbowEnd(to, from, sides[1])
  const avoid = obstacles ? othersIn(detourArea(start.point, end.point), from, to, obstacles) : []
  return elbowRoute(start, end, avoid)
}

/** Sides for auto ends: two boxes face each other; a box faces a free point. */
function autoSides(from: ResolvedEnd, to: ResolvedEnd): [Side | null, Side | null] {
  if (from.kind === 'box' && to.kind === 'box') {
    return facingSides(from.target.rect, to.target.rect)
  }
  return [
    from.kind === 'box' ? sideFacing(from.target.rect, aimPoint(to)) : null,
    to.kind === 'box' ? sideFacing(to.target.rect, aimPoint(from)) : null,
  ]
}

function elbowEnd(end: ResolvedEnd, other: ResolvedEnd, autoSide: Side | null): ElbowEnd {
  if (end.kind === 'point') return { point: end.point, side: null, box: null }
  const { rect, shape } = end.target
  if (end.anchor) {
    const point = anchorPoint(rect, shape, end.anchor)
    return { point, side: sideFacing(rect, point), box: rect }
  }
  const side = autoSide ?? sideFacing(rect, aimPoint(other))
  return { point: sideMidpoint(rect, side), side, box: rect }
}
