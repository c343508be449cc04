import { panBy } from '../geometry/camera.ts'
import type { Point } from '../geometry/geometry.ts'
import type { PointerInput, Tool, ToolHost } from './types.ts'

/** The hand tool: any drag pans the view; nothing on the board can be changed by accident. */
export class HandTool implements Tool {
  #last: Point | null = null
  readonly #host: ToolHost

  constructor(host: ToolHost) {
    this.#host = host
  }

  get panning(): boolean {
    return this.#last !== null
  }

  pointerDown(input: PointerInput): void {
    if (input.button === 0 || input.button === 1) this.#last = { x: input.x, y: input.y }
  }

  pointerMove(input: PointerInput): void {
    const last = this.#last
    if (!last) return
    this.#host.setCamera(panBy(this.#host.camera, input.x - last.x, input.y - last.y))
    this.#last = { x: input.x, y: input.y }
  }

  pointerUp(): void {
    this.#last = null
  }

  cancel(): void {
    this.#last = null
  }

  abort(): void {
    this.#last = null
  }

  doubleClick(): void {}

  cursor(): string {
    return this.#last ? 'grabbing' : 'grab'
  }
}
