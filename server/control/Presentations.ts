import type { Presentation } from '../../shared/protocol/presentation.ts'
import type { ViewRect } from '../../shared/protocol/viewRect.ts'

/**
 * Who presents on which board. In memory, in this process: with several instances behind a
 * load balancer (REDIS_URL, later) this moves to Redis. A board nobody presents on costs
 * nothing: the entry goes when the presentation stops or the presenter leaves.
 */
export class Presentations {
  readonly #byBoard = new Map<string, Presentation>()

  get(boardId: string): Presentation | null {
    return this.#byBoard.get(boardId) ?? null
  }

  /** Starts a presentation, or hands it to another presenter. */
  start(boardId: string, presenter: string, view: ViewRect, awareness?: number): Presentation {
    const presentation: Presentation =
      awareness === undefined ? { presenter, view } : { presenter, view, awareness }
    this.#byBoard.set(boardId, presentation)
    return presentation
  }

  /** Records the presenter's view; false when `presenter` is not the one presenting. */
  move(boardId: string, presenter: string, view: ViewRect): boolean {
    const current = this.#byBoard.get(boardId)
    if (current?.presenter !== presenter) return false
    current.view = view
    return true
  }

  /** Stops the presentation on a board; false when none ran. */
  stop(boardId: string): boolean {
    return this.#byBoard.delete(boardId)
  }

  /** Stops it only when `presenter` runs it (they left). */
  leave(boardId: string, presenter: string): boolean {
    if (this.#byBoard.get(boardId)?.presenter !== presenter) return false
    return this.#byBoard.delete(boardId)
  }

  get size(): number {
    return this.#byBoard.size
  }
}
