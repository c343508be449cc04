import { z } from 'zod/mini'

/** Board ids the server accepts (the same pattern as the realtime endpoint). */
const BOARD_ID = /^[A-Za-z0-9_-]{1,128}$/

/**
 * The handshake of the control channel: socket.io's `auth` option. The token is one of the
 * board's share tokens; its right holds for the whole connection (a rotation ends it).
 */
export const ControlAuth = z.strictObject({
  boardId: z.string().check(z.regex(BOARD_ID)),
  token: z.string().check(z.minLength(1), z.maxLength(512)),
})
export type ControlAuth = z.infer<typeof ControlAuth>

/**
 * What a refused handshake carries in socket.io's `connect_error` (`err.data`), besides a
 * sentence in `err.message`.
 */
export interface ControlConnectErrorData {
  code: 'invalid_auth' | 'board_not_found' | 'invalid_token' | 'unavailable'
}
