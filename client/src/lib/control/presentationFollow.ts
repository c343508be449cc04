import type { ViewRect } from '../../../../shared/protocol/viewRect.ts'
import type { Session } from '../editor/session.svelte.ts'
import type { Follow, FollowTarget } from '../presence/follow.svelte.ts'
import { viewToCamera } from '../presence/viewToCamera.ts'
import { t } from '../i18n/i18n.svelte.ts'
import type { ControlConnection } from './controlConnection.svelte.ts'

/** The follow target key of the facilitator's presentation (participants use `client:<id>`). */
export const PRESENTER_KEY = 'presenter'

export interface PresentationMessages {
  /** The follow banner during a presentation, naming the presenter when known. */
  banner(presenter: string | null): string
  /** Said to screen readers when my view starts following the presentation. */
  started(presenter: string | null): string
  stopped(): string
  /** Said to screen readers when a facilitator brought everyone to their view. */
  summoned(): string
}

const DEFAULT_MESSAGES: PresentationMessages = {
  banner: (name) =>
    name === null ? t('follow.presentationBanner') : t('follow.presentationBannerBy', { name }),
  started: (name) =>
    name === null ? t('follow.presentationStarted') : t('follow.presentationStartedBy', { name }),
  stopped: () => t('follow.presentationStopped'),
  summoned: () => t('control.summoned'),
}

/**
 * Binds the control channel to follow mode: when a facilitator presents, everyone else's view
 * follows theirs through the same `Follow` that follows a participant (panning or Escape leaves,
 * `rejoin` comes back); a summon moves the view once. `presenterName` names the person with an
 * awareness client id (from presence; null while unknown). Returns `rejoin` and the unsubscribe.
 */
export function followPresentations(
  control: ControlConnection,
  follow: Follow,
  session: Session,
  presenterName: (awarenessId: number) => string | null,
  messages: PresentationMessages = DEFAULT_MESSAGES,
): { rejoin(): void; destroy(): void } {
  const name = (): string | null => {
    const presenter = control.presentation?.awareness
    return presenter === undefined ? null : presenterName(presenter)
  }
  const target = (): FollowTarget => ({
    key: PRESENTER_KEY,
    banner: () => messages.banner(name()),
    started: () => messages.started(name()),
    stopped: () => messages.stopped(),
    view: () => control.presentation?.view ?? null,
  })
  const rejoin = (): void => {
    if (control.presentation && !control.presenting) follow.start(target())
  }
  const stopPresentation = control.onPresentationChanged((next) => {
    if (next === null || control.presenting) {
      if (follow.isFollowing(PRESENTER_KEY)) follow.stop('stopped')
      return
    }
    // Joining during a presentation: its view, not the whole board, is the first thing to see.
    session.placed = true
    follow.start(target())
  })
  const stopSummons = control.onSummoned((view: ViewRect) => {
    // A summon outranks following a participant; the presentation (if any) moves me on anyway.
    if (follow.target && !follow.isFollowing(PRESENTER_KEY)) follow.stop('replaced')
    const { viewport } = session
    if (viewport.width > 0 && viewport.height > 0) session.setCamera(viewToCamera(view, viewport))
    session.notify(messages.summoned())
  })
  return {
    rejoin,
    destroy() {
      stopPresentation()
      stopSummons()
    },
  }
}
