import { panBy, screenToBoard } from '../geometry/camera.ts'
import { distance, type Point, type Rect } from '../geometry/geometry.ts'
import {
  DEFAULT_FRAME_SIZE,
  DEFAULT_SHAPE_SIZE,
  DEFAULT_TEXT_SIZE,
  NOTE_SIZES,
  DEFAULT_NOTE_SIZE,
  type ShapeKind,
  ACTOR_CARD_SIZE,
  PERSON_CARD_SIZE,
  ROLE_CARD_SIZE,
} from '../../../../shared/schema/index.ts'
import { ghostElement } from './ghost.ts'
import { DRAG_THRESHOLD } from './selectTool.ts'
import type { NewElement, PointerInput, Tool, ToolHost } from './types.ts'

/** What a creation tool makes: a note, a text block, a shape of one kind, or a frame. */
export type CreationKind =
  | { type: 'note' }
  | { type: 'text' }
  | { type: 'shape'; shape: ShapeKind }
  | { type: 'frame' }
  | { type: 'actor' }
  | { type: 'role' }
  | { type: 'person' }

export type CreateToolState =
  | { kind: 'idle' }
  | { kind: 'panning'; last: Point }
  | { kind: 'pressing'; start: Point }
  | { kind: 'drawing'; start: Point; rect: Rect }

/** Size of an element made by a click, in board units. */
export function defaultSize(kind: CreationKind): { w: number; h: number } {
  switch (kind.type) {
    case 'note':
      return { w: NOTE_SIZES[DEFAULT_NOTE_SIZE], h: NOTE_SIZES[DEFAULT_NOTE_SIZE] }
    case 'text':
      return DEFAULT_TEXT_SIZE
    case 'shape':
      return DEFAULT_SHAPE_SIZE
    case 'frame':
      return DEFAULT_FRAME_SIZE
    case 'actor':
      return ACTOR_CARD_SIZE
    case 'role':
      return ROLE_CARD_SIZE
    case 'person':
      return PERSON_CARD_SIZE
  }
}

/** The rectangle between two board points; Shift (or a note) keeps it square. */
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
      input.shiftKey || this.kind.type === 'note',
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
      const size = defaultSize(this.kind)
      const rect =
        this.kind.type === 'text'
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
    return this.kind.type === 'shape'
      ? { type: 'shape', shape: this.kind.shape, rect }
      : { type: this.kind.type, rect }
  }

  #create(rect: Rect): void {
    const host = this.#host
    const min = defaultSize(this.kind)
    // A tiny drag is taken as a click-sized element rather than a sliver nobody can grab.
    const sized =
      rect.w < 8 && rect.h < 8 ? { x: rect.x - min.w / 2, y: rect.y - min.h / 2, ...min } : rect
    host.createElement(this.#spec(sized))
    if (!host.keepTool) host.setTool('select')
  }
}
