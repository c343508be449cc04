import { clampZoom, screenToBoard, type Camera } from '../geometry/camera.ts'
import { distance, type Point } from '../geometry/geometry.ts'

function midpoint(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }
}

/**
 * The camera for a two-finger pinch: the board point that was between the fingers stays between
 * them, and the zoom follows the change of distance between them.
 */
export function pinchCamera(start: Camera, a0: Point, b0: Point, a1: Point, b1: Point): Camera {
  const anchor = screenToBoard(start, midpoint(a0, b0))
  const zoom = clampZoom((start.zoom * distance(a1, b1)) / Math.max(1, distance(a0, b0)))
  const m = midpoint(a1, b1)
  return { x: anchor.x - m.x / zoom, y: anchor.y - m.y / zoom, zoom }
}

/**
 * Follows the pointers on the canvas and recognises a pinch when a second one goes down. While
 * it lasts, the other tools get no input.
 */
export class PinchTracker {
  readonly #pointers = new Map<number, Point>()
  #pinch: { camera: Camera; ids: [number, number]; a: Point; b: Point } | null = null

  get active(): boolean {
    return this.#pinch !== null
  }

  /** Returns true when this pointer started a pinch. */
  down(id: number, p: Point, camera: Camera): boolean {
    this.#pointers.set(id, p)
    if (this.#pinch || this.#pointers.size !== 2) return false
    const [first] = [...this.#pointers].filter(([other]) => other !== id)
    if (!first) return false
    this.#pinch = { camera, ids: [first[0], id], a: first[1], b: p }
    return true
  }

  /** The camera for the pinch so far, or null when no pinch is going on. */
  move(id: number, p: Point): Camera | null {
    if (this.#pointers.has(id)) this.#pointers.set(id, p)
    const pinch = this.#pinch
    if (!pinch) return null
    const a = this.#pointers.get(pinch.ids[0])
    const b = this.#pointers.get(pinch.ids[1])
    if (!a || !b) return null
    return pinchCamera(pinch.camera, pinch.a, pinch.b, a, b)
  }

  /** Returns true when the pointer belonged to a pinch (which ends with it). */
  up(id: number): boolean {
    this.#pointers.delete(id)
    const pinch = this.#pinch
    if (!pinch) return false
    if (pinch.ids.includes(id)) this.#pinch = null
    return true
  }
}
