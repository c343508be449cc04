// Board creation's body limit and readiness on the real server (child process, port 0), with the
// default MAX_BODY_BYTES of 10 MiB: creation takes far less whatever that says.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CREATE_BODY_MAX_BYTES } from '../../server/http/boardRoutes.ts'
import { READY_PROBE_FILE } from '../../server/http/readiness.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'

let server: RunningServer

beforeAll(async () => {
  server = await startServer()
})
afterAll(async () => {
  await server?.cleanup()
})

function post(body: string): Promise<Response> {
  return fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  })
}

/** A create body of exactly `bytes` bytes: a title and a padding key. */
function padded(bytes: number): string {
  const head = '{"title":"t","pad":"'
  return head + 'x'.repeat(bytes - head.length - 2) + '"}'
}

async function errorOf(res: Response, status: number): Promise<string> {
  expect(res.status).toBe(status)
  return ((await res.json()) as { error: string }).error
}

describe('POST /api/boards body', () => {
  it('takes at most 8 KiB without an import, although MAX_BODY_BYTES allows 10 MiB', async () => {
    expect(CREATE_BODY_MAX_BYTES).toBe(8 * 1024)
    // Up to the limit the body is read (and refused for its unknown key, not its size) …
    expect(await errorOf(await post(padded(CREATE_BODY_MAX_BYTES)), 400)).toBe('invalid_request')
    // … one byte more, or 9 MiB, and it is refused (only a body with `import` may be larger).
    expect(await errorOf(await post(padded(CREATE_BODY_MAX_BYTES + 1)), 413)).toBe(
      'payload_too_large',
    )
    expect(await errorOf(await post(padded(9 * 1024 * 1024)), 413)).toBe('payload_too_large')
  })
})

describe('GET /readyz', () => {
  it('answers 200 while storage takes writes', async () => {
    const res = await fetch(`${server.url}/readyz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ready: true })
  })

  it('answers 503 storage_unwritable when DATA_DIR refuses a file, while /healthz says alive', async () => {
    const blocked = await startServer()
    try {
      // A directory where the probe writes its file: the same refusal as a read-only DATA_DIR,
      // which a test running as root cannot make with permissions.
      mkdirSync(path.join(blocked.dataDir, READY_PROBE_FILE))
      const res = await fetch(`${blocked.url}/readyz`)
      expect(res.status).toBe(503)
      expect(res.headers.get('cache-control')).toBe('no-store')
      expect(await res.json()).toEqual({
        error: 'storage_unwritable',
        message: 'The server cannot write to its storage.',
      })
      expect((await fetch(`${blocked.url}/healthz`)).status).toBe(200)
    } finally {
      await blocked.cleanup()
    }
  })
})
