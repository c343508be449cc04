// The HTTP API as a script or an operator meets it: the real server, started as a child process
// on port 0, over real sockets.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BoardInfo, CreateBoardResponse } from '../../shared/api.ts'
import { hashToken } from '../../server/access/tokens.ts'
import { SCHEMA_VERSION } from '../../shared/schema/version.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'

const MAX_BODY_BYTES = 4096
let server: RunningServer
let clientDir: string

beforeAll(async () => {
  clientDir = mkdtempSync(path.join(tmpdir(), 'werkraum-client-'))
  mkdirSync(path.join(clientDir, 'assets'))
  writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Werkraum</title>')
  server = await startServer({
    env: { MAX_BODY_BYTES: String(MAX_BODY_BYTES), CLIENT_DIR: clientDir },
  })
})

afterAll(async () => {
  await server?.cleanup()
  rmSync(clientDir, { recursive: true, force: true })
})

function post(
  base: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${base}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

async function createBoard(base: string, body: unknown = {}): Promise<CreateBoardResponse> {
  const res = await post(base, body)
  expect(res.status).toBe(201)
  return (await res.json()) as CreateBoardResponse
}

function getBoard(base: string, id: string, authorization?: string): Promise<Response> {
  return fetch(`${base}/api/boards/${id}`, {
    headers: authorization === undefined ? {} : { authorization },
  })
}

/** Every API error has the same shape: a code for programs and a sentence for people. */
async function expectApiError(res: Response, status: number, error: string): Promise<unknown> {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toMatch(/^application\/json/)
  const body = (await res.json()) as { error: string; message: string; details?: unknown }
  expect(body.error).toBe(error)
  expect(body.message).toMatch(/\w+ \w+/)
  return body.details
}

describe('GET /healthz', () => {
  it('answers 200 {"ok":true}', async () => {
    const res = await fetch(`${server.url}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('{"ok":true}')
  })
})

describe('POST /api/boards', () => {
  it('creates a board with three distinct unguessable tokens and links that are paths', async () => {
    const board = await createBoard(server.url, { title: '  Digitales Ökosystem Musterstadt ' })

    expect(board.id).toMatch(/^[0-9a-z]{16}$/)
    expect(board.title).toBe('Digitales Ökosystem Musterstadt')
    const tokens = [board.editToken, board.viewToken, board.facilitatorToken]
    for (const token of tokens) {
      expect(Buffer.from(token, 'base64url').byteLength * 8).toBeGreaterThanOrEqual(128)
    }
    expect(new Set(tokens).size).toBe(3)
    expect(board.links).toEqual({
      edit: `/b/${board.id}#${board.editToken}`,
      view: `/b/${board.id}#${board.viewToken}`,
      facilitate: `/b/${board.id}#${board.facilitatorToken}`,
    })
  })

  it('names an untitled board "Unbenanntes Board", with or without a body', async () => {
    expect((await createBoard(server.url, {})).title).toBe('Unbenanntes Board')
    const noBody = await fetch(`${server.url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    })
    expect(noBody.status).toBe(201)
    expect(((await noBody.json()) as CreateBoardResponse).title).toBe('Unbenanntes Board')
  })

  it('answers 415 without Content-Type: application/json, as a cross-site form or no-cors fetch sends', async () => {
    // What a form on another site, or fetch(…, { mode: 'no-cors' }), can send without preflight.
    const forms: Record<string, string>[] = [
      {},
      { 'content-type': 'text/plain' },
      { 'content-type': 'application/x-www-form-urlencoded' },
      { 'content-type': 'multipart/form-data; boundary=x' },
    ]
    for (const headers of forms) {
      const noBody = await fetch(`${server.url}/api/boards`, { method: 'POST', headers })
      await expectApiError(noBody, 415, 'unsupported_media_type')
      const withBody = await fetch(`${server.url}/api/boards`, {
        method: 'POST',
        headers,
        body: '{"title":"x"}',
      })
      await expectApiError(withBody, 415, 'unsupported_media_type')
    }
    // With parameters, and in any case, is still JSON.
    const charset = await post(
      server.url,
      {},
      { 'content-type': 'Application/JSON; charset=utf-8' },
    )
    expect(charset.status).toBe(201)
  })

  it('accepts the empty template', async () => {
    await createBoard(server.url, { template: 'empty' })
  })

  it('answers 400 with details for a body that does not describe a board', async () => {
    const details = await expectApiError(
      await post(server.url, { title: 42, colour: 'red' }),
      400,
      'invalid_request',
    )
    expect(details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'title' }),
        expect.objectContaining({ message: expect.stringContaining('colour') }),
      ]),
    )
  })

  it('answers 400 for a body that is not JSON', async () => {
    await expectApiError(await post(server.url, '{"title": '), 400, 'invalid_json')
  })

  it('answers 400 for an unknown template', async () => {
    await expectApiError(await post(server.url, { template: 'kanban' }), 400, 'unknown_template')
  })

  it('answers 400 for an import that is not a board JSON, instead of creating an empty board', async () => {
    await expectApiError(
      await post(server.url, { import: { meta: {}, elements: {} } }),
      400,
      'invalid_board_json',
    )
  })

  it('answers 413 for a body larger than MAX_BODY_BYTES', async () => {
    const res = await post(server.url, { title: 'x'.repeat(MAX_BODY_BYTES + 1) })
    await expectApiError(res, 413, 'payload_too_large')
  })
})

describe('GET /api/boards/:id', () => {
  it('tells each token holder the board and their role', async () => {
    const board = await createBoard(server.url, { title: 'Rollenklärung' })
    const cases = [
      [board.viewToken, 'view'],
      [board.editToken, 'edit'],
      [board.facilitatorToken, 'facilitate'],
    ] as const
    for (const [token, role] of cases) {
      const res = await getBoard(server.url, board.id, `Bearer ${token}`)
      expect(res.status).toBe(200)
      const info = (await res.json()) as BoardInfo
      expect(info).toEqual({
        id: board.id,
        title: 'Rollenklärung',
        role,
        createdAt: expect.any(String),
        schemaVersion: SCHEMA_VERSION,
      })
      expect(Date.now() - Date.parse(info.createdAt)).toBeLessThan(60_000)
    }
  })

  it('answers 401 without a token or with a malformed Authorization header', async () => {
    const { id } = await createBoard(server.url)
    await expectApiError(await getBoard(server.url, id), 401, 'unauthorized')
    await expectApiError(await getBoard(server.url, id, 'Basic dXNlcjpwYXNz'), 401, 'unauthorized')
    await expectApiError(await getBoard(server.url, id, 'Bearer'), 401, 'unauthorized')
  })

  it("answers 401 for a wrong token and for another board's token", async () => {
    const board = await createBoard(server.url)
    const other = await createBoard(server.url)
    await expectApiError(
      await getBoard(server.url, board.id, 'Bearer not-the-token'),
      401,
      'invalid_token',
    )
    await expectApiError(
      await getBoard(server.url, board.id, `Bearer ${other.facilitatorToken}`),
      401,
      'invalid_token',
    )
  })

  it('answers 404 for an unknown board', async () => {
    const { editToken } = await createBoard(server.url)
    await expectApiError(
      await getBoard(server.url, 'doesnotexist0000', `Bearer ${editToken}`),
      404,
      'board_not_found',
    )
  })

  it('answers 400 for an id that is not valid URL encoding', async () => {
    await expectApiError(await getBoard(server.url, '%E0%A4%A', 'Bearer x'), 400, 'bad_request')
  })

  it('answers 404 JSON for an unknown API path', async () => {
    await expectApiError(await fetch(`${server.url}/api/workshops`), 404, 'not_found')
  })
})

describe('security headers', () => {
  it('send a strict CSP without any third-party origin on pages and API', async () => {
    for (const route of ['/', '/api/boards/abc', '/healthz']) {
      const res = await fetch(`${server.url}${route}`)
      const csp = res.headers.get('content-security-policy') ?? ''
      const directives = Object.fromEntries(
        csp.split(';').map((d) => {
          const [name, ...values] = d.trim().split(/\s+/)
          return [name, values]
        }),
      )
      expect(directives['default-src']).toEqual(["'self'"])
      expect(directives['script-src']).toEqual(["'self'"])
      expect(directives['connect-src']).toEqual(["'self'"])
      expect(directives['object-src']).toEqual(["'none'"])
      expect(directives['frame-ancestors']).toEqual(["'self'"])
      expect(directives).not.toHaveProperty('upgrade-insecure-requests')
      // Only keywords and schemes: no host, no wildcard.
      for (const value of Object.values(directives).flat()) {
        expect(value).toMatch(/^('[a-z-]+'|data:|blob:)$/)
      }
      expect(res.headers.get('referrer-policy')).toBe('no-referrer')
      expect(res.headers.get('x-powered-by')).toBeNull()
    }
  })
})

describe('client pages', () => {
  it('serves the built client for a board link', async () => {
    const res = await fetch(`${server.url}/b/abc123`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('<title>Werkraum</title>')
  })
})

describe('CREATE_TOKEN', () => {
  let guarded: RunningServer
  beforeAll(async () => {
    guarded = await startServer({ env: { CREATE_TOKEN: 'werkstatt-2025' } })
  })
  afterAll(() => guarded?.cleanup())

  it('is needed to create a board, but not to use one', async () => {
    await expectApiError(await post(guarded.url, {}), 401, 'unauthorized')
    await expectApiError(
      await post(guarded.url, {}, { authorization: 'Bearer werkstatt-2024' }),
      401,
      'invalid_create_token',
    )
    const res = await post(guarded.url, {}, { authorization: 'Bearer werkstatt-2025' })
    expect(res.status).toBe(201)
    const board = (await res.json()) as CreateBoardResponse
    expect((await getBoard(guarded.url, board.id, `Bearer ${board.viewToken}`)).status).toBe(200)
  })
})

describe('CREATE_RATE_LIMIT', () => {
  let limited: RunningServer
  beforeAll(async () => {
    limited = await startServer({ env: { CREATE_RATE_LIMIT: '3' } })
  })
  afterAll(() => limited?.cleanup())

  it('answers 429 once an address created its boards for the minute', async () => {
    const boards: CreateBoardResponse[] = []
    for (let i = 0; i < 3; i++) boards.push(await createBoard(limited.url))
    const res = await post(limited.url, {})
    await expectApiError(res, 429, 'rate_limited')
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    // Joining the boards already created is not limited.
    for (const board of boards) {
      expect((await getBoard(limited.url, board.id, `Bearer ${board.editToken}`)).status).toBe(200)
    }
  })
})

describe('storage on disk', () => {
  it('keeps boards across a restart', async () => {
    const first = await startServer()
    try {
      const board = await createBoard(first.url, { title: 'Bleibt' })
      expect(await first.stop()).toBe(0)

      const second = await startServer({ dataDir: first.dataDir })
      try {
        const res = await getBoard(second.url, board.id, `Bearer ${board.editToken}`)
        expect(res.status).toBe(200)
        expect(await res.json()).toMatchObject({ title: 'Bleibt', role: 'edit' })
      } finally {
        await second.stop()
      }
    } finally {
      await first.cleanup()
    }
  })

  it('keeps only hashes of the tokens, never the tokens', async () => {
    const own = await startServer()
    try {
      const board = await createBoard(own.url)
      expect(await own.stop()).toBe(0)
      const stored = readdirSync(own.dataDir)
        .filter((name) => name.startsWith('werkraum.sqlite'))
        .map((name) => readFileSync(path.join(own.dataDir, name)).toString('latin1'))
        .join('')
      for (const token of [board.editToken, board.viewToken, board.facilitatorToken]) {
        expect(stored).not.toContain(token)
        expect(stored).toContain(hashToken(token))
      }
    } finally {
      await own.cleanup()
    }
  })
})
