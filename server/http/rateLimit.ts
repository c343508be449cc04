import { rateLimit } from 'express-rate-limit'
import type { RequestHandler } from 'express'
import type { Logger } from '../log.ts'
import { sendError } from './errors.ts'

export interface CreateRateLimitOptions {
  perMinute: number
  /** Whether TRUST_PROXY is set; when not, a forwarded address is ignored and worth a warning. */
  trustsProxy: boolean
  log: Logger
}

/**
 * Limits board creation per client address. Counted in memory, per process: enough to stop a
 * runaway script on one instance. The address is the socket's unless TRUST_PROXY names the
 * proxies in front.
 */
export function createBoardRateLimit({
  perMinute,
  trustsProxy,
  log,
}: CreateRateLimitOptions): RequestHandler {
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Reported once through our log instead (below), not as a stack trace on stderr.
    validate: { xForwardedForHeader: false },
    handler: (_req, res) => {
      sendError(res, 429, {
        error: 'rate_limited',
        message: 'Too many boards created from this address; try again in a minute.',
      })
    },
  })
  let warned = trustsProxy
  return (req, res, next) => {
    if (!warned && req.get('x-forwarded-for') !== undefined) {
      warned = true
      log.warn(
        'X-Forwarded-For received but TRUST_PROXY is not set: every client behind that proxy ' +
          'shares one create rate limit. Set TRUST_PROXY to the number or addresses of the proxies.',
      )
    }
    return limiter(req, res, next)
  }
}
