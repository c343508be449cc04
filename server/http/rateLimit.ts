import { rateLimit } from 'express-rate-limit'
import type { RequestHandler } from 'express'
import { sendError } from './errors.ts'

/**
 * Limits board creation per client address to `perMinute`. Counted in memory, per process:
 * enough to stop a runaway script on one instance. The address is the socket's unless
 * TRUST_PROXY names the proxies in front.
 */
export function createBoardRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      sendError(res, 429, {
        error: 'rate_limited',
        message: 'Too many boards created from this address; try again in a minute.',
      })
    },
  })
}
