import type { NoteColor } from '../../../../shared/schema/index.ts'
import { SelectTool } from '../tools/selectTool.ts'
import { PinchTracker } from '../tools/pinch.ts'
import type { PointerInput, ToolHost } from '../tools/types.ts'
import type { NewElement, Tool, ToolName } from '../tools/types.ts'
import { TOOL_FACTORIES } from '../tools/registry.ts'
import type { BoardElement } from '../../../../shared/schema/index.ts'
import { topElementAt } from '../kinds/hitTest.ts'
import { connectorHitTest } from '../geometry/connectorHit.ts'
import { endHandleAt, type ConnectorEndName } from '../geometry/connectorHandles.ts'
import type { Connector } from '../../../../shared/schema/index.ts'
import {
  connectElements,
  createNote,
  deleteElements,
  editText,
  moveElements,
  recolorNotes,
  resizeElement,
  updateConnector,
  type CreateConnectorInput,
  type UpdateConnectorInput,
} from '../../../../shared/ops/index.ts'
import { frameCompanions, framesInReadingOrder } from '../../../../shared/board/frames.ts'
import { applyWheel, type WheelInput } from '../tools/wheel.ts'
import type { Board, UndoStep } from '../model/board.svelte.ts'
import { centerOn, zoomToFit, type Camera } from '../geometry/camera.ts'
import { firstView } from '../geometry/firstView.ts'
import { rectCenter, type Point, type Rect } from '../geometry/geometry.ts'
import { handleAt, type Handle } from '../geometry/hitTest.ts'
import { createElementFor } from './createElement.ts'
import { textBlockLines } from '../geometry/textReflow.ts'
import { reflowTextBlock } from '../../../../shared/ops/reflowTextBlock.ts'
import { editsInList, editsInPlace } from '../kinds/index.ts'
import { Session } from './session.svelte.ts'
import { idSet } from '../model/idSet.ts'
import type { BoardAssets } from './boardAssets.svelte.ts'
import { elementsInside } from '../geometry/marquee.ts'
import { snappedMove, snapResizedRect, type SnapContext } from '../geometry/snapping.ts'
import { Listeners } from '../listeners.ts'

export interface EditorOptions {
  /** Schedules a callback before the next frame; tests pass a synchronous or manual one. */
  requestFrame?: (callback: () => void) => void
}

type Positions = { id: string; x: number; y: number }[]

/**
 * What a feature adds to dragging elements, plugged in by the page (page/openBoard.ts) so the
 * editor never imports features: person cards dropped on a role card, for one.
 */
export interface DragHooks {
  /** Each time the dragged elements move (before the frame writes them). */
  moved?(editor: Editor, positions: Positions): void
  /** When a drag that moved elements ends, inside the drag's undo step. */
  dropped?(editor: Editor, movedIds: ReadonlySet<string>): void
}

/** Pointer slop for hitting thin things (outlines, pen strokes), in screen pixels. */
const HIT_SLOP = 4

/** Below this zoom, centring on an element from the list view also zooms in to read it. */
const MIN_READABLE_ZOOM = 0.5
/** Screen pixels around a frame fitted into the view, and the closest zoom for a small one. */
const FRAME_MARGIN = 32
const FRAME_MAX_ZOOM = 2

/**
 * The board editor: routes pointer, wheel and keyboard input to the tools, and turns commands
 * (from keys, the toolbar and the list view) into Board operations and Session changes.
 * Writes during a drag are batched to one per animation frame, so others see it move live
 * without a flood of updates.
 */
export class Editor implements ToolHost {
  readonly board: Board
  readonly session: Session
  /** The select tool (always there; `activeTool` is the one receiving input). */
  readonly tool: SelectTool
  /** The board's images: upload and load URLs (set by openBoard; null in tests without a server). */
  assets: BoardAssets | null = null
  // Tools are made once and kept; not reactive state (the active one is session.tool).
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #tools = new Map<ToolName, Tool>()
  /** The undo steps of the gestures under way (a drag), innermost last. */
  readonly #gestures: UndoStep[] = []
  /** The undo step of typing in place, open while `session.editingId` is set. */
  #editingStep: UndoStep | null = null
  /** The undo step of typing in the list view, open while `session.listEditingId` is set. */
  #listEditingStep: UndoStep | null = null
  readonly #pinch = new PinchTracker()
  readonly #requestFrame: (callback: () => void) => void
  #pendingMove: Positions | null = null
  /** `lines`: a text block reflowed to this many lines (its height follows its text). */
  #pendingResize: ({ id: string; lines?: number } & Rect) | null = null
  #frameRequested = false
  readonly #ownCameraListeners = new Listeners()
  readonly #dragHooks: DragHooks[] = []
  readonly #unsubscribe: () => void

