import type { Camera } from '../board/camera.ts'
import type { Point, Rect } from '../board/geometry.ts'
import type { Handle } from '../board/hitTest.ts'

/** A pointer event reduced to what tools need; screen coordinates relative to the canvas. */
export interface PointerInput {
  x: number
  y: number
  /** 0 primary, 1 middle, 2 secondary (as in DOM PointerEvent.button). */
  button: number
  shiftKey: boolean
  /** DOM PointerEvent.pointerId; several at once are a pinch. */
  pointerId?: number
}

/**
 * What a tool may read and do. The editor implements it over the Board and the Session; tests
 * implement it over a Board on a plain Y.Doc. No DOM here.
 */
export interface ToolHost {
  readonly camera: Camera
  readonly canEdit: boolean
  readonly selection: ReadonlySet<string>
  /** Space is held: any drag pans. */
  readonly panHeld: boolean
  /** Topmost element at a board point. */
  elementAt(p: Point): string | null
  bounds(id: string): Rect | undefined
  /** The resize handle under a screen point, when exactly one element is selected. */
  handleAt(p: Point): { id: string; handle: Handle } | null
  select(ids: readonly string[]): void
  setCamera(camera: Camera): void
  /** Creates a note centred on a board point and starts editing it. */
  createNoteAt(p: Point): void
  /** Starts editing an element's text in place. */
  edit(id: string): void
  beginGesture(): void
  endGesture(): void
  /** New top-left corners; the host may batch these to one write per animation frame. */
  move(positions: { id: string; x: number; y: number }[]): void
  resize(id: string, rect: Rect): void
}
