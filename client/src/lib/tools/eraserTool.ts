import { panBy, screenToBoard } from '../geometry/camera.ts'
import { elementsAlong } from '../kinds/hitTest.ts'
import type { Point } from '../geometry/geometry.ts'
import type { BoardElement } from '../../../../shared/schema/index.ts'
import type { PointerInput, Tool, ToolHost } from './types.ts'

/** How close (screen pixels) the eraser must come to a stroke to take it. */
export const ERASER_RADIUS = 8

/**
 * The eraser: dragging over pen strokes deletes each one it touches, the whole gesture one undo
 * step. Only pen strokes: notes, text and shapes are deleted deliberately (select, Delete), so a
 * slip of the eraser cannot wipe out a group's work.
 */
export class EraserTool implements Tool {
  #state: { kind: 'idle' } | { kind: 'panning'; last: Point } | { kind: 'erasing'; last: Point } = {
    kind: 'idle',
  }
  readonly #host: ToolHost

  constructor(host: ToolHost) {
    this.#host = host
  }

  get erasing(): boolean {
    return this.#state.kind === 'erasing'
  }

  pointerDown(input: PointerInput): void {
    if (this.#state.kind !== 'idle') return
    const host = this.#host
    const p = { x: input.x, y: input.y }
    if (input.button === 1 || (input.button === 0 && (host.panHeld || !host.canEdit))) {
      this.#state = { kind: 'panning', last: p }
      return
    }
    if (input.button !== 0) return
    host.beginGesture()
    this.#state = { kind: 'erasing', last: p }
    this.#erase(p, p)
  }

  pointerMove(input: PointerInput): void {
    const state = this.#state
    const p = { x: input.x, y: input.y }
    if (state.kind === 'panning') {
      this.#host.setCamera(panBy(this.#host.camera, p.x - state.last.x, p.y - state.last.y))
      this.#state = { kind: 'panning', last: p }
    } else if (state.kind === 'erasing') {
      this.#erase(state.last, p)
      this.#state = { kind: 'erasing', last: p }
    }
  }

  pointerUp(): void {
    const state = this.#state
    this.#state = { kind: 'idle' }
    if (state.kind === 'erasing') this.#host.endGesture()
  }

  cancel(): void {
    this.pointerUp()
  }

  abort(): void {
    this.pointerUp()
  }

  doubleClick(): void {}

  cursor(): string | null {
    return this.#state.kind === 'panning' ? 'grabbing' : 'cell'
  }

  #erase(from: Point, to: Point): void {
    const host = this.#host
    const camera = host.camera
    const hits = elementsAlong(
      host.elements,
      screenToBoard(camera, from),
      screenToBoard(camera, to),
      ERASER_RADIUS / camera.zoom,
      (el: BoardElement) => el.kind === 'stroke',
    )
    if (hits.length > 0) host.removeElements(hits)
  }
}
