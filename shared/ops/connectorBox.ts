import type * as Y from 'yjs'
import { connectorPath, type EndTarget, type ResolveTarget } from '../geometry/connectorPath.ts'
import { outlineOf } from '../geometry/outline.ts'
import { polylineBounds } from '../geometry/polyline.ts'
import {
  isBoundEnd,
  readConnector,
  readConnectorEnd,
  storedEnd,
  type ConnectorEnd,
} from '../schema/connector.ts'
import { elementsMap, elementIn } from '../schema/doc.ts'
import { readBase } from '../schema/element.ts'

/**
 * Looks up elements in the document as connector ends see them: bounds and outline. Connectors
 * themselves are not targets (a connector binds to things, not to other connectors).
 */
export function docTargets(doc: Y.Doc): ResolveTarget {
  const elements = elementsMap(doc)
  return (id: string): EndTarget | undefined => {
    const map = elementIn(elements, id)
    if (!map || map.get('type') === 'connector') return undefined
    const { base, problem } = readBase(id, map)
    if (problem) return undefined
    return { rect: base, shape: outlineOf({ type: base.type, shape: map.get('shape') }) }
  }
}

/**
 * Writes what a connector caches from its path: its bounding box (x, y, w, h) and, on each
 * bound end, the point where it meets its element now (drawn if that element goes missing).
 * Call inside the transaction that changed the connector.
 */
export function refreshConnectorBox(doc: Y.Doc, id: string, map: Y.Map<unknown>): void {
  const connector = readConnector(id, map)
  if (connector.kind !== 'connector') return
  const path = connectorPath(connector, docTargets(doc))
  if (!path) return
  const first = path.points[0]!
  const last = path.points[path.points.length - 1]!
  writeEnd(map, 'from', connector.from, first)
  writeEnd(map, 'to', connector.to, last)
  const box = polylineBounds(path.points)
  for (const key of ['x', 'y', 'w', 'h'] as const) {
    const value = Math.round(box[key] * 100) / 100
    if (map.get(key) !== value)
      map.set(key, key === 'w' || key === 'h' ? Math.max(1, value) : value)
  }
}

function writeEnd(
  map: Y.Map<unknown>,
  key: 'from' | 'to',
  end: ConnectorEnd,
  point: { x: number; y: number },
): void {
  if (!isBoundEnd(end)) return
  const x = Math.round(point.x * 100) / 100
  const y = Math.round(point.y * 100) / 100
  if (end.x === x && end.y === y) return
  map.set(key, storedEnd({ ...end, x, y }))
}

/**
 * Moving a connector's box to (x, y) moves its free ends by as much; bound ends stay with their
 * elements. Call inside the transaction, before x and y are written.
 */
export function translateFreeEnds(map: Y.Map<unknown>, x: number, y: number): void {
  const oldX = map.get('x')
  const oldY = map.get('y')
  if (typeof oldX !== 'number' || typeof oldY !== 'number') return
  const dx = x - oldX
  const dy = y - oldY
  if (dx === 0 && dy === 0) return
  for (const key of ['from', 'to'] as const) {
    const end = readConnectorEnd(map.get(key))
    if (end && !isBoundEnd(end)) map.set(key, { x: end.x + dx, y: end.y + dy })
  }
}
