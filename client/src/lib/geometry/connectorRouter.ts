import {
  connectorPath,
  type ConnectorPath,
  type EndTarget,
} from '../../../../shared/geometry/connectorPath.ts'
import { isRouteObstacle } from '../../../../shared/geometry/obstacles.ts'
import { outlineOf } from '../../../../shared/geometry/outline.ts'
import { distanceToPolyline, polylineBounds } from '../../../../shared/geometry/polyline.ts'
import {
  isBoundEnd,
  type BoardElement,
  type Connector,
  type ConnectorEnd,
} from '../../../../shared/schema/index.ts'
import { intersects, type Point, type Rect } from './geometry.ts'

interface CacheEntry {
  connector: Connector
  from: BoardElement | undefined
  to: BoardElement | undefined
  path: ConnectorPath | null
  bounds: Rect | null
  /** Where the route looked for cards to go around: a card moving there routes it again. */
  areas: Rect[]
  /** The obstacle generation the route is known to hold for. */
  seen: number
}

/** A cache this large is cleared rather than pruned: entries are cheap to recompute. */
const CACHE_LIMIT = 20_000
/** Moved obstacles remembered for routes not yet checked; beyond it every route is redone. */
const MOVES_LIMIT = 4_096

/**
 * Connector paths for drawing and hit testing, derived from the ends and the bound elements'
 * current bounds, going around the cards in between (shared/geometry/detour.ts). Element objects
 * are replaced whenever they change, so a cached path is valid as long as the connector and its
 * two elements are the same objects and no card moved into, out of or within the area its route
 * looked at: a change routes only the connectors it can affect.
 */
export class ConnectorRouter {
  readonly #lookup: (id: string) => BoardElement | undefined
  readonly #all: (() => Iterable<BoardElement>) | undefined
  readonly #cache = new Map<string, CacheEntry>()
  /** Cards and notes by id (what routes go around); built on first use. */
  #obstacles: Map<string, BoardElement> | null = null
  #generation = 0
  /** Where obstacles were and went, by generation, for the routes not yet checked. */
  #moves: { generation: number; rect: Rect }[] = []

  /**
   * `lookup` finds an element by id; `all` lists every element, for the cards routes go around
   * (without it connectors run straight through them). Tell it about changes with `changed`.
   */
  constructor(
    lookup: (id: string) => BoardElement | undefined,
    all?: () => Iterable<BoardElement>,
  ) {
    this.#lookup = lookup
    this.#all = all
  }

  /** The board's elements with these ids changed (added, moved, removed): call after the index. */
  changed(ids: Iterable<string>): void {
    const obstacles = this.#obstacles
    if (!obstacles) return
    let moved = false
    for (const id of ids) {
      const before = obstacles.get(id)
      const el = this.#lookup(id)
      const now = el && isRouteObstacle(el) ? el : undefined
      if (before === now) continue
      if (before) this.#moves.push({ generation: this.#generation + 1, rect: before })
      if (now) {
        this.#moves.push({ generation: this.#generation + 1, rect: now })
        obstacles.set(id, now)
      } else obstacles.delete(id)
      moved = true
    }
    if (!moved) return
    this.#generation++
    if (this.#moves.length > MOVES_LIMIT) {
      this.#moves = []
      this.#cache.clear()
    }
  }

  #obstacleMap(): Map<string, BoardElement> | null {
    if (!this.#all) return null
    if (!this.#obstacles) {
      this.#obstacles = new Map()
      for (const el of this.#all()) if (isRouteObstacle(el)) this.#obstacles.set(el.id, el)
    }
    return this.#obstacles
  }

  /** True when no obstacle moved in the entry's areas since it was routed. */
  #stillClear(entry: CacheEntry): boolean {
    if (entry.seen === this.#generation) return true
    for (const move of this.#moves) {
      if (move.generation <= entry.seen) continue
      if (entry.areas.some((area) => intersects(area, move.rect))) return false
    }
    entry.seen = this.#generation
    return true
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
    if (
      cached &&
      cached.connector === connector &&
      cached.from === from &&
      cached.to === to &&
      this.#stillClear(cached)
    ) {
      return cached
    }
    const obstacles = this.#obstacleMap()
    const areas: Rect[] = []
    const find = obstacles
      ? (area: Rect): Rect[] => {
          areas.push(area)
          const found: Rect[] = []
          for (const el of obstacles.values()) if (intersects(el, area)) found.push(el)
          return found
        }
      : undefined
    const path = connectorPath(
      connector,
      (id) => {
        const el = from?.id === id ? from : to?.id === id ? to : undefined
        return el ? asTarget(el) : undefined
      },
      find,
    )
    const entry: CacheEntry = {
      connector,
      from,
      to,
      path,
      bounds: path ? polylineBounds(path.points) : null,
      areas,
      seen: this.#generation,
    }
    if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear()
    this.#cache.set(connector.id, entry)
    return entry
  }
}

export function asTarget(el: BoardElement): EndTarget {
  return { rect: el, shape: outlineOf(el as { type: string; shape?: unknown }) }
}
