// Kept apart from api.ts (which holds the zod request schemas) so the browser bundle can use
// these without pulling in zod.

export const TITLE_MAX_LENGTH = 200

/** Path that opens a board in the browser with a token; the token rides in the fragment
 * so it never reaches server logs or Referer headers. */
export function boardPath(id: string, token: string): string {
  return `/b/${encodeURIComponent(id)}#${encodeURIComponent(token)}`
}
