import type { Request, RequestHandler } from 'express'
import { hashToken, hashesEqual } from '../auth/tokens.ts'
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
