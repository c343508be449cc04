// The export route as a script or the export dialog meets it: the real server on port 0, the
// export written in its worker thread.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../server/app.ts'
import { loadConfig } from '../../server/config.ts'
import { EXPORT_WRITERS } from '../../server/export/formats.ts'
import type { Logger } from '../../server/log.ts'
import type { CreateBoardResponse } from '../../shared/api.ts'
import type { BoardJson } from '../../shared/exchange/boardJson.ts'
import type { WerkraumManifest } from '../../shared/exchange/werkraumFile.ts'
import { MemoryBoardStore } from '../helpers/memoryStore.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { createBoard } from '../helpers/yclient.ts'

let server: RunningServer
let board: CreateBoardResponse

beforeAll(async () => {
  server = await startServer()
  board = await createBoard(server, {
    title: 'Großes Übungs-Board: Ämter/„Straße“',
    template: 'roles',
  })
})
afterAll(async () => {
  await server?.cleanup()
})

function exportOf(id: string, query: string, token: string | null): Promise<Response> {
  const headers: Record<string, string> = {}
  if (token !== null) headers.authorization = `Bearer ${token}`
  return fetch(`${server.url}/api/boards/${id}/export?${query}`, { headers })
}

describe('GET /api/boards/:id/export', () => {
  it('answers 401 without a token and with a token of another board', async () => {
    const other = await createBoard(server)
    const none = await exportOf(board.id, 'format=json', null)
    expect(none.status).toBe(401)
    const wrong = await exportOf(board.id, 'format=json', other.editToken)
    expect(wrong.status).toBe(401)
    expect(wrong.headers.get('www-authenticate')).toMatch(/invalid_token/)
    expect(((await wrong.json()) as { error: string }).error).toBe('invalid_token')
  })

  it('answers 404 for a board that does not exist', async () => {
    const res = await exportOf('nosuchboard00000', 'format=json', board.editToken)
    expect(res.status).toBe(404)
    expect(((await res.json()) as { error: string }).error).toBe('board_not_found')
  })

  it('answers 400 for a query that is not an export, naming why', async () => {
    for (const query of ['format=gif', 'format=json&scale=7', 'format=json&colour=red', '']) {
      const res = await exportOf(board.id, query, board.viewToken)
      expect(res.status, query).toBe(400)
      const body = (await res.json()) as { error: string; details: { reason: string } }
      expect(body.error).toBe('invalid_export')
      expect(body.details.reason).not.toBe('')
    }
  })

  it('lets every right export, and names the file <title>-<date>.<ext> with its umlauts', async () => {
    for (const token of [board.viewToken, board.editToken, board.facilitatorToken]) {
      const res = await exportOf(board.id, 'format=json', token)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
      const day = new Date().toISOString().slice(0, 10)
      const name = `Großes Übungs-Board- Ämter-„Straße“-${day}.json`
      const disposition = res.headers.get('content-disposition') ?? ''
      expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(name)}`)
      expect(disposition).toContain(`filename="Groes Ubungs-Board- Amter-Strae-${day}.json"`)
      const json = (await res.json()) as BoardJson
      expect(json.format).toBe('werkraum-board')
      expect(json.elements.length).toBeGreaterThan(0)
    }
  })

  it('writes the Werkraum file: board, manifest with this version and a checksum of each entry', async () => {
    const res = await exportOf(board.id, 'format=werkraum', board.viewToken)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.werkraum+zip')
    expect(res.headers.get('content-disposition')).toMatch(/\.werkraum"/)
    const entries = unzipSync(new Uint8Array(await res.arrayBuffer()))
    expect(Object.keys(entries).sort()).toEqual(['board.json', 'manifest.json'])
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as WerkraumManifest
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect(manifest.app).toEqual({ name: 'Werkraum', version: pkg.version })
    const sum = createHash('sha256').update(entries['board.json']!).digest('hex')
    expect(manifest.files['board.json']!.sha256).toBe(sum)
    const json = JSON.parse(strFromU8(entries['board.json']!)) as BoardJson
    expect(manifest.counts.elements).toBe(json.elements.length)
  })

  it('answers a format the server does not write with 501', async () => {
    // In this process, with one format taken out of the registry: every format is registered
    // in the real server, so only here can the route meet one that is not.
    const dir = mkdtempSync(path.join(tmpdir(), 'werkraum-export-501-'))
    const config = loadConfig({ DATA_DIR: dir })
    const log: Logger = { info: () => {}, warn: () => {}, error: () => {} }
    const store = new MemoryBoardStore()
    const created = await import('../../server/http/newBoard.ts').then((m) =>
      m.createNewBoard(store, 'Leer'),
    )
    const app = createApp({ store, config, sync: null, log })
    const local = http.createServer(app)
    await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve))
    const writer = EXPORT_WRITERS.json
    delete EXPORT_WRITERS.json
    try {
      const port = (local.address() as AddressInfo).port
      const res = await fetch(
        `http://127.0.0.1:${port}/api/boards/${created.id}/export?format=json`,
        {
          headers: { authorization: `Bearer ${created.viewToken}` },
        },
      )
      expect(res.status).toBe(501)
      expect(((await res.json()) as { error: string }).error).toBe('format_unavailable')
    } finally {
      EXPORT_WRITERS.json = writer
      local.closeAllConnections()
      await new Promise((resolve) => local.close(resolve))
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses other methods with 405', async () => {
    const res = await fetch(`${server.url}/api/boards/${board.id}/export?format=json`, {
      method: 'POST',
      headers: { authorization: `Bearer ${board.editToken}` },
    })
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe('GET')
  })
})

