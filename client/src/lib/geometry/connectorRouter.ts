import {
  connectorPath,
  type ConnectorPath,
  type EndTarget,
} from '../../../../shared/geometry/connectorPath.ts'
import { outlineOf } from '../../../../shared/geometry/outline.ts'
import { distanceToPolyline, polylineBounds } from '../../../../shared/geometry/polyline.ts'
import {
  isBoundEnd,
  type BoardElement,
  type Connector,
  type ConnectorEnd,
} from '../../../../shared/schema/index.ts'
import type { Point, Rect } from './geometry.ts'

interface CacheEntry {
  connector: Connector
  from: BoardElement | undefined
  to: BoardElement | undefined
  path: ConnectorPath | null
  bounds: Rect | null
}

/** A cache this large is cleared rather than pruned: entries are cheap to recompute. */
const CACHE_LIMIT = 20_000

/**
 * Connector paths for drawing and hit testing, derived from the ends and the bound elements'
 * current bounds. Element objects are replaced whenever they change, so a cached path is valid
 * as long as the connector and its two elements are the same objects.
 */
export class ConnectorRouter {
  readonly #lookup: (id: string) => BoardElement | undefined
  readonly #cache = new Map<string, CacheEntry>()

  constructor(lookup: (id: string) => BoardElement | undefined) {
    this.#lookup = lookup
  }

  /** The element an end is bound to, when it exists and can be bound to. */
  target(end: ConnectorEnd): BoardElement | undefined {
    if (!isBoundEnd(end)) return undefined
    const el = this.#lookup(end.elementId)
    return el && el.kind !== 'connector' ? el : undefined
  }

  path(connector: Connector): ConnectorPath | null {
    return this.#entry(connector).path
  }

  /** Bounds of the path as drawn now (the stored x, y, w, h go stale when an element moves). */
  bounds(connector: Connector): Rect | null {
    return this.#entry(connector).bounds
  }

  /** Distance from a board point to the connector's path (Infinity when it is not drawn). */
  distance(connector: Connector, p: Point): number {
    const path = this.path(connector)
    return path ? distanceToPolyline(p, path.points) : Infinity
  }

  #entry(connector: Connector): CacheEntry {
    const from = this.target(connector.from)
    const to = this.target(connector.to)
    const cached = this.#cache.get(connector.id)
    if (cached && cached.connector === connector && cached.from === from && cached.to === to) {
      return cached
    }
    const path = connectorPath(connector, (id) => {
      const el = from?.id === id ? from : to?.id === id ? to : undefined
      return el ? asTarget(el) : undefined
    })
    const entry: CacheEntry = {
      connector,
      from,
      to,
      path,
      bounds: path ? polylineBounds(path.points) : null,
    }
    if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear()
    this.#cache.set(connector.id, entry)
    return entry
  }
}

export function asTarget(el: BoardElement): EndTarget {
  return { rect: el, shape: outlineOf(el as { type: string; shape?: unknown }) }
}
