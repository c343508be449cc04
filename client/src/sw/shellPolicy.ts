/**
 * Which requests the service worker answers, as pure functions (tested without a browser).
 *
 * The service worker keeps only the app shell: index.html and the built files, so that a board
 * page reloads without a connection and then opens from its local copy (IndexedDB). Board
 * content, the API, the realtime sockets and uploaded images are never cached here.
 */

/** Written by the build (client/build/precachePlugin.ts): the version and every built file. */
export const PRECACHE_MANIFEST_PATH = '/precache.json'
/** The cache key of the app shell: every page path is answered with the same index.html. */
export const SHELL_KEY = '/'
export const CACHE_PREFIX = 'werkraum-shell-'

export interface PrecacheManifest {
  version: string
  /** Paths from the origin's root, e.g. `/assets/index-3f2a.js`. */
  files: string[]
}

/** Paths that belong to the server (API, realtime, health): never answered from a cache. */
const SERVER_PATHS = /^\/(api|yjs|socket\.io|healthz|readyz)(\/|$)/

export type RequestKind =
  /** A page (navigation): network first, the cached shell when the network fails. */
  | 'page'
  /** A built file with a content hash in its name: cache first, it never changes. */
  | 'asset'
  /** Everything else: left to the browser. */
  | 'pass'

export interface RequestFacts {
  url: string
  method: string
  /** Request.mode: 'navigate' for page loads. */
  mode: string
}

/** How the service worker treats a request on this origin. */
export function requestKind(request: RequestFacts, origin: string): RequestKind {
  if (request.method !== 'GET') return 'pass'
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return 'pass'
  }
  if (url.origin !== origin || SERVER_PATHS.test(url.pathname)) return 'pass'
  if (request.mode === 'navigate') return 'page'
  if (url.pathname.startsWith('/assets/') || url.pathname === '/favicon.svg') return 'asset'
  return 'pass'
}

/** Reads the manifest; null when it is not one (an old server, a proxy's error page). */
export function parseManifest(body: unknown): PrecacheManifest | null {
  if (typeof body !== 'object' || body === null) return null
  const { version, files } = body as Record<string, unknown>
  if (typeof version !== 'string' || !Array.isArray(files)) return null
  const paths = files.filter(
    (f): f is string => typeof f === 'string' && f.startsWith('/') && !SERVER_PATHS.test(f),
  )
  return { version, files: paths }
}

/** The cache a manifest's files go into; older ones are deleted once it is complete. */
export function cacheName(version: string): string {
  return `${CACHE_PREFIX}${version}`
}

/** A page answer worth keeping as the shell: a successful HTML page, not an error page. */
export function isShell(status: number, contentType: string | null): boolean {
  return status === 200 && (contentType ?? '').startsWith('text/html')
}
