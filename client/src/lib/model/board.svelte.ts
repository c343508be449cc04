import type * as Y from 'yjs'
import { History } from '../../../../shared/history.ts'
import { LOCAL_ORIGIN } from '../../../../shared/origins.ts'
import {
  createFrame,
  createShape,
  createStroke,
  createText,
  type CreateFrameInput,
  type CreateShapeInput,
  type CreateStrokeInput,
  type CreateTextInput,
} from '../../../../shared/ops/index.ts'
import {
  createNote,
  deleteElements,
  editText,
  moveElements,
  recolorNotes,
  resizeElement,
  type CreateNoteInput,
  type MoveElementsInput,
  type ResizeElementInput,
} from '../../../../shared/ops/index.ts'
import {
  elementsMap,
  metaMap,
  readElement,
  readTitle,
  type BoardElement,
  type Note,
  type NoteColor,
} from '../../../../shared/schema/index.ts'
import { ElementIndex } from './elementIndex.ts'
import { AssignmentIndex } from './assignmentIndex.svelte.ts'
import { ConnectorRouter } from '../geometry/connectorRouter.ts'
import {
  assignByConnector,
  createConnector,
  updateConnector,
  type CreateConnectorInput,
  type UpdateConnectorInput,
} from '../../../../shared/ops/index.ts'
import { changedElementIds } from '../../../../shared/schema/changedElements.ts'
import { unionRects, type Rect } from '../geometry/geometry.ts'
import { Listeners } from '../listeners.ts'

export interface BoardOptions {
  /** False for a view link: every operation is refused here (and by the server). */
  canEdit: boolean
}

/** Above this many changed ids in one transaction, re-reading everything is cheaper. */
const REBUILD_THRESHOLD = 256

/**
 * The bridge between the board's Y.Doc and the UI. Components read plain element objects from
 * here and call its operations; they never touch Yjs. Reading is incremental: only the
 * elements a transaction touched are read again.
 *
 * The element list itself is not deep-reactive (10,000 proxied notes would cost too much);
 * `revision` changes after every change instead, and the canvas subscribes with `onChange`.
 */
export class Board {
  readonly canEdit: boolean
  title = $state('')
  revision = $state(0)
  canUndo = $state(false)
  canRedo = $state(false)

