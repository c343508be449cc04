/**
 * Which pages may open the realtime sockets. A browser names the page's origin in `Origin` on
 * every WebSocket handshake; a page elsewhere (a link on another site, an ad) could otherwise use
 * a visitor's browser to reach a server only that visitor can reach (an intranet) with a leaked
 * link. Clients that are not browsers send no `Origin` and are not affected: the check protects
 * browsers, the token protects the board.
 */
export type OriginCheck = (origin: string | undefined, host: string | undefined) => boolean

/**
 * The check for one server: the request's own host (the page was served from here), PUBLIC_URL's
 * origin (a proxy may rewrite Host) and the configured ALLOWED_ORIGINS.
 */
export function originCheck(
  allowedOrigins: readonly string[],
  publicUrl: string | null,
): OriginCheck {
  const allowed = new Set(allowedOrigins)
  if (publicUrl !== null) allowed.add(new URL(publicUrl).origin)
  return (origin, host) => isOriginAllowed(origin, host, allowed)
}

/**
 * Whether a handshake with this `Origin` and `Host` header may go on. No `Origin`: not a browser,
 * allowed. An opaque origin (`null`: sandboxed frames, files) or anything that is not an http(s)
 * origin: refused.
 */
export function isOriginAllowed(
  origin: string | undefined,
  host: string | undefined,
  allowed: ReadonlySet<string>,
): boolean {
  if (origin === undefined) return true
  const page = parseOrigin(origin)
  if (page === null) return false
  if (allowed.has(page.origin)) return true
  return host !== undefined && sameHost(page, host)
}

function parseOrigin(origin: string): URL | null {
  try {
    const url = new URL(origin)
    return /^https?:$/.test(url.protocol) ? url : null
  } catch {
    return null
  }
}

/**
 * The page came from this server: same host name and port. The scheme is not compared, since
 * behind a TLS proxy the server cannot tell it; the default port is the page's scheme's.
 */
function sameHost(page: URL, host: string): boolean {
  // A Host header is `name[:port]`; anything with a path, user or query is not one.
  if (!/^[^/?#@\s]+$/.test(host)) return false
  try {
    return new URL(`${page.protocol}//${host}`).host === page.host
  } catch {
    return false
  }
}
