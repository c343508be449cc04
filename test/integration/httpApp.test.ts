// The HTTP app in this process over a real socket, for what a child server cannot show:
// a storage that fails underneath, an unexpected error, a client build that is there or not.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApp } from '../../server/app.ts'
import { loadConfig } from '../../server/config.ts'
import type { Logger } from '../../server/log.ts'
import { StorageUnavailableError, type BoardStore } from '../../server/store/BoardStore.ts'
import { openStore } from '../../server/store/index.ts'

interface Harness {
  url: string
  store: BoardStore
  errors: Array<{ message: string; fields?: Record<string, unknown> }>
  warnings: string[]
}

let dir: string
const cleanups: Array<() => Promise<void>> = []

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'werkraum-app-'))
})

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  rmSync(dir, { recursive: true, force: true })
})

/** Serves createApp on port 0; `wrapStore` may replace the real store underneath. */
async function serve(
  env: Record<string, string> = {},
  wrapStore: (store: BoardStore) => BoardStore = (s) => s,
): Promise<Harness> {
  const config = loadConfig({ DATA_DIR: path.join(dir, 'data'), ...env })
  const errors: Harness['errors'] = []
  const warnings: string[] = []
  const log: Logger = {
    info: () => {},
    warn: (message) => warnings.push(message),
    error: (message, fields) => errors.push({ message, fields }),
  }
  const store = await openStore(config, log, {})
  // The app does not use the realtime server yet; any value stands in for it here.
  const app = createApp({ store: wrapStore(store), config, sync: null, log })
  const server = http.createServer(app)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cleanups.push(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
    await store.close()
  })
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    store,
    errors,
    warnings,
  }
}

