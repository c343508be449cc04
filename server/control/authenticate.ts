import type { ExtendedError, Socket } from 'socket.io'
import { ControlAuth, type ControlConnectErrorData } from '../../shared/protocol/auth.ts'
import type { Right } from '../../shared/rights.ts'
import type { Revocations } from '../auth/revocations.ts'
import { hashToken } from '../auth/tokens.ts'
import type { Logger } from '../log.ts'
import type { BoardStore } from '../store/BoardStore.ts'
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

/**
 * The handshake check: `auth` must be `{ boardId, token }` and the token must open the board.
 * The right is fixed for the connection; rotating the token disconnects it.
 */
export function authenticate(store: BoardStore, log: Logger, revocations: Revocations) {
  return (socket: Socket, next: (err?: ExtendedError) => void): void => {
    const parsed = ControlAuth.safeParse(socket.handshake.auth)
    if (!parsed.success) {
      next(refusal('invalid_auth', 'Send auth as { boardId, token } with a token of the board.'))
      return
    }
    const { boardId, token } = parsed.data
    revocations
      .lookUpSettled(boardId, () => rightFor(store, boardId, token))
      .then((outcome) => {
        if (outcome === 'board_not_found') {
          next(refusal(outcome, 'There is no board with this id.'))
        } else if (outcome === 'invalid_token') {
          next(refusal(outcome, 'This link does not open this board (any more).'))
        } else {
          const data: ControlSocketData = { boardId, right: outcome }
          socket.data = data
          next()
        }
      })
      .catch((err: unknown) => {
        log.error('control: could not check access', { boardId, err })
        next(refusal('unavailable', 'The server cannot check this link right now.'))
      })
  }
}

async function rightFor(
  store: BoardStore,
  boardId: string,
  token: string,
): Promise<Right | 'board_not_found' | 'invalid_token'> {
  const right = await store.rightForTokenHash(boardId, hashToken(token))
  if (right !== null) return right
  return (await store.getBoard(boardId)) === null ? 'board_not_found' : 'invalid_token'
}
