import { panBy, screenToBoard } from '../geometry/camera.ts'
import { distance, type Point } from '../geometry/geometry.ts'
import type { ConnectorEndInput } from '../../../../shared/ops/createConnector.ts'
import {
  DEFAULT_CONNECTOR_COLOR,
  DEFAULT_CONNECTOR_WIDTH,
  type Arrowhead,
  type Connector,
} from '../../../../shared/schema/index.ts'
import { snapAngle } from '../../../../shared/geometry/snapAngle.ts'
import { BIND_SLOP, bindableAt, endAt } from './connectorBinding.ts'
import { DRAG_THRESHOLD } from './selectTool.ts'
import type { PointerInput, Tool, ToolHost } from './types.ts'

/** The arrow tool ends in an arrowhead; the line tool in none. */
export type ConnectorToolKind = 'arrow' | 'line'

export type ConnectorToolState =
  | { kind: 'idle' }
  | { kind: 'panning'; last: Point }
  | { kind: 'pressing'; start: Point; from: ConnectorEndInput; source: string | null }
  | {
      kind: 'dragging'
      start: Point
      from: ConnectorEndInput
      source: string | null
      to: ConnectorEndInput
    }

const PREVIEW_ID = 'connector-preview'

/**
 * The arrow (A) and line (L) tools: press on or near an element, drag to another, release: a
 * connector bound to both (an end where no element is stays free at the pointer). While
 * dragging, the element the end would bind to is outlined; with Shift held, a free end snaps
 * to 15° steps around the start. Middle button or Space pan.
 */
export class ConnectorTool implements Tool {
  #state: ConnectorToolState = { kind: 'idle' }
  readonly #host: ToolHost
  readonly kind: ConnectorToolKind

  constructor(host: ToolHost, kind: ConnectorToolKind) {
    this.#host = host
    this.kind = kind
  }

  get state(): ConnectorToolState {
    return this.#state
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
    const at = screenToBoard(host.camera, p)
    const source = this.#bindable(at, null)
    this.#state = {
      kind: 'pressing',
      start: p,
      from: endAt(source, at),
      source: source?.id ?? null,
    }
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
    if (state.kind !== 'pressing' && state.kind !== 'dragging') return
    if (state.kind === 'pressing' && distance(p, state.start) < DRAG_THRESHOLD) return
    let at = screenToBoard(host.camera, p)
    const target = this.#bindable(at, state.source)
    // Shift: a free end goes in 15° steps around the start (a bound end follows its element).
    if (input.shiftKey && target === null) at = snapAngle(this.#origin(state.from), at)
    const to = endAt(target, at)
    this.#state = {
      kind: 'dragging',
      start: state.start,
      from: state.from,
      source: state.source,
      to,
    }
    host.setBindTarget?.(target?.id ?? null)
    host.setPreview([this.#ghost(state.from, to)])
  }

  pointerUp(): void {
    const host = this.#host
    const state = this.#state
    this.#state = { kind: 'idle' }
    if (state.kind !== 'dragging') return
    this.#clear()
    const id = host.createConnector?.({
      from: state.from,
      to: state.to,
      endArrowhead: this.#arrowhead,
    })
    if (id) host.select([id])
    if (!host.keepTool) host.setTool('select')
  }

  cancel(): void {
    if (this.#state.kind === 'dragging') this.#clear()
    this.#state = { kind: 'idle' }
  }

  abort(): void {
    this.cancel()
  }

  doubleClick(): void {}

  cursor(): string | null {
    return this.#state.kind === 'panning' ? 'grabbing' : 'crosshair'
  }

  get #arrowhead(): Arrowhead {
    return this.kind === 'arrow' ? 'arrow' : 'none'
  }

  #bindable(at: Point, exclude: string | null) {
    const host = this.#host
    return bindableAt(host.elements, at, BIND_SLOP / host.camera.zoom, exclude)
  }

  /** Where a connector starting at `from` starts, for angle snapping: the point or the centre. */
  #origin(from: ConnectorEndInput): Point {
    if (!('elementId' in from)) return { x: from.x, y: from.y }
    const b = this.#host.bounds(from.elementId)
    return b ? { x: b.x + b.w / 2, y: b.y + b.h / 2 } : { x: 0, y: 0 }
  }

  #clear(): void {
    this.#host.setPreview([])
    this.#host.setBindTarget?.(null)
  }

  /** The connector as it would be made, drawn for this person only while dragging. */
  #ghost(from: ConnectorEndInput, to: ConnectorEndInput): Connector {
    const end = (e: ConnectorEndInput) =>
      'elementId' in e ? { ...e, anchor: e.anchor ?? 'auto' } : e
    return {
      id: PREVIEW_ID,
      type: 'connector',
      kind: 'connector',
      x: 0,
      y: 0,
      w: 1,
      h: 1,
      z: '',
      from: end(from),
      to: end(to),
      routing: 'straight',
      startArrowhead: 'none',
      endArrowhead: this.#arrowhead,
      stroke: DEFAULT_CONNECTOR_COLOR,
      strokeWidth: DEFAULT_CONNECTOR_WIDTH,
      strokeStyle: 'solid',
      text: '',
    }
  }
}
