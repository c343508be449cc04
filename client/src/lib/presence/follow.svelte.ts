import type { Rect } from '../geometry/geometry.ts'
import type { Session } from '../editor/session.svelte.ts'
import { viewToCamera } from './viewToCamera.ts'
import { Listeners } from '../listeners.ts'

/**
 * Whom my view follows: a participant (by awareness client id), or the facilitator's
 * presentation on the control plane. `view` returns their visible board rectangle now (null
 * while unknown); reading reactive state in it lets the page re-fit when it changes. The target
 * says itself how it is named (a person and a presentation read differently).
 */
export interface FollowTarget {
  /** Identifies the target, e.g. `client:123` or `presenter`. */
  key: string
  /** What the banner says while I follow (may read reactive state, e.g. a name that arrives). */
  banner(): string
  /** Said to screen readers when following starts. */
  started(): string
  /** Said to screen readers when following ends for `reason`. */
  stopped(reason: FollowStopReason): string
  view(): Rect | null
}

/** Why following ended: I moved the view, pressed Escape or Stop, they left, or someone else took over. */
export type FollowStopReason = 'moved' | 'stopped' | 'gone' | 'replaced'

/**
 * Follow mode: my camera shows the target's view, re-fitted whenever it changes, until I move
 * the view myself (the page calls `ownCameraMoved`) or stop. The camera is set on the Session
 * directly, so only moves of my own (through the Editor) end it. Reusable for any target.
 */
export class Follow {
  target = $state.raw<FollowTarget | null>(null)

  readonly #session: Session
  readonly #stopListeners = new Listeners<[target: FollowTarget, reason: FollowStopReason]>()

  constructor(session: Session) {
    this.#session = session
  }

  /** Starts following `target` (replacing whomever I followed) and jumps to their view. */
  start(target: FollowTarget): void {
    if (this.target && this.target.key !== target.key) this.#end('replaced', false)
    const already = this.target?.key === target.key
    this.target = target
    if (!already) this.#session.announce(target.started())
    this.refresh()
  }

  /** Fits the target's current view into my screen (after their view or my screen changed). */
  refresh(): void {
    const view = this.target?.view()
    const viewport = this.#session.viewport
    if (!view || viewport.width <= 0 || viewport.height <= 0) return
    this.#session.setCamera(viewToCamera(view, viewport))
  }

  /** I moved the view myself: following ends. */
  ownCameraMoved(): void {
    if (this.target) this.#end('moved', true)
  }

  /** Ends following (Escape, the banner's button, the target left). */
  stop(reason: FollowStopReason = 'stopped'): void {
    if (this.target) this.#end(reason, true)
  }

  isFollowing(key: string): boolean {
    return this.target?.key === key
  }

  /** Called whenever following ends, with the reason; returns the unsubscribe. */
  onStop(listener: (target: FollowTarget, reason: FollowStopReason) => void): () => void {
    return this.#stopListeners.add(listener)
  }

  #end(reason: FollowStopReason, announce: boolean): void {
    const target = this.target
    if (!target) return
    this.target = null
    if (announce) this.#session.announce(target.stopped(reason))
    this.#stopListeners.emit(target, reason)
  }
}
