import type { DefaultEventsMap, Server, Socket } from 'socket.io'
import type { ControlServerEvents } from '../../shared/protocol/events.ts'
import type { ControlSocketData } from './authenticate.ts'

// Incoming events are typed loosely on purpose: nothing a client sends is trusted before
// the dispatcher has checked the right and parsed the payload.

/** The socket.io server of the control plane. */
export type ControlIo = Server<
  DefaultEventsMap,
  ControlServerEvents,
  DefaultEventsMap,
  ControlSocketData
>

/** One authenticated control connection. */
export type ControlSocket = Socket<
  DefaultEventsMap,
  ControlServerEvents,
  DefaultEventsMap,
  ControlSocketData
>
