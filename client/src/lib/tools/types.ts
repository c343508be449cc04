import type { Camera } from '../geometry/camera.ts'
import type { Point, Rect } from '../geometry/geometry.ts'
import type { Handle } from '../geometry/hitTest.ts'
import type { BoardElement, Connector } from '../../../../shared/schema/index.ts'
import type { CreateConnectorInput, UpdateConnectorInput } from '../../../../shared/ops/index.ts'
import type { ConnectorEndName } from '../geometry/connectorHandles.ts'
import type { NewElement } from '../kinds/kindSpec.ts'

/** A pointer event reduced to what tools need; screen coordinates relative to the canvas. */
export interface PointerInput {
  x: number
  y: number
  /** 0 primary, 1 middle, 2 secondary (as in DOM PointerEvent.button). */
  button: number
  shiftKey: boolean
  /** DOM PointerEvent.pointerId; several at once are a pinch. */
  pointerId?: number
  /** DOM PointerEvent.pressure (0..1) from a pen; absent or 0.5 from a mouse. */
  pressure?: number
  /** DOM PointerEvent.pointerType: 'mouse', 'pen' or 'touch'. */
  pointerType?: string
  /** Alt or Ctrl held: move and resize without snapping. */
  altKey?: boolean
  ctrlKey?: boolean
}

/**
 * Every tool a person can pick. A closed list: the toolbar, the shortcuts and the editor all
 * know exactly these. 'arrow' and 'line' are the connector tools (client/src/lib/tools/connectorTool.ts).
 */
export type ToolName =
  | 'select'
  | 'hand'
  | 'note'
  | 'text'
  | 'rectangle'
  | 'roundedRectangle'
  | 'ellipse'
  | 'diamond'
  | 'arrow'
  | 'line'
  | 'frame'
  | 'pen'
  | 'eraser'
  | 'actor'
  | 'role'
  | 'person'

/**
 * A tool: a state machine fed with pointer input in screen coordinates (relative to the canvas).
 * No DOM: it reads and acts through its ToolHost. The editor sends input only to the active tool.
 */
export interface Tool {
  pointerDown(input: PointerInput): void
  pointerMove(input: PointerInput): void
  pointerUp(input?: PointerInput): void
  /** The pointer was lost (window blur, touch cancelled): end cleanly, keep what was written. */
  cancel(): void
  /** Another gesture takes over (a second finger: pinch): put back what this one did. */
  abort(): void
  doubleClick(input: PointerInput): void
  /** The CSS cursor over the canvas; null lets the editor decide. */
  cursor?(input: PointerInput): string | null
}

/**
 * An element a creation tool asks the host to make, in board units (declared with the element
 * kinds, kinds/kindSpec.ts). The host creates it by its kind, selects it and, for text-bearing
 * kinds, may start editing its text.
 */
export type { NewElement }

/** Makes a tool for an editor. Register one in TOOL_FACTORIES (tools/registry.ts). */
export type ToolFactory = (host: ToolHost) => Tool

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
  /** Switches the active tool (a creation tool returns to 'select' after creating). */
  setTool(name: ToolName): void
  /** The person locked the tool: creation tools stay active after creating. */
  readonly keepTool: boolean
  /**
   * Elements drawn over the board while a gesture is in progress, not yet in the document (a
   * shape being drawn, a pen stroke, a connector): only this person sees them. [] clears.
   */
  setPreview(elements: readonly BoardElement[]): void
  /** The elements that move along when these move: the content of frames among them. */
  companions(ids: readonly string[]): string[]
  /** Creates an element, selects it; returns its id (null without the edit right). */
  createElement(spec: NewElement): string | null
  /** Deletes elements within the current gesture (the eraser). */
  removeElements(ids: readonly string[]): void
  /** All elements, bottom to top (as drawn). */
  readonly elements: readonly BoardElement[]
  // Connectors (tools/connectorTool.ts, connectorEndDrag.ts); optional so test hosts may omit them.
  /** The end handle of the one selected connector under a screen point (edit right only). */
  connectorEndAt?(p: Point): { connector: Connector; end: ConnectorEndName } | null
  /** Creates a connector (one undo step); returns its id, null without the edit right. */
  createConnector?(input: CreateConnectorInput): string | null
  /** Changes a connector's ends or style (inside a gesture: part of that step). */
  updateConnector?(input: UpdateConnectorInput): void
  /** Outlines the element a connector end would bind to; null clears. */
  setBindTarget?(id: string | null): void
  // Navigation (editor/navigation.svelte.ts, geometry/snapping.ts); optional so test hosts may omit them.
  /** Shows the marquee being dragged (board units); null hides it. */
  setMarquee?(rect: Rect | null): void
  /** Elements lying fully inside a board rectangle, as a marquee selects them. */
  elementsInside?(rect: Rect): string[]
  /**
   * The move (board units) after snapping the moved elements (their positions at the start) to
   * the grid and to other elements, showing guides; `free` (Alt/Ctrl held) snaps nothing.
   */
  snapMove?(
    origins: ReadonlyMap<string, Point>,
    dx: number,
    dy: number,
    free: boolean,
  ): {
    dx: number
    dy: number
  }
  /** A resized element's bounds after snapping its dragged edges; `free` snaps nothing. */
  snapResize?(id: string, rect: Rect, handle: Handle, free: boolean): Rect
  /** Whether resizing this element keeps its aspect ratio (pictures). */
  keepsAspect?(id: string): boolean
}
