// socket.io-client from Node against the control channel, as the browser uses it.
import { io, type Socket } from 'socket.io-client'
import type { Ack } from '../../shared/protocol/ack.ts'
import type { ControlClientEvents, ControlServerEvents } from '../../shared/protocol/events.ts'
import type { SessionStateEvent } from '../../shared/protocol/session.ts'
import type { ServerAddress } from './yclient.ts'

export type ControlClient = Socket<ControlServerEvents, ControlClientEvents>

export interface ConnectedControl {
  socket: ControlClient
  /** The `session:state` the server sent on connect. */
  state: SessionStateEvent
}

function open(server: ServerAddress, auth: unknown): ControlClient {
  return io(server.url, {
    auth: auth as Record<string, unknown>,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  })
}

/** Connects and resolves with the first session state; rejects on a refused handshake. */
export function connectControl(server: ServerAddress, auth: unknown): Promise<ConnectedControl> {
  const socket = open(server, auth)
  return new Promise((resolve, reject) => {
    socket.once('session:state', (state) => resolve({ socket, state }))
    socket.once('connect_error', (err) => {
      socket.close()
      reject(err)
    })
  })
}

/** Connects with auth that should be refused; resolves with the refusal's code and message. */
export function refusedControl(
  server: ServerAddress,
  auth: unknown,
): Promise<{ code: unknown; message: string }> {
  const socket = open(server, auth)
  return new Promise((resolve, reject) => {
    socket.once('connect', () => {
      socket.close()
      reject(new Error('the handshake was accepted'))
    })
    socket.once('connect_error', (err: Error & { data?: { code?: unknown } }) => {
      socket.close()
      resolve({ code: err.data?.code, message: err.message })
    })
  })
}

/** Sends an event (any name, any payload: tests send what no client should) and awaits its ack. */
export function send(socket: ControlClient, event: string, payload?: unknown): Promise<Ack> {
  const raw = socket as unknown as Socket
  return raw.timeout(5000).emitWithAck(event, payload) as Promise<Ack>
}

/** Resolves with the next `event` the socket receives. */
export function next<E extends keyof ControlServerEvents>(
  socket: ControlClient,
  event: E,
): Promise<Parameters<ControlServerEvents[E]>[0]> {
  const raw = socket as unknown as Socket
  return new Promise((resolve) =>
    raw.once(event as string, (value: Parameters<ControlServerEvents[E]>[0]) => resolve(value)),
  )
}

/** Resolves once the server disconnected the socket, with socket.io's reason. */
export function disconnected(socket: ControlClient): Promise<string> {
  return new Promise((resolve) => socket.once('disconnect', (reason) => resolve(reason)))
}
