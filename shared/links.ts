// Kept apart from api.ts (which holds the zod request schemas) so the browser bundle can use
// these without pulling in zod.

export const TITLE_MAX_LENGTH = 200

/** Path that opens a board in the browser with a token; the token rides in the fragment
 * so it never reaches server logs or Referer headers. */
export function boardPath(id: string, token: string): string {
  return `/b/${encodeURIComponent(id)}#${encodeURIComponent(token)}`
}

/**
 * Path of a board's projector view (a second screen or the beamer): the board with no editing
 * chrome, following the presentation. It opens with the view link's token only; `joinToken`,
 * when given, is the token of the link its QR code shows (the edit link, for the room to join).
 * Both ride in the fragment: `/b/<id>/present#<viewToken>&join=<joinToken>`.
 */
export function projectorPath(id: string, viewToken: string, joinToken?: string): string {
  const join = joinToken ? `&join=${encodeURIComponent(joinToken)}` : ''
  return `/b/${encodeURIComponent(id)}/present#${encodeURIComponent(viewToken)}${join}`
}

/** The tokens in a projector path's fragment (see projectorPath); null without a view token. */
export function parseProjectorFragment(
  hash: string,
): { token: string; join: string | null } | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash
  const [first, ...rest] = raw.split('&')
  const token = decodeSafely(first ?? '')
  if (!token) return null
  const joinPart = rest.find((part) => part.startsWith('join='))
  const join = joinPart ? decodeSafely(joinPart.slice('join='.length)) : null
  return { token, join: join || null }
}

function decodeSafely(part: string): string | null {
  try {
    return decodeURIComponent(part).trim() || null
  } catch {
    return null
  }
}
