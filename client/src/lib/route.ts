/** The pages of the app. */
export type Route =
  | { name: 'start' }
  | { name: 'board'; id: string }
  | { name: 'projector'; id: string }
  | { name: 'notFound' }

/**
 * Maps a location path to a page: `/` the start page, `/b/<id>` a board, `/b/<id>/present` the
 * board's projector view (shared/links.ts, `projectorPath`).
 */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '/index.html') return { name: 'start' }
  const m = /^\/b\/([^/]+)(\/present)?\/?$/.exec(pathname)
  if (m?.[1]) {
    try {
      const id = decodeURIComponent(m[1])
      return m[2] ? { name: 'projector', id } : { name: 'board', id }
    } catch {
      return { name: 'notFound' }
    }
  }
  return { name: 'notFound' }
}
