import type { ExtendedError, Socket } from 'socket.io'
import { ControlAuth, type ControlConnectErrorData } from '../../shared/protocol/auth.ts'
import type { Right } from '../../shared/rights.ts'
import type { Access } from '../access/Access.ts'
import type { Logger } from '../log.ts'
import '../validationMessages.ts'

/** What the server knows about a control socket once its handshake passed. */
export interface ControlSocketData {
  boardId: string
  right: Right
}

/** A refused handshake: socket.io hands `message` and `data` to the client's `connect_error`. */
function refusal(code: ControlConnectErrorData['code'], message: string): ExtendedError {
  const err: ExtendedError = new Error(message)
  err.data = { code } satisfies ControlConnectErrorData
  return err
}

const INVALID_AUTH = 'Send auth as { boardId, token } with a token of the board.'

/**
 * The handshake check: `auth` must be `{ boardId, token }` and the token must open the board
 * (`Access` decides). The right is fixed for the connection; rotating the token disconnects it.
 */
export function authenticate(access: Access, log: Logger) {
  return (socket: Socket, next: (err?: ExtendedError) => void): void => {
    const parsed = ControlAuth.safeParse(socket.handshake.auth)
    if (!parsed.success) {
      next(refusal('invalid_auth', INVALID_AUTH))
      return
    }
    const { boardId, token } = parsed.data
    access
      .decide(boardId, token)
      .then((decision) => {
        if (decision.granted) {
          const data: ControlSocketData = { boardId, right: decision.right }
          socket.data = data
          next()
        } else if (decision.refusal === 'board_not_found') {
          next(refusal('board_not_found', 'There is no board with this id.'))
        } else if (decision.refusal === 'invalid_token') {
          next(refusal('invalid_token', 'This link does not open this board (any more).'))
        } else {
          // The schema requires a token, so this is only here for completeness.
          next(refusal('invalid_auth', INVALID_AUTH))
        }
      })
      .catch((err: unknown) => {
        log.error('control: could not check access', { boardId, err })
        next(refusal('unavailable', 'The server cannot check this link right now.'))
      })
  }
}