  constructor(board: Board, session = new Session(), options: EditorOptions = {}) {
    this.board = board
    this.session = session
    this.tool = new SelectTool(this)
    this.#requestFrame =
      options.requestFrame ??
      ((cb) =>
        typeof requestAnimationFrame === 'function'
          ? requestAnimationFrame(cb)
          : setTimeout(cb, 16))
    this.#unsubscribe = board.onChange(() => this.#afterBoardChange())
  }

  // ToolHost ------------------------------------------------------------------------------

  get camera(): Camera {
    return this.session.camera
  }

  get canEdit(): boolean {
    return this.board.canEdit
  }

  get selection(): ReadonlySet<string> {
    return this.session.selection
  }

  get panHeld(): boolean {
    return this.session.spaceHeld
  }

  elementAt(p: Point): string | null {
    const connectors = connectorHitTest(this.board.connectors)
    return topElementAt(this.board.elements, p, HIT_SLOP / this.camera.zoom, connectors)
  }

  bounds(id: string): Rect | undefined {
    return this.board.get(id)
  }

  handleAt(p: Point): { id: string; handle: Handle } | null {
    if (this.session.selection.size !== 1 || this.session.editingId !== null) return null
    const [id] = this.session.selection
    const bounds = id === undefined ? undefined : this.board.get(id)
    // A connector is reshaped by its end handles (connectorEndAt), not resized by its box.
    if (id === undefined || !bounds || bounds.kind === 'connector') return null
    const handle = handleAt(this.camera, bounds, p)
    return handle ? { id, handle } : null
  }

  /** From a click or a marquee: groups are selected whole, locked elements not at all. */
  select(ids: readonly string[]): void {
    this.session.select(this.board.selectable(ids))
  }

  /** Plugs a feature into dragging; returns the unplug. */
  addDragHooks(hooks: DragHooks): () => void {
    this.#dragHooks.push(hooks)
    return () => {
      const at = this.#dragHooks.indexOf(hooks)
      if (at >= 0) this.#dragHooks.splice(at, 1)
    }
  }

  setCamera(camera: Camera): void {
    this.session.setCamera(camera)
    this.#ownCameraListeners.emit()
  }

  /**
   * Called whenever this person moves the view (pan, zoom, minimap, search…), not when follow
   * mode sets it on the Session; follow mode stops on it. Returns the unsubscribe.
   */
  onOwnCamera(listener: () => void): () => void {
    return this.#ownCameraListeners.add(listener)
  }

  /** Creating a note and typing its first text are one undo step. */
  createNoteAt(p: Point): void {
    if (!this.canEdit) return
    this.stopEditing()
    this.stopListEditing()
    const step = this.board.openStep()
    const id = this.board.run(createNote, { x: p.x, y: p.y })
    if (id !== null) {
      this.session.select([id])
      this.startEditing(id)
    }
    step.end()
  }

  edit(id: string): void {
    this.startEditing(id)
  }

  beginGesture(): void {
    this.#gestures.push(this.board.openStep())
  }

