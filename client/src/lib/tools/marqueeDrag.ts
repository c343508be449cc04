import { screenToBoard } from '../geometry/camera.ts'
import { distance, type Point } from '../geometry/geometry.ts'
import { rectFromCorners } from '../geometry/marquee.ts'
import type { ToolHost } from './types.ts'

/** A press on empty canvas becomes a marquee after the pointer moved this many screen pixels. */
const MARQUEE_THRESHOLD = 3

/**
 * Dragging a selection rectangle over empty canvas: everything lying fully inside is selected,
 * live while dragging; with Shift it is added to what was selected before.
 */
export class MarqueeDrag {
  readonly #host: ToolHost
  readonly #start: Point
  readonly #base: readonly string[]
  #active = false

  constructor(host: ToolHost, start: Point, add: boolean) {
    this.#host = host
    this.#start = start
    this.#base = add ? [...host.selection] : []
  }

  move(p: Point): void {
    const host = this.#host
    if (!this.#active && distance(p, this.#start) < MARQUEE_THRESHOLD) return
    this.#active = true
    const camera = host.camera
    const rect = rectFromCorners(screenToBoard(camera, this.#start), screenToBoard(camera, p))
    host.setMarquee?.(rect)
    const inside = host.elementsInside?.(rect) ?? []
    host.select(this.#base.length === 0 ? inside : [...new Set([...this.#base, ...inside])])
  }

  end(): void {
    this.#host.setMarquee?.(null)
  }
}
