import type * as Y from 'yjs'
import { readBase, readText, type ElementBase, type UnknownElement } from './element.ts'
import { INK_COLORS, isInkColor, oneOfOr, type InkColor } from './palette.ts'
import { isRelationKind, type RelationKind } from '../vocabulary/relationKinds.ts'

/**
 * Connectors: arrows and lines between elements (or free points). The path is never stored:
 * it is derived from the ends and the bound elements' current bounds whenever it is drawn, so
 * moving or resizing an element needs no write to the connectors bound to it.
 */

/** Where on its element a bound end sits: 'auto' aims at the other end, else a relative point. */
export type ConnectorAnchor = 'auto' | { x: number; y: number }

/**
 * A bound end follows its element. `x`, `y` are the point where the end was when it was last
 * written: drawn as a fallback while the element is missing (deleted by a concurrent edit).
 */
export interface BoundEnd {
  elementId: string
  anchor: ConnectorAnchor
  x?: number
  y?: number
}

/** A free end sits at a board point. */
export interface FreeEnd {
  x: number
  y: number
}

export type ConnectorEnd = BoundEnd | FreeEnd

export const CONNECTOR_ROUTINGS = ['straight', 'elbow'] as const
export type ConnectorRouting = (typeof CONNECTOR_ROUTINGS)[number]

export const ARROWHEADS = ['none', 'arrow', 'triangle', 'dot', 'diamond'] as const
export type Arrowhead = (typeof ARROWHEADS)[number]

export const STROKE_STYLES = ['solid', 'dashed'] as const
export type StrokeStyle = (typeof STROKE_STYLES)[number]

/** Line colours: the ink palette shapes, text and pen strokes use too. */
export const CONNECTOR_COLORS = INK_COLORS
export type ConnectorColor = InkColor
export const DEFAULT_CONNECTOR_COLOR: ConnectorColor = 'ink'

export const CONNECTOR_WIDTH_MIN = 1
export const CONNECTOR_WIDTH_MAX = 16
export const DEFAULT_CONNECTOR_WIDTH = 2
/** Longest label a connector keeps. */
export const CONNECTOR_LABEL_MAX = 500

export interface Connector extends ElementBase {
  kind: 'connector'
  type: 'connector'
  from: ConnectorEnd
  to: ConnectorEnd
  routing: ConnectorRouting
  startArrowhead: Arrowhead
  endArrowhead: Arrowhead
  stroke: ConnectorColor
  strokeWidth: number
  strokeStyle: StrokeStyle
  /** The label (a Y.Text under `text`), '' for none. */
  text: string
  /**
   * Present when the connector is a relation between actors (see relation.ts): its kind. A
   * relation without a label of its own shows the kind's name.
   */
  relationKind?: RelationKind
}

export function isBoundEnd(end: ConnectorEnd): end is BoundEnd {
  return 'elementId' in end
}

function isFiniteCoordinate(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 1e7
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function readAnchor(v: unknown): ConnectorAnchor {
  if (isRecord(v) && isFiniteCoordinate(v.x) && isFiniteCoordinate(v.y)) {
    return { x: Math.min(1, Math.max(0, v.x)), y: Math.min(1, Math.max(0, v.y)) }
  }
  return 'auto'
}

/** Reads one end as stored (plain JSON); null when it is neither a bound nor a free end. */
export function readConnectorEnd(v: unknown): ConnectorEnd | null {
  if (!isRecord(v)) return null
  if (typeof v.elementId === 'string' && v.elementId !== '') {
    const end: BoundEnd = { elementId: v.elementId, anchor: readAnchor(v.anchor) }
    if (isFiniteCoordinate(v.x) && isFiniteCoordinate(v.y)) {
      end.x = v.x
      end.y = v.y
    }
    return end
  }
  if (isFiniteCoordinate(v.x) && isFiniteCoordinate(v.y)) return { x: v.x, y: v.y }
  return null
}

/** The plain JSON stored for an end (no undefined values: Yjs cannot encode them). */
export function storedEnd(end: ConnectorEnd): Record<string, unknown> {
  if (!isBoundEnd(end)) return { x: end.x, y: end.y }
  const stored: Record<string, unknown> = { elementId: end.elementId, anchor: end.anchor }
  if (end.x !== undefined && end.y !== undefined) {
    stored.x = end.x
    stored.y = end.y
  }
  return stored
}

export function isConnectorColor(v: unknown): v is ConnectorColor {
  return isInkColor(v)
}

export function clampConnectorWidth(v: number): number {
  return Math.min(CONNECTOR_WIDTH_MAX, Math.max(CONNECTOR_WIDTH_MIN, v))
}

/**
 * Reads a connector. Its x, y, w, h are only a hint (they go stale when a bound element moves),
 * so a malformed bounding box is tolerated; malformed ends make it a placeholder.
 */
export function readConnector(id: string, map: Y.Map<unknown>): Connector | UnknownElement {
  const { base } = readBase(id, map)
  const from = readConnectorEnd(map.get('from'))
  const to = readConnectorEnd(map.get('to'))
  if (!from || !to) return { ...base, kind: 'unknown', reason: 'invalid connector ends' }
  const width = map.get('strokeWidth')
  const relationKind = map.get('relationKind')
  return {
    ...base,
    kind: 'connector',
    type: 'connector',
    from,
    to,
    routing: oneOfOr(CONNECTOR_ROUTINGS, map.get('routing'), 'straight'),
    startArrowhead: oneOfOr(ARROWHEADS, map.get('startArrowhead'), 'none'),
    endArrowhead: oneOfOr(ARROWHEADS, map.get('endArrowhead'), 'none'),
    stroke: isConnectorColor(map.get('stroke'))
      ? (map.get('stroke') as ConnectorColor)
      : DEFAULT_CONNECTOR_COLOR,
    strokeWidth:
      typeof width === 'number' && Number.isFinite(width)
        ? clampConnectorWidth(width)
        : DEFAULT_CONNECTOR_WIDTH,
    strokeStyle: oneOfOr(STROKE_STYLES, map.get('strokeStyle'), 'solid'),
    text: readText(map, 'text', CONNECTOR_LABEL_MAX),
    // Same reading as readRelationKind: a kind from a newer version counts as a custom one.
    ...(typeof relationKind === 'string' && relationKind !== ''
      ? { relationKind: isRelationKind(relationKind) ? relationKind : 'custom' }
      : {}),
  }
}
