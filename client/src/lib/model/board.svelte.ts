import type * as Y from 'yjs'
import { createSubscriber } from 'svelte/reactivity'
import { History } from '../../../../shared/history.ts'
import { LOCAL_ORIGIN, SETUP_ORIGIN } from '../../../../shared/origins.ts'
import { snapshotElements, type ElementSnapshot } from '../../../../shared/ops/elementSnapshot.ts'
import { topZ } from '../../../../shared/ops/zOrder.ts'
import { describeBoard, type DescribeOptions } from '../../../../shared/picture/describe/board.ts'
import type { Picture } from '../../../../shared/picture/primitives.ts'
import {
  elementsMap,
  metaMap,
  readElement,
  readTitle,
  type BoardElement,
  type Note,
} from '../../../../shared/schema/index.ts'
import { ElementIndex } from './elementIndex.ts'
import { AssignmentIndex } from './assignmentIndex.svelte.ts'
import { ConnectorRouter } from '../geometry/connectorRouter.ts'
import { changedElementIds } from '../../../../shared/schema/changedElements.ts'
import { unionRects, type Rect } from '../geometry/geometry.ts'
import { selectableIds } from './selectable.ts'
import { DomainContent } from './domainContent.ts'
import { Listeners } from '../listeners.ts'

export interface BoardOptions {
  /** False for a view link: every operation is refused here (and by the server). */
  canEdit: boolean
}

/**
 * An operation of `shared/ops`: a pure function that writes its input into the document in one
 * transaction carrying `origin`, and returns what it made (an id, ids) or nothing.
 */
export type Operation<Input, Result> = (doc: Y.Doc, input: Input, origin: unknown) => Result

/** How an operation is recorded. */
export interface RunOptions {
  /**
   * False for the board's first content put there by the browser that created it (an own
   * template): it is part of making the board, so undo never takes it away.
   */
  undoable?: boolean
}

/**
 * One undo step that stays open across several writes (a drag, a typing session, an import in
 * slices) until `end` is called. Ending it twice is harmless.
 */
export interface UndoStep {
  end(): void
}

/** Above this many changed ids in one transaction, re-reading everything is cheaper. */
const REBUILD_THRESHOLD = 256

/**
 * The bridge between the board's Y.Doc and the UI, and the only holder of the doc on the
 * client. Reading: plain element objects, kept incrementally (only the elements a transaction
 * touched are read again), and named queries. Writing: `run` an operation of `shared/ops`
 * (the edit right checked, LOCAL_ORIGIN set, one undo step), several of them as one step with
 * `step` or `openStep`.
 *
 * Reactivity: every read subscribes through Svelte's `createSubscriber`, so a component,
 * `$derived` or `$effect` that reads the board runs again when what it read may have changed;
 * outside an effect a read costs nothing extra. The element list itself is not deep-reactive
 * (10,000 proxied notes would cost too much); the canvas listens with `onChange` instead.
 */
export class Board {
  readonly canEdit: boolean

  readonly #doc: Y.Doc
  readonly #index = new ElementIndex()
  /** Connector paths, derived from their ends and the current bounds of their elements. */
  readonly connectors = new ConnectorRouter(
    (id) => this.#index.get(id),
    () => this.#index.ordered,
  )
  /** Who holds which role (the root map `assignments`), by role and by person. */
  readonly assignments: AssignmentIndex
  readonly #history: History | null
  readonly #listeners = new Listeners<[changed: ReadonlySet<string>]>()
  readonly #cleanups: (() => void)[] = []
  #revision = 0
  #domainContent: DomainContent | null = null
  /** Effects reading elements run again after a change of the elements. */
  readonly #elementsRead: () => void
  /** Effects reading the title run again after a change of `meta`. */
  readonly #metaRead: () => void
  /** Effects reading canUndo/canRedo run again after a change of the history. */
  readonly #historyRead: () => void

  constructor(doc: Y.Doc, options: BoardOptions) {
    this.#doc = doc
    this.canEdit = options.canEdit
    const history = options.canEdit ? new History(doc) : null
    this.#history = history
    this.assignments = new AssignmentIndex(doc)
    this.#cleanups.push(() => this.assignments.destroy())

    const elements = elementsMap(doc)
    this.#index.reset(readAll(elements))
    const onElements = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
      this.#apply(changedElementIds(events, elements))
    }
    elements.observeDeep(onElements)
    this.#cleanups.push(() => elements.unobserveDeep(onElements))

