/**
 * Werkraum's service worker: keeps the app shell so that a board page reloads without a
 * connection (the board itself then opens from its local copy in IndexedDB). Built by Vite to
 * /sw.js (scope /) and registered only in production builds. The rules are in shellPolicy.ts.
 */
import {
  CACHE_PREFIX,
  PRECACHE_MANIFEST_PATH,
  SHELL_KEY,
  cacheName,
  isShell,
  parseManifest,
  requestKind,
  type PrecacheManifest,
} from './shellPolicy.ts'

// The project compiles against the DOM library; these are the few service-worker types used.
interface SwExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void
}
interface SwFetchEvent extends SwExtendableEvent {
  readonly request: Request
  respondWith(response: Promise<Response>): void
}
interface SwScope {
  readonly location: Location
  skipWaiting(): Promise<void>
  readonly clients: { claim(): Promise<void> }
  addEventListener(type: 'install' | 'activate', listener: (event: SwExtendableEvent) => void): void
  addEventListener(type: 'fetch', listener: (event: SwFetchEvent) => void): void
}

const worker = self as unknown as SwScope
const origin = worker.location.origin
/** Look for a new release at most this often (on page loads). */
const REFRESH_INTERVAL_MS = 60_000
let lastRefresh = 0

async function fetchManifest(): Promise<PrecacheManifest | null> {
  const response = await fetch(PRECACHE_MANIFEST_PATH, { cache: 'no-store' })
  if (!response.ok) return null
  return parseManifest(await response.json())
}

async function shellCaches(): Promise<string[]> {
  return (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX))
}

/** Fills the cache of this release with the shell and every built file, then drops the others. */
async function precache(manifest: PrecacheManifest): Promise<void> {
  const name = cacheName(manifest.version)
  const cache = await caches.open(name)
  await cache.addAll([SHELL_KEY, ...manifest.files])
  for (const old of await shellCaches()) if (old !== name) await caches.delete(old)
}

/** A new release on the server (the manifest changed): cache it while the old one still works. */
async function refresh(): Promise<void> {
  const now = Date.now()
  if (now - lastRefresh < REFRESH_INTERVAL_MS) return
  lastRefresh = now
  try {
    const manifest = await fetchManifest()
    if (manifest && !(await shellCaches()).includes(cacheName(manifest.version))) {
      await precache(manifest)
    }
  } catch {
    // Offline or a half-deployed server: the cached release keeps working.
  }
}

async function currentCache(): Promise<Cache | null> {
  const [name] = await shellCaches()
  return name ? caches.open(name) : null
}

async function page(event: SwFetchEvent): Promise<Response> {
  try {
    const response = await fetch(event.request)
    if (isShell(response.status, response.headers.get('content-type'))) {
      const copy = response.clone()
      event.waitUntil(
        (async () => {
          await (await currentCache())?.put(SHELL_KEY, copy)
          await refresh()
        })(),
      )
    }
    return response
  } catch (err) {
    // No network: every page path is the same app, which then opens boards from IndexedDB.
    const cached = await caches.match(SHELL_KEY)
    if (cached) return cached
    throw err
  }
}

async function asset(event: SwFetchEvent): Promise<Response> {
  const cached = await caches.match(event.request)
  if (cached) return cached
  const response = await fetch(event.request)
  if (response.ok) {
    const copy = response.clone()
    event.waitUntil((async () => (await currentCache())?.put(event.request, copy))())
  }
  return response
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const manifest = await fetchManifest()
      if (!manifest) throw new Error('no precache manifest')
      await precache(manifest)
      await worker.skipWaiting()
    })(),
  )
})

worker.addEventListener('activate', (event) => {
  event.waitUntil(worker.clients.claim())
})

worker.addEventListener('fetch', (event) => {
  const kind = requestKind(event.request, origin)
  if (kind === 'page') event.respondWith(page(event))
  else if (kind === 'asset') event.respondWith(asset(event))
})
