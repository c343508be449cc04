/**
 * How a client hands its token to the realtime document endpoint (`/yjs/<boardId>`) without
 * putting it in the URL, where proxies and access logs would record it: as a WebSocket
 * subprotocol. The client offers `werkraum` and `werkraum.token.<token>`; the server answers with
 * `werkraum` alone, so the token is never sent back.
 */

/** The subprotocol the server selects; a browser accepts the handshake only with one it offered. */
export const SYNC_SUBPROTOCOL = 'werkraum'

/** Prefix of the offered subprotocol that carries the token. */
export const TOKEN_SUBPROTOCOL_PREFIX = `${SYNC_SUBPROTOCOL}.token.`

/**
 * Tokens are base64url (server/access/tokens.ts): letters, digits, `-` and `_`, all of them allowed
 * in a subprotocol name (an RFC 7230 token). Anything else would make the browser throw.
 */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{1,512}$/

/**
 * The subprotocols a client offers for `token`. A token that cannot be one (no link the server
 * made) is not offered: the server then refuses the socket with 401, as it would refuse the token.
 */
export function syncSubprotocols(token: string): string[] {
  return TOKEN_PATTERN.test(token)
    ? [SYNC_SUBPROTOCOL, `${TOKEN_SUBPROTOCOL_PREFIX}${token}`]
    : [SYNC_SUBPROTOCOL]
}

/** The token offered in a `Sec-WebSocket-Protocol` header, or null when none is. */
export function tokenFromSubprotocols(header: string | undefined): string | null {
  if (header === undefined) return null
  for (const item of header.split(',')) {
    const protocol = item.trim()
    if (!protocol.startsWith(TOKEN_SUBPROTOCOL_PREFIX)) continue
    const token = protocol.slice(TOKEN_SUBPROTOCOL_PREFIX.length)
    return token === '' ? null : token
  }
  return null
}

/**
 * The subprotocol the server answers with: `werkraum` when offered; otherwise, as before tokens
 * travelled this way, the first one offered (third-party clients may offer their own), but never
 * one that carries a token. False: answer none.
 */
export function answerSubprotocol(offered: ReadonlySet<string>): string | false {
  if (offered.has(SYNC_SUBPROTOCOL)) return SYNC_SUBPROTOCOL
  for (const protocol of offered) {
    if (!protocol.startsWith(TOKEN_SUBPROTOCOL_PREFIX)) return protocol
  }
  return false
}
