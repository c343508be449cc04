import type { z } from 'zod/mini'
import type { Right } from '../rights.ts'
import type { AckCallback } from './ack.ts'
import {
  PresentationStartPayload,
  PresentationStopPayload,
  PresentationViewPayload,
  type PresentationStartedEvent,
  type PresentationStoppedEvent,
  type PresentationViewEvent,
} from './presentation.ts'
import type { AccessRevokedEvent, LinkReplacedEvent, SessionStateEvent } from './session.ts'
import { SummonPayload, type SummonedEvent } from './summon.ts'

/**
 * Every command a client may send: the right it needs and the schema its payload must match.
 * The server refuses anything else. New facilitation features (timer, voting, lock, silent
 * writing) add rows here and a handler on the server.
 */
export const CONTROL_COMMANDS = {
  summon: { right: 'facilitate', payload: SummonPayload },
  'presentation:start': { right: 'facilitate', payload: PresentationStartPayload },
  'presentation:view': { right: 'facilitate', payload: PresentationViewPayload },
  'presentation:stop': { right: 'facilitate', payload: PresentationStopPayload },
} as const satisfies Record<string, { right: Right; payload: z.ZodMiniType }>

export type ControlCommand = keyof typeof CONTROL_COMMANDS
export type CommandPayload<C extends ControlCommand> = z.infer<
  (typeof CONTROL_COMMANDS)[C]['payload']
>

export function isControlCommand(name: string): name is ControlCommand {
  return Object.hasOwn(CONTROL_COMMANDS, name)
}

/** Client → server, as socket.io-client types them: a payload and an acknowledgement. */
export type ControlClientEvents = {
  [C in ControlCommand]: (payload: CommandPayload<C>, ack: AckCallback) => void
}

/** Server → client. */
export interface ControlServerEvents {
  'session:state': (state: SessionStateEvent) => void
  summoned: (event: SummonedEvent) => void
  'presentation:started': (event: PresentationStartedEvent) => void
  'presentation:view': (event: PresentationViewEvent) => void
  'presentation:stopped': (event: PresentationStoppedEvent) => void
  'access:revoked': (event: AccessRevokedEvent) => void
  'link:replaced': (event: LinkReplacedEvent) => void
}
