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
import { simplifyPolyline } from './polyline.ts'
import type { Point, Rect } from './types.ts'

/** What a bound end needs to know about its element right now. */
export interface EndTarget {
  rect: Rect
  shape: OutlineShape
}

/** Looks an element up by id; undefined when it is missing (deleted, not yet synced). */
export type ResolveTarget = (id: string) => EndTarget | undefined

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
 * stored, or both ends fall on the same point.
 */
export function connectorPath(
  connector: ConnectorGeometryInput,
  resolve: ResolveTarget,
): ConnectorPath | null {
  let from = resolveEnd(connector.from, resolve)
  let to = resolveEnd(connector.to, resolve)
  if (from === null || to === null) return null
  const dangling = from === 'dangling' || to === 'dangling'
  if (from === 'dangling') from = lastKnown(connector.from)
  if (to === 'dangling') to = lastKnown(connector.to)

  const points = connector.routing === 'elbow' ? elbowPoints(from, to) : straightPoints(from, to)
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

function straightPoints(from: ResolvedEnd, to: ResolvedEnd): Point[] {
  return [endpoint(from, to), endpoint(to, from)]
}

function elbowPoints(from: ResolvedEnd, to: ResolvedEnd): Point[] {
  const sides = autoSides(from, to)
  return elbowRoute(elbowEnd(from, to, sides[0]), elbowEnd(to, from, sides[1]))
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
