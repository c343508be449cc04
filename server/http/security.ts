import helmet from 'helmet'
import type { RequestHandler } from 'express'

/**
 * The Content-Security-Policy: everything from this server, nothing from anywhere else, so a
 * board never loads third-party code or leaks to a CDN. Vite builds without inline scripts or
 * styles; only style attributes are allowed inline, because Svelte writes positions with them.
 * No upgrade-insecure-requests: intranet servers often run plain http.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'style-src-attr': ["'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
} as const satisfies Record<string, readonly string[]>

/** Security headers for every response (helmet). */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    referrerPolicy: { policy: 'no-referrer' },
    // HSTS belongs to whoever terminates TLS (the operator's proxy); sent from here over plain
    // http it is ignored, and with includeSubDomains it could break other intranet hosts.
    strictTransportSecurity: false,
  })
}