describe('the export workers under load', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'werkraum-export-load-'))
  let large: CreateBoardResponse
  let small: CreateBoardResponse
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  const exportJson = (at: RunningServer, board: CreateBoardResponse) =>
    fetch(`${at.url}/api/boards/${board.id}/export?format=json`, {
      headers: { authorization: `Bearer ${board.viewToken}` },
    })

  it('answers 503 with Retry-After when every worker is busy and the queue is full', async () => {
    const busy = await startServer({ dataDir, env: { EXPORT_QUEUE_MAX: '0' } })
    try {
      // A board whose JSON export keeps the one worker busy for a while: 5,000 notes.
      const elements = Array.from({ length: 5_000 }, (_, i) => ({
        id: `n${i}`,
        data: { type: 'note', x: i, y: 0, w: 180, h: 180, text: { $text: `Notiz ${i}` } },
      }))
      const json = { format: 'werkraum-board', formatVersion: 1, schemaVersion: 2, meta: {} }
      large = await createBoard(busy, {
        import: { ...json, elements, assignments: {}, conflictRules: {}, images: [] },
      })
      small = await createBoard(busy)
      const answers = await Promise.all([exportJson(busy, large), exportJson(busy, large)])
      expect(answers.map((res) => res.status).sort()).toEqual([200, 503])
      const refused = answers.find((res) => res.status === 503)!
      expect(refused.headers.get('retry-after')).toBe('10')
      expect(((await refused.json()) as { error: string }).error).toBe('export_busy')
      // The worker takes the next one once it is free.
      expect((await exportJson(busy, small)).status).toBe(200)
    } finally {
      await busy.cleanup()
    }
  })

  it('stops an export past EXPORT_TIMEOUT_MS with 503, and the next one runs', async () => {
    // A board whose JSON export takes seconds on any machine (30,000 notes, above the default
    // item cap, so both servers lift it), against the shortest limit the server accepts: the
    // export cannot finish in time however fast the machine is.
    const env = { MAX_BOARD_ITEMS: '1000000' }
    const maker = await startServer({ dataDir, env })
    let huge: CreateBoardResponse
    try {
      const elements = Array.from({ length: 30_000 }, (_, i) => ({
        id: `h${i}`,
        data: { type: 'note', x: i, y: 0, w: 180, h: 180, text: { $text: `Notiz ${i}` } },
      }))
      const json = { format: 'werkraum-board', formatVersion: 1, schemaVersion: 2, meta: {} }
      huge = await createBoard(maker, {
        import: { ...json, elements, assignments: {}, conflictRules: {}, images: [] },
      })
    } finally {
      await maker.stop()
    }
    const slow = await startServer({ dataDir, env: { ...env, EXPORT_TIMEOUT_MS: '100' } })
    try {
      const res = await exportJson(slow, huge)
      expect(res.status).toBe(503)
      expect(((await res.json()) as { error: string }).error).toBe('export_timeout')
      // A new worker starts for the next export; its loading does not count against the limit.
      const next = await exportJson(slow, small)
      expect(next.status).toBe(200)
    } finally {
      await slow.cleanup()
    }
  }, 60_000)
})
