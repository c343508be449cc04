import type { Request, RequestHandler } from 'express'
import { hasRight, type Right } from '../../shared/rights.ts'
import type { Access } from '../access/Access.ts'
import type { BoardRecord } from '../store/BoardStore.ts'
import { hashToken, hashesEqual } from '../access/tokens.ts'
import { HttpError } from './errors.ts'

// RFC 6750 b64token: what a bearer token may look like on the wire.
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i

/** The bearer token of a request; a missing or malformed Authorization header is a 401. */
export function bearerToken(req: Request): string {
  const header = req.get('authorization')
  const match = header === undefined ? null : BEARER.exec(header)
  if (!match?.[1]) {
    throw new HttpError(
      401,
      'unauthorized',
      'Send the token as "Authorization: Bearer <token>".',
      undefined,
      { 'WWW-Authenticate': 'Bearer' },
    )
  }
  return match[1]
}

/** What a request's bearer token opens: the board and the right it grants there. */
export interface RequestAccess {
  board: BoardRecord
  right: Right
}

/** A right a route needs beyond opening the board, and the sentence of its 403. */
export interface NeededRight {
  right: Right
  refusal: string
}

/**
 * Asks `access` what the request's bearer token may do on board `boardId`, and answers HTTP: 401
 * `unauthorized` without a token, 404 `board_not_found` for an unknown board, 401
 * `invalid_token` for a token that opens nothing there (wrong or rotated), 403 `forbidden` with
 * `need.refusal` when the right is below `need.right`.
 */
export async function requireAccess(
  access: Access,
  req: Request,
  boardId: string,
  need?: NeededRight,
): Promise<RequestAccess> {
  const decision = await access.decideWithBoard(boardId, bearerToken(req))
  if (!decision.granted) {
    if (decision.refusal === 'board_not_found') {
      throw new HttpError(404, 'board_not_found', 'There is no board with this id.')
    }
    throw new HttpError(401, 'invalid_token', 'This token does not open this board.', undefined, {
      'WWW-Authenticate': 'Bearer error="invalid_token"',
    })
  }
  if (need !== undefined && !hasRight(decision.right, need.right)) {
    throw new HttpError(403, 'forbidden', need.refusal)
  }
  return { board: decision.board, right: decision.right }
}

/**
 * When CREATE_TOKEN is set, creating a board needs it as bearer token. Compared as hashes in
 * constant time, so neither the content nor the length of the token leaks through timing.
 */
export function requireCreateToken(createToken: string | null): RequestHandler {
  const expected = createToken === null ? null : hashToken(createToken)
  return (req, _res, next) => {
    if (expected === null) return next()
    const given = hashToken(bearerToken(req))
    if (!hashesEqual(given, expected)) {
      throw new HttpError(
        401,
        'invalid_create_token',
        'This token does not allow creating boards.',
        undefined,
        {
          'WWW-Authenticate': 'Bearer error="invalid_token"',
        },
      )
    }
    next()
  }
}