  readonly #doc: Y.Doc
  readonly #index = new ElementIndex()
  /** Connector paths, derived from their ends and the current bounds of their elements. */
  readonly connectors = new ConnectorRouter((id) => this.#index.get(id))
  /** Who holds which role (the root map `assignments`), by role and by person. */
  readonly assignments: AssignmentIndex
  readonly #history: History | null
  readonly #listeners = new Listeners<[changed: ReadonlySet<string>]>()
  readonly #cleanups: (() => void)[] = []

  constructor(doc: Y.Doc, options: BoardOptions) {
    this.#doc = doc
    this.canEdit = options.canEdit
    this.#history = options.canEdit ? new History(doc) : null
    this.assignments = new AssignmentIndex(doc)
    this.#cleanups.push(() => this.assignments.destroy())

    const elements = elementsMap(doc)
    this.#index.reset(readAll(elements))
    const onElements = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
      this.#apply(changedElementIds(events, elements))
    }
    elements.observeDeep(onElements)
    this.#cleanups.push(() => elements.unobserveDeep(onElements))

    const meta = metaMap(doc)
    this.title = readTitle(doc)
    const onMeta = (): void => {
      this.title = readTitle(doc)
    }
    meta.observe(onMeta)
    this.#cleanups.push(() => meta.unobserve(onMeta))

    if (this.#history) {
      const history = this.#history
      this.#cleanups.push(
        history.onChange(() => {
          this.canUndo = history.canUndo
          this.canRedo = history.canRedo
        }),
      )
    }
  }

  /** All elements, bottom to top. Do not mutate. */
  get elements(): readonly BoardElement[] {
    return this.#index.ordered
  }

  get size(): number {
    return this.#index.size
  }

  get(id: string): BoardElement | undefined {
    return this.#index.get(id)
  }

  note(id: string): Note | undefined {
    const el = this.#index.get(id)
    return el?.kind === 'note' ? el : undefined
  }

  /** Bounds of all elements (or of the given ids); null when there are none. */
  bounds(ids?: Iterable<string>): Rect | null {
    if (!ids) return unionRects(this.#index.ordered)
    const rects: Rect[] = []
    for (const id of ids) {
      const el = this.#index.get(id)
      if (el) rects.push(el)
    }
    return unionRects(rects)
  }

  /**
   * Called after every change of the elements (local or remote) with the ids it touched (added,
   * changed or removed). Returns the unsubscribe.
   */
  onChange(listener: (changed: ReadonlySet<string>) => void): () => void {
    return this.#listeners.add(listener)
  }

  createNote(input: CreateNoteInput): string | null {
    if (!this.canEdit) return null
    const id = createNote(this.#doc, input)
    this.#history?.endStep()
    return id
  }

  createText(input: CreateTextInput): string | null {
    if (!this.canEdit) return null
    const id = createText(this.#doc, input)
    this.#history?.endStep()
    return id
  }

  createShape(input: CreateShapeInput): string | null {
    if (!this.canEdit) return null
    const id = createShape(this.#doc, input)
    this.#history?.endStep()
    return id
  }

  createFrame(input: CreateFrameInput): string | null {
    if (!this.canEdit) return null
    const id = createFrame(this.#doc, input)
    this.#history?.endStep()
    return id
  }

  createStroke(input: CreateStrokeInput): string | null {
    if (!this.canEdit) return null
    const id = createStroke(this.#doc, input)
    this.#history?.endStep()
    return id
  }

  /** A connector; one between a person and a role also assigns them (one undo step). */
  createConnector(input: CreateConnectorInput): string | null {
    if (!this.canEdit) return null
    let id = ''
    this.#doc.transact(() => {
      id = createConnector(this.#doc, input)
      assignByConnector(this.#doc, input)
    }, LOCAL_ORIGIN)
    this.#history?.endStep()
    return id
  }

  updateConnector(input: UpdateConnectorInput): void {
    if (!this.canEdit) return
    updateConnector(this.#doc, input)
    this.#history?.endStep()
  }

  move(positions: MoveElementsInput['positions']): void {
    if (!this.canEdit || positions.length === 0) return
    moveElements(this.#doc, { positions })
    this.#history?.endStep()
  }

  resize(input: ResizeElementInput): void {
    if (!this.canEdit) return
    resizeElement(this.#doc, input)
    this.#history?.endStep()
  }

  editText(id: string, text: string): void {
    if (!this.canEdit) return
    editText(this.#doc, { id, text })
    this.#history?.endStep()
  }

  recolor(ids: readonly string[], color: NoteColor): void {
    if (!this.canEdit || ids.length === 0) return
    recolorNotes(this.#doc, { ids, color })
    this.#history?.endStep()
  }

  remove(ids: readonly string[]): void {
    if (!this.canEdit || ids.length === 0) return
    deleteElements(this.#doc, { ids })
    this.#history?.endStep()
  }

  /**
   * Runs an operation on the document as one undo step; null without the edit right. For the
   * action registry's commands, which need no Board method of their own.
   */
  perform<T>(op: (doc: Y.Doc) => T): T | null {
    if (!this.canEdit) return null
    const result = op(this.#doc)
    this.#history?.endStep()
    return result
  }

  /** Reads the document itself (keys the element readers leave out, snapshots); never writes. */
  read<T>(reader: (doc: Y.Doc) => T): T {
    return reader(this.#doc)
  }

  /** Everything until `endGesture` is one undo step (a drag, a typing session). */
  beginGesture(): void {
    this.#history?.beginGesture()
  }

  endGesture(): void {
    this.#history?.endGesture()
  }

  undo(): boolean {
    return this.#history?.undo() ?? false
  }

  redo(): boolean {
    return this.#history?.redo() ?? false
  }

  destroy(): void {
    for (const cleanup of this.#cleanups.splice(0)) cleanup()
    this.#history?.destroy()
    this.#listeners.clear()
  }

  #apply(changed: ReadonlySet<string>): void {
    if (changed.size === 0) return
    const elements = elementsMap(this.#doc)
    if (changed.size > REBUILD_THRESHOLD && changed.size > this.#index.size / 4) {
      this.#index.reset(readAll(elements))
    } else {
      for (const id of changed) {
        // Anything under an id, a map or not, is an element: readElement makes a placeholder of
        // what it cannot read.
        const value = elements.get(id)
        if (value === undefined) this.#index.remove(id)
        else this.#index.upsert(readElement(id, value))
      }
    }
    this.revision++
    this.#listeners.emit(changed)
  }
}

function* readAll(elements: Y.Map<unknown>): Iterable<BoardElement> {
  for (const [id, value] of elements.entries()) yield readElement(id, value)
}
