import { panBy, screenToBoard } from '../geometry/camera.ts'
import { distance, type Point, type Rect } from '../geometry/geometry.ts'
import { newElementAt, placingOf, type CreationKind } from '../kinds/index.ts'
import { ghostElement } from './ghost.ts'
import { DRAG_THRESHOLD } from './selectTool.ts'
import type { NewElement, PointerInput, Tool, ToolHost } from './types.ts'

export type { CreationKind }

export type CreateToolState =
  | { kind: 'idle' }
  | { kind: 'panning'; last: Point }
  | { kind: 'pressing'; start: Point }
  | { kind: 'drawing'; start: Point; rect: Rect }

/** The rectangle between two board points; Shift (or a square kind, a note) keeps it square. */
export function dragRect(a: Point, b: Point, square: boolean): Rect {
  let w = Math.abs(b.x - a.x)
  let h = Math.abs(b.y - a.y)
  if (square) w = h = Math.max(w, h)
  return { x: b.x < a.x ? a.x - w : a.x, y: b.y < a.y ? a.y - h : a.y, w, h }
}

/**
 * A creation tool: a click makes the element at its default size centred on the pointer (a text
 * block starts at the pointer); a drag draws its rectangle, previewed while drawing. Afterwards
 * the select tool is back (unless the tool is kept). Middle button or held Space pan.
 */
export class CreateTool implements Tool {
  #state: CreateToolState = { kind: 'idle' }
  readonly #host: ToolHost
  readonly kind: CreationKind

  constructor(host: ToolHost, kind: CreationKind) {
    this.#host = host
    this.kind = kind
  }

  get state(): CreateToolState {
    return this.#state
  }

  pointerDown(input: PointerInput): void {
    if (this.#state.kind !== 'idle') return
    const p = { x: input.x, y: input.y }
    if (input.button === 1 || (input.button === 0 && (this.#host.panHeld || !this.#host.canEdit))) {
      this.#state = { kind: 'panning', last: p }
      return
    }
    if (input.button === 0) this.#state = { kind: 'pressing', start: p }
  }

  pointerMove(input: PointerInput): void {
    const host = this.#host
    const state = this.#state
    const p = { x: input.x, y: input.y }
    if (state.kind === 'panning') {
      host.setCamera(panBy(host.camera, p.x - state.last.x, p.y - state.last.y))
      this.#state = { kind: 'panning', last: p }
      return
    }
    if (state.kind === 'pressing' && distance(p, state.start) < DRAG_THRESHOLD) return
    if (state.kind !== 'pressing' && state.kind !== 'drawing') return
    const rect = dragRect(
      screenToBoard(host.camera, state.start),
      screenToBoard(host.camera, p),
      input.shiftKey || placingOf(this.kind).square,
    )
    this.#state = { kind: 'drawing', start: state.start, rect }
    host.setPreview([ghostElement(this.#spec(rect))])
  }

  pointerUp(input?: PointerInput): void {
    const host = this.#host
    const state = this.#state
    this.#state = { kind: 'idle' }
    if (state.kind === 'drawing') {
      host.setPreview([])
      this.#create(state.rect)
    } else if (state.kind === 'pressing') {
      const at = screenToBoard(host.camera, input ?? state.start)
      const { size, fromPointer } = placingOf(this.kind)
      const rect = fromPointer
        ? { x: at.x, y: at.y - size.h / 2, ...size }
        : { x: at.x - size.w / 2, y: at.y - size.h / 2, ...size }
      this.#create(rect)
    }
  }

  cancel(): void {
    if (this.#state.kind === 'drawing') this.#host.setPreview([])
    this.#state = { kind: 'idle' }
  }

  abort(): void {
    this.cancel()
  }

  doubleClick(): void {}

  cursor(): string | null {
    return this.#state.kind === 'panning' ? 'grabbing' : 'crosshair'
  }

  #spec(rect: Rect): NewElement {
    return newElementAt(this.kind, rect)
  }

  #create(rect: Rect): void {
    const host = this.#host
    const min = placingOf(this.kind).size
    // A tiny drag is taken as a click-sized element rather than a sliver nobody can grab.
    const sized =
      rect.w < 8 && rect.h < 8 ? { x: rect.x - min.w / 2, y: rect.y - min.h / 2, ...min } : rect
    host.createElement(this.#spec(sized))
    if (!host.keepTool) host.setTool('select')
  }
}
