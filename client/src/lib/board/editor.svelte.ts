import type { NoteColor } from '../../../../shared/schema/index.ts'
import { SelectTool } from '../tools/selectTool.ts'
import type { Command } from '../tools/keyboard.ts'
import type { PointerInput, ToolHost } from '../tools/types.ts'
import { applyWheel, type WheelInput } from '../tools/wheel.ts'
import type { Board } from './board.svelte.ts'
import {
  centerOn,
  panBy,
  viewCenter,
  zoomAt,
  zoomBy,
  zoomToFit,
  ZOOM_STEP,
  type Camera,
} from './camera.ts'
import { rectCenter, type Point, type Rect } from './geometry.ts'
import { elementAt, handleAt, type Handle } from './hitTest.ts'
import { Session } from './session.svelte.ts'

export interface EditorOptions {
  /** Schedules a callback before the next frame; tests pass a synchronous or manual one. */
  requestFrame?: (callback: () => void) => void
}

type Positions = { id: string; x: number; y: number }[]

/** Below this zoom, centring on an element from the list view also zooms in to read it. */
const MIN_READABLE_ZOOM = 0.5
/** Screen pixels an arrow key pans the view per board unit of nudge. */
const PAN_PER_NUDGE = 4

/**
 * The board editor: routes pointer, wheel and keyboard input to the tools, and turns commands
 * (from keys, the toolbar and the list view) into Board operations and Session changes.
 * Writes during a drag are batched to one per animation frame, so others see it move live
 * without a flood of updates.
 */
