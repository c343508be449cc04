import { z } from 'zod/mini'
import { ViewRect } from './viewRect.ts'

/** `summon` (client → server, facilitate): bring everyone else to this part of the board, once. */
export const SummonPayload = z.strictObject({ view: ViewRect })
export type SummonPayload = z.infer<typeof SummonPayload>

/** `summoned` (server → everyone else on the board): jump to `view`. */
export interface SummonedEvent {
  view: ViewRect
}
