/** The pages of the app. */
export type Route = { name: 'start' } | { name: 'board'; id: string } | { name: 'notFound' }

/** Maps a location path to a page: `/` the start page, `/b/<id>` a board. */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '/index.html') return { name: 'start' }
  const m = /^\/b\/([^/]+)\/?$/.exec(pathname)
  if (m?.[1]) {
    try {
      return { name: 'board', id: decodeURIComponent(m[1]) }
    } catch {
      return { name: 'notFound' }
    }
  }
  return { name: 'notFound' }
}