    this.#elementsRead = createSubscriber((update) => this.#listeners.add(update))
    this.#metaRead = createSubscriber((update) => {
      const meta = metaMap(doc)
      meta.observe(update)
      return () => meta.unobserve(update)
    })
    this.#historyRead = createSubscriber((update) => history?.onChange(update))
  }

  // Reading ---------------------------------------------------------------------------------

  /** All elements, bottom to top. Do not mutate. */
  get elements(): readonly BoardElement[] {
    this.#elementsRead()
    return this.#index.ordered
  }

  get size(): number {
    this.#elementsRead()
    return this.#index.size
  }

  /** Counts the changes of the elements (local or remote) since the board was opened. */
  get revision(): number {
    this.#elementsRead()
    return this.#revision
  }

  get(id: string): BoardElement | undefined {
    this.#elementsRead()
    return this.#index.get(id)
  }

  /** The elements among `ids` that exist, in the order of `ids` (one subscription for all). */
  getAll(ids: Iterable<string>): BoardElement[] {
    this.#elementsRead()
    const found: BoardElement[] = []
    for (const id of ids) {
      const el = this.#index.get(id)
      if (el) found.push(el)
    }
    return found
  }

  note(id: string): Note | undefined {
    const el = this.get(id)
    return el?.kind === 'note' ? el : undefined
  }

  /** Bounds of all elements (or of the given ids); null when there are none. */
  bounds(ids?: Iterable<string>): Rect | null {
    return ids ? unionRects(this.getAll(ids)) : unionRects(this.elements)
  }

  /** What a click or a marquee over `ids` selects: whole groups, no locked elements. */
  selectable(ids: readonly string[]): string[] {
    this.#elementsRead()
    return selectableIds(ids, (id) => this.#index.get(id), this.#index.ordered)
  }

  /** The listed elements as snapshots (every key, text as text): the clipboard's payload. */
  snapshots(ids?: Iterable<string>): ElementSnapshot[] {
    this.#elementsRead()
    return snapshotElements(this.#doc, ids ?? elementsMap(this.#doc).keys())
  }

  /** The highest stacking key on the board (null when empty): imports go on top of it. */
  topZ(): string | null {
    this.#elementsRead()
    return topZ(this.#doc)
  }

  /** The board as the shared picture (what every export draws). Throws PictureScopeError. */
  picture(options: DescribeOptions): Picture {
    this.#elementsRead()
    return describeBoard(this.#doc, options)
  }

  /** The board's domain content (cards, relations, assignments, check settings), kept as it
   * changes from first use on. */
  get domainContent(): DomainContent {
    this.#domainContent ??= new DomainContent(this.#doc, (listener) => this.onChange(listener))
    return this.#domainContent
  }

  get title(): string {
    this.#metaRead()
    return readTitle(this.#doc)
  }

  get canUndo(): boolean {
    this.#historyRead()
    return this.#history?.canUndo ?? false
  }

  get canRedo(): boolean {
    this.#historyRead()
    return this.#history?.canRedo ?? false
  }

  /**
   * Called after every change of the elements (local or remote) with the ids it touched (added,
   * changed or removed). Returns the unsubscribe.
   */
  onChange(listener: (changed: ReadonlySet<string>) => void): () => void {
    return this.#listeners.add(listener)
  }

  // Writing ---------------------------------------------------------------------------------

  /**
   * Runs an operation of `shared/ops` with this person's origin (LOCAL_ORIGIN, so undo takes
   * back only their own work) as one undo step, or as part of the step that is open. Returns
   * the operation's result, or null without the edit right (nothing is written then).
   */
  run<Input, Result>(
    op: Operation<Input, Result>,
    input: NoInfer<Input>,
    options: RunOptions = {},
  ): Result | null {
    if (!this.canEdit) return null
    const result = op(this.#doc, input, options.undoable === false ? SETUP_ORIGIN : LOCAL_ORIGIN)
    this.#history?.endStep()
    return result
  }

  /** Runs `write` (several `run`s) as one undo step and returns what it returns. */
  step<T>(write: () => T): T {
    const step = this.openStep()
    try {
      return write()
    } finally {
      step.end()
    }
  }

  /**
   * Opens one undo step for the writes that follow until the returned step is ended (a drag,
   * a typing session, an import written in slices). Steps opened inside it join it.
   */
  openStep(): UndoStep {
    const history = this.#history
    if (!history) return { end() {} }
    history.beginGesture()
    let open = true
    return {
      end() {
        if (!open) return
        open = false
        history.endGesture()
      },
    }
  }

  undo(): boolean {
    return this.#history?.undo() ?? false
  }

  redo(): boolean {
    return this.#history?.redo() ?? false
  }

  destroy(): void {
    this.#domainContent?.destroy()
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
    // Routes around the cards that moved are found again before anyone draws them.
    this.connectors.changed(changed)
    this.#revision++
    this.#listeners.emit(changed)
  }
}

function* readAll(elements: Y.Map<unknown>): Iterable<BoardElement> {
  for (const [id, value] of elements.entries()) yield readElement(id, value)
}
