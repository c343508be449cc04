import * as Y from 'yjs'
import { LOCAL_ORIGIN } from './origins.ts'
import { UNDOABLE_ROOTS } from './schema/roots.ts'

/**
 * Undo and redo of one person's own work. Only LOCAL_ORIGIN transactions are tracked, so
 * undo never reverts an edit that arrived from someone else.
 *
 * Steps are explicit: every operation is its own step, except inside a gesture (a drag, a
 * typing session) where everything between `beginGesture` and `endGesture` is one step.
 */
export class History {
  readonly #manager: Y.UndoManager
  #gestureDepth = 0

  constructor(doc: Y.Doc) {
    this.#manager = new Y.UndoManager(
      UNDOABLE_ROOTS.map((name) => doc.getMap(name)),
      {
        trackedOrigins: new Set([LOCAL_ORIGIN]),
        // Never merge by time: steps are cut by endStep()/endGesture().
        captureTimeout: Number.MAX_SAFE_INTEGER,
      },
    )
  }

  /** Call after each operation; outside a gesture it closes the undo step. */
  endStep(): void {
    if (this.#gestureDepth === 0) this.#manager.stopCapturing()
  }

  beginGesture(): void {
    if (this.#gestureDepth === 0) this.#manager.stopCapturing()
    this.#gestureDepth++
  }

  endGesture(): void {
    this.#gestureDepth = Math.max(0, this.#gestureDepth - 1)
    if (this.#gestureDepth === 0) this.#manager.stopCapturing()
  }

  undo(): boolean {
    this.#manager.stopCapturing()
    return this.#manager.undo() !== null
  }

  redo(): boolean {
    this.#manager.stopCapturing()
    return this.#manager.redo() !== null
  }

  get canUndo(): boolean {
    return this.#manager.canUndo()
  }

  get canRedo(): boolean {
    return this.#manager.canRedo()
  }

  /** Subscribes to changes of canUndo/canRedo; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const
    for (const e of events) this.#manager.on(e, listener)
    return () => {
      for (const e of events) this.#manager.off(e, listener)
    }
  }

  destroy(): void {
    this.#manager.destroy()
  }
}
