import type { Point } from '../geometry/geometry.ts'

/** How long a finger rests on the board before it counts as a long press (ms). */
export const LONG_PRESS_MS = 500
/** How far (screen pixels) a resting finger may wander and still be resting. */
export const LONG_PRESS_SLOP = 8

/** Runs `run` after `ms`; returns what cancels it (setTimeout in the browser, a fake in tests). */
export type Schedule = (run: () => void, ms: number) => () => void

/**
 * Tells a long press of one finger (it rests `LONG_PRESS_MS` without moving) from a tap, a
 * drag and a pinch: a second finger, a move beyond `LONG_PRESS_SLOP`, lifting or a cancel
 * before the time is up call it off. Only touch starts one: a mouse has its right button.
 */
export class LongPress {
  readonly #schedule: Schedule
  readonly #onLongPress: (at: Point) => void
  #pointerId: number | null = null
  #start: Point = { x: 0, y: 0 }
  #cancel: (() => void) | null = null

  constructor(schedule: Schedule, onLongPress: (at: Point) => void) {
    this.#schedule = schedule
    this.#onLongPress = onLongPress
  }

  down(pointerId: number, at: Point, pointerType: string | undefined): void {
    if (this.#pointerId !== null) {
      // A second finger: a pinch or a pan, not a long press.
      this.reset()
      return
    }
    if (pointerType !== 'touch') return
    this.#pointerId = pointerId
    this.#start = at
    this.#cancel = this.#schedule(() => {
      this.#cancel = null
      this.#pointerId = null
      this.#onLongPress(this.#start)
    }, LONG_PRESS_MS)
  }

  move(pointerId: number, at: Point): void {
    if (pointerId !== this.#pointerId) return
    if (Math.hypot(at.x - this.#start.x, at.y - this.#start.y) > LONG_PRESS_SLOP) this.reset()
  }

  /** The finger lifted or the gesture was cancelled. */
  up(pointerId: number): void {
    if (pointerId === this.#pointerId) this.reset()
  }

  reset(): void {
    this.#cancel?.()
    this.#cancel = null
    this.#pointerId = null
  }
}