/** The real store, except that getBoard fails the way a bug would. */
function withFailingGetBoard(store: BoardStore, error: Error): BoardStore {
  return new Proxy(store, {
    get(target, key) {
      if (key === 'getBoard') return () => Promise.reject(error)
      const value = Reflect.get(target, key) as unknown
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

function buildClient(): string {
  const clientDir = path.join(dir, 'client')
  mkdirSync(path.join(clientDir, 'assets'), { recursive: true })
  writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Werkraum</title>')
  writeFileSync(path.join(clientDir, 'assets', 'index-3f2a.js'), 'console.log("werkraum")')
  writeFileSync(path.join(clientDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  return clientDir
}

async function createBoard(url: string): Promise<{ id: string; editToken: string }> {
  const res = await fetch(`${url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  })
  expect(res.status).toBe(201)
  return (await res.json()) as { id: string; editToken: string }
}

describe('storage failures', () => {
  it('answers 503 with the storage message when the store is unavailable', async () => {
    const { url, store, errors } = await serve()
    const board = await createBoard(url)
    await store.close()

    const res = await fetch(`${url}/api/boards/${board.id}`, {
      headers: { authorization: `Bearer ${board.editToken}` },
    })
    expect(res.status).toBe(503)
    expect(await res.json()).toEqual({
      error: 'storage_unavailable',
      message: 'storage is closed: cannot read board',
    })
    expect(errors.map((e) => e.message)).toEqual(['storage unavailable'])
  })

  it('answers 500 without internals for an unexpected error, and logs it', async () => {
    const { url, errors } = await serve({}, (store) =>
      withFailingGetBoard(store, new Error('SELECT went sideways at /srv/secret/path')),
    )
    const res = await fetch(`${url}/api/boards/abc`, { headers: { authorization: 'Bearer abc' } })
    expect(res.status).toBe(500)
    const text = await res.text()
    expect(JSON.parse(text)).toEqual({
      error: 'internal_error',
      message: 'Something went wrong on the server.',
    })
    expect(text).not.toMatch(/sideways|secret|at /)
    expect(errors).toHaveLength(1)
    expect(errors[0]?.fields).toMatchObject({ method: 'GET', path: '/api/boards/abc' })
  })
})

/** The real store, except that its writes fail with `error` (readiness probes write). */
function withFailingWrites(store: BoardStore, error: () => Error): BoardStore {
  return new Proxy(store, {
    get(target, key) {
      if (key === 'probeWrite') return () => Promise.reject(error())
      const value = Reflect.get(target, key) as unknown
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

describe('readiness', () => {
  it('is ready on a writable store, with a real SQLite commit and a file in DATA_DIR', async () => {
    const { url } = await serve()
    const res = await fetch(`${url}/readyz`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await res.json()).toEqual({ ready: true })
  })

  it('answers 503 disk_full on a full disk, while /healthz stays 200 (alive, not ready)', async () => {
    const full = () =>
      new StorageUnavailableError(
        'disk full: cannot write the readiness probe',
        Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }),
      )
    const { url, warnings } = await serve({}, (store) => withFailingWrites(store, full))
    const res = await fetch(`${url}/readyz`)
    expect(res.status).toBe(503)
    expect(await res.json()).toEqual({
      error: 'disk_full',
      message: 'The server has no space left to store.',
    })
    expect((await fetch(`${url}/healthz`)).status).toBe(200)
    expect(warnings).toContain('not ready: storage refuses writes')
  })

  it('answers 503 storage_unwritable on a read-only store', async () => {
    const readOnly = () =>
      new StorageUnavailableError(
        'read-only: cannot write the readiness probe',
        Object.assign(new Error('attempt to write a readonly database'), {
          code: 'SQLITE_READONLY',
        }),
      )
    const { url } = await serve({}, (store) => withFailingWrites(store, readOnly))
    const res = await fetch(`${url}/readyz`)
    expect(res.status).toBe(503)
    expect(((await res.json()) as { error: string }).error).toBe('storage_unwritable')
  })
})

describe('client serving', () => {
  it('serves index.html for the app routes, revalidated on every load', async () => {
    const { url } = await serve({ CLIENT_DIR: buildClient() })
    for (const route of ['/', '/b/abc123', '/neu']) {
      const res = await fetch(`${url}${route}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toMatch(/^text\/html/)
      expect(res.headers.get('cache-control')).toBe('no-cache')
      expect(await res.text()).toContain('<title>Werkraum</title>')
    }
  })

  it('caches hashed assets for a year and answers 404 for a missing one', async () => {
    const { url } = await serve({ CLIENT_DIR: buildClient() })
    const asset = await fetch(`${url}/assets/index-3f2a.js`)
    expect(asset.status).toBe(200)
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(await asset.text()).toBe('console.log("werkraum")')

    const missing = await fetch(`${url}/assets/index-0000.js`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-type')).not.toMatch(/html/)
  })

  it('serves other files of the build without long caching', async () => {
    const { url } = await serve({ CLIENT_DIR: buildClient() })
    const res = await fetch(`${url}/favicon.svg`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-cache')
  })

  it('never answers the server paths with the app', async () => {
    const { url } = await serve({ CLIENT_DIR: buildClient() })
    for (const route of ['/yjs/abc', '/socket.io/', '/api/unknown']) {
      const res = await fetch(`${url}${route}`)
      expect(res.status).toBe(404)
      expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    }
  })

  it('says how to build the client when it is missing, and keeps the API running', async () => {
    const { url } = await serve({ CLIENT_DIR: path.join(dir, 'not-built') })
    const page = await fetch(`${url}/b/abc123`)
    expect(page.status).toBe(503)
    expect(await page.text()).toContain('Client not built: run npm run build')
    expect((await fetch(`${url}/healthz`)).status).toBe(200)
    await createBoard(url)
  })
})

describe('TRUST_PROXY and the create rate limit', () => {
  function createFrom(url: string, forwardedFor: string): Promise<number> {
    return fetch(`${url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    }).then((res) => res.status)
  }

  it('ignores X-Forwarded-For unless told to trust a proxy, so a client cannot pick its address', async () => {
    const { url, warnings } = await serve({ CREATE_RATE_LIMIT: '1' })
    expect(await createFrom(url, '10.0.0.1')).toBe(201)
    expect(await createFrom(url, '10.0.0.2')).toBe(429)
    expect(warnings).toEqual([expect.stringContaining('TRUST_PROXY is not set')])
  })

  it('counts each forwarded client on its own behind a trusted proxy', async () => {
    const { url, warnings } = await serve({ CREATE_RATE_LIMIT: '1', TRUST_PROXY: 'loopback' })
    expect(await createFrom(url, '10.0.0.1')).toBe(201)
    expect(await createFrom(url, '10.0.0.2')).toBe(201)
    expect(await createFrom(url, '10.0.0.1')).toBe(429)
    expect(warnings).toEqual([])
  })
})