  endGesture(): void {
    this.session.nav.setGuides([])
    this.#flush()
    if (this.session.moving.size > 0) {
      for (const hooks of this.#dragHooks) hooks.dropped?.(this, this.session.moving)
      this.session.moving = idSet()
    }
    this.#gestures.pop()?.end()
  }

  move(positions: Positions): void {
    this.#pendingMove = positions
    // The moving set changes once per drag, not per frame: the canvas keys its cache on it.
    const moving = this.session.moving
    if (positions.some((p) => !moving.has(p.id))) {
      this.session.moving = idSet(positions.map((p) => p.id))
    }
    for (const hooks of this.#dragHooks) hooks.moved?.(this, positions)
    this.#scheduleFlush()
  }

  resize(id: string, rect: Rect): void {
    // A text block's width is set and its height follows the wrapped text, its top staying put
    // (not while its text is typed: the text field grows it then).
    const el = this.board.get(id)
    const lines = this.session.editingId === id ? null : textBlockLines(el, rect.w)
    this.#pendingResize = lines === null || !el ? { id, ...rect } : { id, ...rect, y: el.y, lines }
    this.#scheduleFlush()
  }

  get keepTool(): boolean {
    return this.session.keepTool
  }

  get elements(): readonly BoardElement[] {
    return this.board.elements
  }

  /** The tool receiving pointer input now (session.tool). */
  get activeTool(): Tool {
    return this.#toolFor(this.session.tool)
  }

  /** Picks a tool; a gesture in progress with the old one ends first. Unknown tools are ignored. */
  setTool(name: ToolName): void {
    if (name === this.session.tool || !TOOL_FACTORIES[name]) return
    if (name !== 'select' && !this.canEdit && name !== 'hand') return
    this.activeTool.cancel()
    this.session.preview = []
    this.session.tool = name
  }

  setPreview(elements: readonly BoardElement[]): void {
    this.session.preview = elements
  }

  companions(ids: readonly string[]): string[] {
    return frameCompanions(this.board.elements, (id) => this.board.get(id), ids)
  }

  createElement(spec: NewElement): string | null {
    return createElementFor(this, spec)
  }

  removeElements(ids: readonly string[]): void {
    if (ids.length > 0) this.board.run(deleteElements, { ids })
  }

  connectorEndAt(p: Point): { connector: Connector; end: ConnectorEndName } | null {
    if (!this.canEdit || this.session.selection.size !== 1 || this.session.editingId !== null)
      return null
    const [id] = this.session.selection
    const connector = id === undefined ? undefined : this.board.get(id)
    if (connector?.kind !== 'connector') return null
    const path = this.board.connectors.path(connector)
    const end = path ? endHandleAt(this.camera, path, p) : null
    return end ? { connector, end } : null
  }

  createConnector(input: CreateConnectorInput): string | null {
    return this.board.run(connectElements, input)
  }

  updateConnector(input: UpdateConnectorInput): void {
    this.board.run(updateConnector, input)
  }

  setBindTarget(id: string | null): void {
    if (this.session.bindTarget !== id) this.session.bindTarget = id
  }

  // Navigation: marquee and snapping (geometry/marquee.ts, geometry/snapping.ts) ------------------

  setMarquee(rect: Rect | null): void {
    this.session.nav.marquee = rect
  }

  elementsInside(rect: Rect): string[] {
    return elementsInside(this.board.elements, rect)
  }

  snapMove(
    origins: ReadonlyMap<string, Point>,
    dx: number,
    dy: number,
    free: boolean,
  ): { dx: number; dy: number } {
    const nav = this.session.nav
    if (free) {
      nav.setGuides([])
      return { dx, dy }
    }
    const snapped = snappedMove(this.#snapContext(), origins, dx, dy, (id) => this.board.get(id))
    nav.setGuides(snapped.guides)
    return snapped
  }

  keepsAspect(id: string): boolean {
    return this.board.get(id)?.kind === 'image'
  }

  snapResize(id: string, rect: Rect, handle: Handle, free: boolean): Rect {
    const nav = this.session.nav
    if (free) {
      nav.setGuides([])
      return rect
    }
    const snapped = snapResizedRect(this.#snapContext(), rect, handle, id)
    nav.setGuides(snapped.guides)
    return snapped.rect
  }

  #snapContext(): SnapContext {
    const { camera, viewport, nav } = this.session
    return { camera, viewport, elements: this.board.elements, grid: nav.snapToGrid }
  }

  #toolFor(name: ToolName): Tool {
    if (name === 'select') return this.tool
    let tool = this.#tools.get(name)
    if (!tool) {
      const factory = TOOL_FACTORIES[name]
      if (!factory) return this.tool
      tool = factory(this)
      this.#tools.set(name, tool)
    }
    return tool
  }

  // Input ---------------------------------------------------------------------------------

  pointerDown(input: PointerInput): void {
    // Working on the canvas ends a typing session in the list view (and its undo step).
    this.stopListEditing()
    if (this.#pinch.down(input.pointerId ?? 0, input, this.camera)) {
      // A second finger: whatever the first one started gives way to a pinch.
      this.activeTool.abort()
      return
    }
    if (!this.#pinch.active) this.activeTool.pointerDown(input)
  }

  pointerMove(input: PointerInput): void {
    const pinched = this.#pinch.move(input.pointerId ?? 0, input)
    if (pinched) this.setCamera(pinched)
    else if (!this.#pinch.active) this.activeTool.pointerMove(input)
  }

  pointerUp(input: PointerInput): void {
    if (!this.#pinch.up(input.pointerId ?? 0)) this.activeTool.pointerUp(input)
  }

  pointerCancel(input?: PointerInput): void {
    this.#pinch.up(input?.pointerId ?? 0)
    this.activeTool.cancel()
  }

  doubleClick(input: PointerInput): void {
    this.activeTool.doubleClick(input)
  }

  wheel(input: WheelInput): void {
    this.setCamera(applyWheel(this.camera, input))
  }

  // Commands ------------------------------------------------------------------------------

  /** Starts editing a note's text in place; the typing session is one undo step. */
  startEditing(id: string): void {
    if (!this.canEdit || !editsInPlace(this.board.get(id)) || this.session.editingId === id) return
    this.stopEditing()
    this.stopListEditing()
    this.#editingStep = this.board.openStep()
    this.session.select([id])
    this.session.editingId = id
  }

  stopEditing(): void {
    if (this.session.editingId === null) return
    this.session.editingId = null
    this.#editingStep?.end()
    this.#editingStep = null
  }

  /** Editing a note's text from the list view; also one undo step per session. */
  startListEditing(id: string): void {
    if (!this.canEdit || !editsInList(this.board.get(id)) || this.session.listEditingId === id)
      return
    this.stopEditing()
    this.stopListEditing()
    this.#listEditingStep = this.board.openStep()
    this.session.select([id])
    this.session.listEditingId = id
  }

  stopListEditing(): void {
    if (this.session.listEditingId === null) return
    this.session.listEditingId = null
    this.#listEditingStep?.end()
    this.#listEditingStep = null
  }

  editText(id: string, text: string): void {
    this.board.run(editText, { id, text })
  }

  recolorSelection(color: NoteColor): void {
    const ids = [...this.session.selection]
    if (ids.length > 0) this.board.run(recolorNotes, { ids, color })
  }

  /**
   * Selects an element and brings it to the middle of the view (from the list view). A frame is
   * only shown (see showFrame): going to a frame is moving, not choosing it for a change.
   */
  focusElement(id: string): void {
    const el = this.board.get(id)
    if (!el) return
    if (el.type === 'frame') return this.showFrame(id)
    this.session.select([id])
    this.showElement(id)
  }

  /**
   * Fits a frame into the view (the frames list, the list view). The selection stays as it was:
   * a jump that selected the frame would show it with handles to everyone, and the next arrow
   * key or Delete would move or delete the whole frame.
   */
  showFrame(id: string): void {
    const frame = this.board.get(id)
    if (!frame) return
    const { viewport, insets } = this.session
    this.setCamera(zoomToFit(frame, viewport, insets, FRAME_MARGIN, FRAME_MAX_ZOOM))
  }

  /** Brings an element to the middle of the view, zoomed in enough to read it. */
  showElement(id: string): void {
    const el = this.board.get(id)
    if (!el) return
    const zoom = Math.max(this.camera.zoom, MIN_READABLE_ZOOM)
    this.setCamera(
      centerOn(
        { ...this.camera, zoom },
        rectCenter(el),
        this.session.viewport,
        this.session.insets,
      ),
    )
  }

  /**
   * Places the view once, when the board first arrived (later syncs keep the person's view):
   * the whole board, or on a small screen a readable part of it (geometry/firstView.ts).
   */
  placeCameraOnce(): void {
    const { session } = this
    if (session.placed || session.viewport.width === 0) return
    session.placed = true
    // The whole board where it fits readably; a phone opens at the first frame or where most
    // content is instead of a map of tiny boxes.
    const elements = this.board.elements
    const frames = framesInReadingOrder(elements)
    const content = { bounds: this.board.bounds(), frames, elements }
    this.setCamera(firstView(content, session.viewport, session.insets))
  }

  destroy(): void {
    this.stopEditing()
    this.stopListEditing()
    this.#unsubscribe()
  }

  #scheduleFlush(): void {
    if (this.#frameRequested) return
    this.#frameRequested = true
    this.#requestFrame(() => {
      this.#frameRequested = false
      this.#flush()
    })
  }

  #flush(): void {
    const move = this.#pendingMove
    const resize = this.#pendingResize
    this.#pendingMove = null
    this.#pendingResize = null
    if (move && move.length > 0) this.board.run(moveElements, { positions: move })
    if (resize?.lines !== undefined) {
      const { id, x, y, w, lines } = resize
      this.board.run(reflowTextBlock, { id, x, y, w, lines })
    } else if (resize) this.board.run(resizeElement, resize)
  }

  #afterBoardChange(): void {
    this.session.pruneSelection((id) => this.board.get(id) !== undefined)
    const editing = this.session.editingId
    if (editing !== null && !this.board.get(editing)) this.stopEditing()
    const listEditing = this.session.listEditingId
    if (listEditing !== null && !this.board.get(listEditing)) this.stopListEditing()
  }
}
