import { panBy, screenToBoard } from '../geometry/camera.ts'
import { distance, type Point, type Rect } from '../geometry/geometry.ts'
import type { Handle } from '../geometry/hitTest.ts'
import { resizeRect } from './resize.ts'
import { resizeRectKeepingAspect } from './resizeAspect.ts'
import { MarqueeDrag } from './marqueeDrag.ts'
import { ConnectorEndDrag } from './connectorEndDrag.ts'
import type { PointerInput, ToolHost } from './types.ts'

/** A press becomes a drag after the pointer moved this many screen pixels. */
export const DRAG_THRESHOLD = 3

export type SelectToolState =
  | { kind: 'idle' }
  | { kind: 'panning'; last: Point }
  | { kind: 'pressing'; start: Point; id: string; collapseOnRelease: boolean }
  | { kind: 'dragging'; start: Point; origins: Map<string, Point> }
  | { kind: 'resizing'; id: string; handle: Handle; start: Point; startRect: Rect }
  /** Dragging a selection rectangle over empty canvas (tools/marqueeDrag.ts). */
  | { kind: 'marquee'; drag: MarqueeDrag }
  /** Dragging an end handle of a selected connector (tools/connectorEndDrag.ts). */
  | { kind: 'connectorEnd'; drag: ConnectorEndDrag }

/**
 * The select tool: click selects (Shift adds or removes), dragging the selection moves it,
 * dragging a corner handle resizes, dragging empty canvas pans, double-click edits or creates.
 * Middle button or held Space always pan. Without the edit right, every drag pans.
 */
export class SelectTool {
  #state: SelectToolState = { kind: 'idle' }
  readonly #host: ToolHost

  constructor(host: ToolHost) {
    this.#host = host
  }

  get state(): SelectToolState {
    return this.#state
  }

  pointerDown(input: PointerInput): void {
    if (this.#state.kind !== 'idle') return
    const host = this.#host
    const p = { x: input.x, y: input.y }
    if (input.button === 1 || (input.button === 0 && host.panHeld)) {
      this.#state = { kind: 'panning', last: p }
      return
    }
    if (input.button !== 0) return

    const end = host.canEdit ? (host.connectorEndAt?.(p) ?? null) : null
    if (end) {
      const drag = new ConnectorEndDrag(host, end.connector, end.end)
      this.#state = { kind: 'connectorEnd', drag }
      return
    }

    const handle = host.canEdit ? host.handleAt(p) : null
    const startRect = handle ? host.bounds(handle.id) : undefined
    if (handle && startRect) {
      host.beginGesture()
      this.#state = { kind: 'resizing', id: handle.id, handle: handle.handle, start: p, startRect }
      return
    }

    const id = host.elementAt(screenToBoard(host.camera, p))
    if (id === null) {
      if (!input.shiftKey) host.select([])
      // Empty canvas: a marquee (pan with the hand tool, Space, the middle button or the wheel).
      this.#state =
        host.canEdit && host.setMarquee
          ? { kind: 'marquee', drag: new MarqueeDrag(host, p, input.shiftKey) }
          : { kind: 'panning', last: p }
      return
    }
    const selected = host.selection.has(id)
    if (input.shiftKey) {
      if (selected) {
        host.select([...host.selection].filter((s) => s !== id))
        return
      }
      host.select([...host.selection, id])
    } else if (!selected) {
      host.select([id])
    }
    if (!host.canEdit) {
      this.#state = { kind: 'panning', last: p }
      return
    }
    this.#state = {
      kind: 'pressing',
      start: p,
      id,
      collapseOnRelease: selected && !input.shiftKey && host.selection.size > 1,
    }
  }

  pointerMove(input: PointerInput): void {
    const host = this.#host
    const state = this.#state
    const p = { x: input.x, y: input.y }
    switch (state.kind) {
      case 'panning':
        host.setCamera(panBy(host.camera, p.x - state.last.x, p.y - state.last.y))
        this.#state = { kind: 'panning', last: p }
        return
      case 'pressing': {
        if (distance(p, state.start) < DRAG_THRESHOLD) return
        const origins = new Map<string, Point>()
        // A frame carries its content along (membership is decided once, at the start).
        for (const id of [...host.selection, ...host.companions([...host.selection])]) {
          const b = host.bounds(id)
          if (b) origins.set(id, { x: b.x, y: b.y })
        }
        host.beginGesture()
        this.#state = { kind: 'dragging', start: state.start, origins }
        this.pointerMove(input)
        return
      }
      case 'dragging': {
        const zoom = host.camera.zoom
        let dx = (p.x - state.start.x) / zoom
        let dy = (p.y - state.start.y) / zoom
        // Snapping to the grid and to other elements; Alt or Ctrl moves freely.
        const snapped = host.snapMove?.(state.origins, dx, dy, noSnap(input))
        if (snapped) ({ dx, dy } = snapped)
        const positions = [...state.origins].map(([id, o]) => ({
          id,
          x: Math.round(o.x + dx),
          y: Math.round(o.y + dy),
        }))
        host.move(positions)
        return
      }
      case 'resizing': {
        const zoom = host.camera.zoom
        // Pictures keep their aspect ratio (not snapped, which would distort them); Shift frees it.
        const keep = !input.shiftKey && host.keepsAspect?.(state.id) === true
        const rect = (keep ? resizeRectKeepingAspect : resizeRect)(
          state.startRect,
          state.handle,
          (p.x - state.start.x) / zoom,
          (p.y - state.start.y) / zoom,
        )
        host.resize(
          state.id,
          keep ? rect : (host.snapResize?.(state.id, rect, state.handle, noSnap(input)) ?? rect),
        )
        return
      }
      case 'connectorEnd':
        state.drag.move(p)
        return
      case 'marquee':
        state.drag.move(p)
        return
      case 'idle':
        return
    }
  }

  pointerUp(_input?: PointerInput): void {
    const state = this.#state
    this.#state = { kind: 'idle' }
    if (state.kind === 'dragging' || state.kind === 'resizing') this.#host.endGesture()
    else if (state.kind === 'marquee') state.drag.end()
    else if (state.kind === 'connectorEnd') state.drag.end()
    else if (state.kind === 'pressing' && state.collapseOnRelease) this.#host.select([state.id])
  }

  /** The pointer was lost (window blur, touch cancelled): end cleanly, keep what was written. */
  cancel(): void {
    this.pointerUp()
  }

  /** Another gesture takes over (a second finger: pinch): put back what this one moved. */
  abort(): void {
    const state = this.#state
    if (state.kind === 'dragging') {
      this.#host.move([...state.origins].map(([id, o]) => ({ id, x: o.x, y: o.y })))
    } else if (state.kind === 'resizing') {
      this.#host.resize(state.id, state.startRect)
    } else if (state.kind === 'connectorEnd') {
      this.#state = { kind: 'idle' }
      state.drag.abort()
      return
    }
    this.cancel()
  }

  doubleClick(input: PointerInput): void {
    const host = this.#host
    if (!host.canEdit || input.button !== 0) return
    const p = screenToBoard(host.camera, input)
    const id = host.elementAt(p)
    if (id === null) host.createNoteAt(p)
    else host.edit(id)
  }
}

/** Alt or Ctrl held: move and resize without snapping. */
function noSnap(input: PointerInput): boolean {
  return input.altKey === true || input.ctrlKey === true
}