export class Editor implements ToolHost {
  readonly board: Board
  readonly session: Session
  readonly tool: SelectTool
  readonly #requestFrame: (callback: () => void) => void
  #pendingMove: Positions | null = null
  #pendingResize: ({ id: string } & Rect) | null = null
  #frameRequested = false
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
    return elementAt(this.board.elements, p)
  }

  bounds(id: string): Rect | undefined {
    return this.board.get(id)
  }

  handleAt(p: Point): { id: string; handle: Handle } | null {
    if (this.session.selection.size !== 1 || this.session.editingId !== null) return null
    const [id] = this.session.selection
    const bounds = id === undefined ? undefined : this.board.get(id)
    if (id === undefined || !bounds) return null
    const handle = handleAt(this.camera, bounds, p)
    return handle ? { id, handle } : null
  }

  select(ids: readonly string[]): void {
    this.session.select(ids)
  }

  setCamera(camera: Camera): void {
    this.session.setCamera(camera)
  }

  /** Creating a note and typing its first text are one undo step. */
  createNoteAt(p: Point): void {
    if (!this.canEdit) return
    this.stopEditing()
    this.stopListEditing()
    this.board.beginGesture()
    const id = this.board.createNote({ x: p.x, y: p.y })
    if (id !== null) {
      this.session.select([id])
      this.startEditing(id)
    }
    this.board.endGesture()
  }

  edit(id: string): void {
    this.startEditing(id)
  }

  beginGesture(): void {
    this.board.beginGesture()
  }

  endGesture(): void {
    this.#flush()
    this.board.endGesture()
  }

  move(positions: Positions): void {
    this.#pendingMove = positions
    this.#scheduleFlush()
  }

  resize(id: string, rect: Rect): void {
    this.#pendingResize = { id, ...rect }
    this.#scheduleFlush()
  }

  // Input ---------------------------------------------------------------------------------

  pointerDown(input: PointerInput): void {
    this.tool.pointerDown(input)
  }

  pointerMove(input: PointerInput): void {
    this.tool.pointerMove(input)
  }

  pointerUp(input: PointerInput): void {
    this.tool.pointerUp(input)
  }

  pointerCancel(): void {
    this.tool.cancel()
  }

  doubleClick(input: PointerInput): void {
    this.tool.doubleClick(input)
  }

  wheel(input: WheelInput): void {
    this.setCamera(applyWheel(this.camera, input))
  }

  // Commands ------------------------------------------------------------------------------

  /** Performs a command; false when it does not apply now (so the key can do its default). */
  run(command: Command): boolean {
    const { session, board } = this
    const selected = [...session.selection]
    switch (command.name) {
      case 'undo':
        return this.canEdit && (this.stopEditing(), this.stopListEditing(), board.undo())
      case 'redo':
        return this.canEdit && (this.stopEditing(), this.stopListEditing(), board.redo())
      case 'delete':
        if (!this.canEdit || selected.length === 0) return false
        board.remove(selected)
        session.select([])
        return true
      case 'newNote':
        if (!this.canEdit) return false
        this.createNoteAt(this.#freeSpot(viewCenter(this.camera, session.viewport)))
        return true
      case 'edit': {
        const id = selected.length === 1 ? selected[0] : undefined
        if (!this.canEdit || id === undefined || !board.note(id)) return false
        this.startEditing(id)
        return true
      }
      case 'deselect':
        if (selected.length === 0) return false
        session.select([])
        return true
      case 'selectAll':
        session.select(board.elements.map((el) => el.id))
        return true
      case 'zoomIn':
      case 'zoomOut': {
        const factor = command.name === 'zoomIn' ? ZOOM_STEP : 1 / ZOOM_STEP
        const { width, height } = session.viewport
        this.setCamera(zoomBy(this.camera, { x: width / 2, y: height / 2 }, factor))
        return true
      }
      case 'zoomFit':
        this.setCamera(zoomToFit(board.bounds(), session.viewport))
        return true
      case 'zoomReset': {
        const { width, height } = session.viewport
        this.setCamera(zoomAt(this.camera, { x: width / 2, y: height / 2 }, 1))
        return true
      }
      case 'nudge':
        if (this.canEdit && selected.length > 0) {
          board.move(
            selected.flatMap((id) => {
              const el = board.get(id)
              return el ? [{ id, x: el.x + command.dx, y: el.y + command.dy }] : []
            }),
          )
        } else {
          const step = PAN_PER_NUDGE
          this.setCamera(panBy(this.camera, -command.dx * step, -command.dy * step))
        }
        return true
    }
  }

  /** Starts editing a note's text in place; the typing session is one undo step. */
  startEditing(id: string): void {
    if (!this.canEdit || !this.board.note(id) || this.session.editingId === id) return
    this.stopEditing()
    this.stopListEditing()
    this.board.beginGesture()
    this.session.select([id])
    this.session.editingId = id
  }

  stopEditing(): void {
    if (this.session.editingId === null) return
    this.session.editingId = null
    this.board.endGesture()
  }

  /** Editing a note's text from the list view; also one undo step per session. */
  startListEditing(id: string): void {
    if (!this.canEdit || !this.board.note(id) || this.session.listEditingId === id) return
    this.stopEditing()
    this.stopListEditing()
    this.board.beginGesture()
    this.session.select([id])
    this.session.listEditingId = id
  }

  stopListEditing(): void {
    if (this.session.listEditingId === null) return
    this.session.listEditingId = null
    this.board.endGesture()
  }

  editText(id: string, text: string): void {
    this.board.editText(id, text)
  }

  recolorSelection(color: NoteColor): void {
    this.board.recolor([...this.session.selection], color)
  }

  /** Selects an element and brings it to the middle of the view (from the list view). */
  focusElement(id: string): void {
    const el = this.board.get(id)
    if (!el) return
    this.session.select([id])
    const zoom = Math.max(this.camera.zoom, MIN_READABLE_ZOOM)
    this.setCamera(centerOn({ ...this.camera, zoom }, rectCenter(el), this.session.viewport))
  }

  /** Shows the whole board once, when it first arrived (later syncs keep the person's view). */
  placeCameraOnce(): void {
    const { session } = this
    if (session.placed || session.viewport.width === 0) return
    session.placed = true
    this.setCamera(zoomToFit(this.board.bounds(), session.viewport))
  }

  destroy(): void {
    this.stopEditing()
    this.stopListEditing()
    this.#unsubscribe()
  }

  /** A centre near `p` where no element already sits at exactly the same spot. */
  #freeSpot(p: Point): Point {
    let spot = { x: Math.round(p.x), y: Math.round(p.y) }
    for (let i = 0; i < 20 && this.#occupied(spot); i++) spot = { x: spot.x + 24, y: spot.y + 24 }
    return spot
  }

  #occupied(center: Point): boolean {
    return this.board.elements.some(
      (el) => Math.abs(el.x + el.w / 2 - center.x) < 1 && Math.abs(el.y + el.h / 2 - center.y) < 1,
    )
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
    if (move) this.board.move(move)
    if (resize) this.board.resize(resize)
  }

  #afterBoardChange(): void {
    this.session.pruneSelection((id) => this.board.get(id) !== undefined)
    const editing = this.session.editingId
    if (editing !== null && !this.board.get(editing)) this.stopEditing()
    const listEditing = this.session.listEditingId
    if (listEditing !== null && !this.board.get(listEditing)) this.stopListEditing()
  }
}
