/**
 * Every control command is answered with one acknowledgement shape, so a client handles
 * success and refusal the same way for every event, including the ones still to come.
 */

/** Why the server refused a command or a connection. Programs switch on these; people read `message`. */
export const CONTROL_ERROR_CODES = [
  /** The handshake's `auth` is not `{ boardId, token }`. */
  'invalid_auth',
  /** No board with this id. */
  'board_not_found',
  /** The token opens nothing on this board (wrong, or replaced by a rotation). */
  'invalid_token',
  /** The token's right is too low for this event. */
  'forbidden',
  /** The payload does not match the event's schema; nothing changed. */
  'invalid_payload',
  /** No such event. */
  'unknown_event',
  /** Too many events from this connection; try again shortly. */
  'rate_limited',
  /** The command does not fit the session's state (e.g. moving a presentation someone else runs). */
  'conflict',
  /** The server cannot answer now (storage unreadable, shutting down). */
  'unavailable',
] as const
export type ControlErrorCode = (typeof CONTROL_ERROR_CODES)[number]

export interface ControlError {
  code: ControlErrorCode
  message: string
}

/** The answer to a command: `{ ok: true, …result }` or `{ ok: false, error }`. */
export type Ack<T extends object = object> = ({ ok: true } & T) | { ok: false; error: ControlError }

/** The callback socket.io hands a command for its answer. */
export type AckCallback<T extends object = object> = (ack: Ack<T>) => void

export function ackOk<T extends object>(result: T): Ack<T> {
  return { ok: true, ...result }
}

export function ackError(
  code: ControlErrorCode,
  message: string,
): { ok: false; error: ControlError } {
  return { ok: false, error: { code, message } }
}

export function isControlErrorCode(value: unknown): value is ControlErrorCode {
  return typeof value === 'string' && (CONTROL_ERROR_CODES as readonly string[]).includes(value)
}
