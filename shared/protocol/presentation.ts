import { z } from 'zod/mini'
import { ViewRect } from './viewRect.ts'

/**
 * "Everyone follows me": one facilitator presents, everyone else's view follows theirs until
 * the presentation stops. The server keeps who presents (per board, in memory) and tells late
 * joiners in `session:state`.
 */

/**
 * `presentation:start` (client → server, facilitate): start presenting (or take over) from
 * `view`. `awareness` is the presenter's Yjs awareness client id, by which the others find their
 * name in presence (optional: without it the presentation is unnamed).
 */
export const PresentationStartPayload = z.strictObject({
  view: ViewRect,
  awareness: z.optional(z.int().check(z.gte(0), z.lte(0xffffffff))),
})
export type PresentationStartPayload = z.infer<typeof PresentationStartPayload>

/** `presentation:view` (client → server, facilitate, the presenter only): the presenter's view moved. */
export const PresentationViewPayload = z.strictObject({ view: ViewRect })
export type PresentationViewPayload = z.infer<typeof PresentationViewPayload>

/** `presentation:stop` (client → server, facilitate): end the presentation, whoever runs it. */
export const PresentationStopPayload = z.strictObject({})
export type PresentationStopPayload = z.infer<typeof PresentationStopPayload>

/**
 * A running presentation: the presenter's control connection id, their latest view and, when
 * they gave it, their awareness client id.
 */
export interface Presentation {
  presenter: string
  view: ViewRect
  awareness?: number
}

/** `presentation:started` (server → everyone on the board, the presenter included). */
export type PresentationStartedEvent = Presentation

/** `presentation:view` (server → everyone but the presenter). */
export interface PresentationViewEvent {
  view: ViewRect
}

/** `presentation:stopped` (server → everyone on the board). */
export interface PresentationStoppedEvent {
  /** Why: a facilitator stopped it, or the presenter left. */
  reason: 'stopped' | 'presenter_left'
}
