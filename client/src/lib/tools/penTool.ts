import { panBy, screenToBoard } from '../geometry/camera.ts'
import type { Point } from '../geometry/geometry.ts'
import { ghostElement } from './ghost.ts'
import type { PointerInput, Tool, ToolHost } from './types.ts'

/** Pressure a mouse reports (DOM default); such strokes get simulated pressure instead. */
const MOUSE_PRESSURE = 0.5

export type PenToolState =
  | { kind: 'idle' }
  | { kind: 'panning'; last: Point }
  | { kind: 'drawing'; points: number[]; pressure: boolean }

/**
 * The freehand pen: a drag draws a stroke, shown as a local preview while drawing and written as
 * one operation when the pointer is released. The pen stays active for the next stroke.
 */
export class PenTool implements Tool {
  #state: PenToolState = { kind: 'idle' }
  readonly #host: ToolHost

  constructor(host: ToolHost) {
    this.#host = host
  }

  get state(): PenToolState {
    return this.#state
  }

  pointerDown(input: PointerInput): void {
    if (this.#state.kind !== 'idle') return
    const host = this.#host
    if (input.button === 1 || (input.button === 0 && (host.panHeld || !host.canEdit))) {
      this.#state = { kind: 'panning', last: { x: input.x, y: input.y } }
      return
    }
    if (input.button !== 0) return
    const pressure = input.pointerType === 'pen'
    this.#state = { kind: 'drawing', points: [], pressure }
    this.#add(input)
  }

  pointerMove(input: PointerInput): void {
    const state = this.#state
    if (state.kind === 'panning') {
      const host = this.#host
      host.setCamera(panBy(host.camera, input.x - state.last.x, input.y - state.last.y))
      this.#state = { kind: 'panning', last: { x: input.x, y: input.y } }
    } else if (state.kind === 'drawing') {
      this.#add(input)
    }
  }

  pointerUp(input?: PointerInput): void {
    const state = this.#state
    if (state.kind === 'drawing' && input) this.#add(input)
    this.#state = { kind: 'idle' }
    if (state.kind !== 'drawing') return
    this.#host.setPreview([])
    this.#host.createElement({ type: 'stroke', points: state.points, pressure: state.pressure })
  }

  /** A lost pointer still keeps what was drawn (as with every other gesture). */
  cancel(): void {
    this.pointerUp()
  }

  /** A second finger: this was the start of a pinch, not a stroke. */
  abort(): void {
    if (this.#state.kind === 'drawing') this.#host.setPreview([])
    this.#state = { kind: 'idle' }
  }

  doubleClick(): void {}

  cursor(): string | null {
    return this.#state.kind === 'panning' ? 'grabbing' : 'crosshair'
  }

  #add(input: PointerInput): void {
    const state = this.#state
    if (state.kind !== 'drawing') return
    const p = screenToBoard(this.#host.camera, input)
    const n = state.points.length
    // Skip repeats: the pointer often reports the same spot twice.
    if (n >= 3 && state.points[n - 3] === p.x && state.points[n - 2] === p.y) return
    state.points.push(p.x, p.y, input.pressure ?? MOUSE_PRESSURE)
    this.#host.setPreview([
      ghostElement({ type: 'stroke', points: state.points, pressure: state.pressure }),
    ])
  }
}
