// Export and import as a script meets them: the real server on port 0, boards written by the
// stock Yjs client, exports fetched over HTTP and brought back as new boards.
import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import path from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { CreateBoardResponse } from '../../shared/api.ts'
import type { BoardJson } from '../../shared/exchange/boardJson.ts'
import { writeWerkraumFile } from '../../shared/exchange/werkraumFile.ts'
import { SQLITE_FILE_NAME } from '../../server/store/index.ts'
import { SCHEMA_VERSION } from '../../shared/schema/version.ts'
import { writeFullBoard } from '../helpers/exchangeBoard.ts'
import { pngBytes } from '../helpers/images.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { createBoard, syncedClient } from '../helpers/yclient.ts'

interface Imported extends CreateBoardResponse {
  missingImages: string[]
  elements: number
}
interface ApiError {
  error: string
  message: string
  details?: Array<{ path: string; message: string }>
}

const IMPORT_MAX_BYTES = 16 * 1024 * 1024
const ROOTS = ['meta', 'elements', 'assignments', 'conflictRules'] as const
const PNG = pngBytes(4, 3)
let server: RunningServer

beforeAll(async () => {
  server = await startServer({ env: { IMPORT_MAX_BYTES: String(IMPORT_MAX_BYTES) } })
})
afterAll(async () => {
  await server?.cleanup()
})

function boardCount(): number {
  const db = new Database(path.join(server.dataDir, SQLITE_FILE_NAME), { readonly: true })
  try {
    return (db.prepare('SELECT count(*) AS n FROM boards').get() as { n: number }).n
  } finally {
    db.close()
  }
}

async function exportOf(board: CreateBoardResponse, format: string): Promise<Response> {
  const res = await fetch(`${server.url}/api/boards/${board.id}/export?format=${format}`, {
    headers: { authorization: `Bearer ${board.viewToken}` },
  })
  expect(res.status).toBe(200)
  return res
}

function importJson(body: unknown): Promise<Response> {
  return fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

function importFile(bytes: Uint8Array, type = 'application/vnd.werkraum+zip'): Promise<Response> {
  return fetch(`${server.url}/api/boards/import`, {
    method: 'POST',
    headers: { 'content-type': type },
    body: new Uint8Array(bytes),
  })
}

async function created(res: Response): Promise<Imported> {
  const body = (await res.json()) as Imported | ApiError
  expect(res.status, JSON.stringify(body).slice(0, 500)).toBe(201)
  return body as Imported
}

/** The board as a client sees it: every root as plain JSON. */
async function contents(board: CreateBoardResponse) {
  const client = await syncedClient(server, board.id, board.viewToken)
  try {
    const doc = client.doc
    return Object.fromEntries(ROOTS.map((root) => [root, doc.getMap(root).toJSON()]))
  } finally {
    client.destroy()
  }
}

/** Refused with `status` and `code`, and no board created. */
async function refused(send: () => Promise<Response>, status: number, code: string) {
  const before = boardCount()
  const res = await send()
  const body = (await res.json()) as ApiError
  expect(res.status, JSON.stringify(body)).toBe(status)
  expect(body.error).toBe(code)
  expect(body.message).not.toBe('')
  expect(boardCount()).toBe(before)
  return body
}

describe('a board, exported and imported', () => {
  let source: CreateBoardResponse
  let hash: string

  beforeAll(async () => {
    source = await createBoard(server, { title: 'Rollenklärung Grünstadt' })
    const upload = await fetch(`${server.url}/api/boards/${source.id}/assets`, {
      method: 'POST',
      headers: { 'content-type': 'image/png', authorization: `Bearer ${source.editToken}` },
      body: new Uint8Array(PNG),
    })
    hash = ((await upload.json()) as { hash: string }).hash
    const client = await syncedClient(server, source.id, source.editToken)
    // Its title came with creating it: the realtime server refuses a client's title.
    writeFullBoard(client.doc, hash, null, { withTitle: false })
    // The board is written once the server has it: a viewer sees every element.
    const viewer = await syncedClient(server, source.id, source.viewToken)
    await viewer.until((doc) => doc.getMap('conflictRules').size === 1, 'the board to arrive')
    viewer.destroy()
    client.destroy()
  })

  it('comes back identical from the Werkraum file, image included', async () => {
    const file = new Uint8Array(await (await exportOf(source, 'werkraum')).arrayBuffer())
    const board = await created(await importFile(file))
    expect(board.missingImages).toEqual([])
    expect(board.title).toBe('Rollenklärung Grünstadt')
    expect(await contents(board)).toEqual(await contents(source))
    const image = await fetch(`${server.url}/api/boards/${board.id}/assets/${hash}`, {
      headers: { authorization: `Bearer ${board.viewToken}` },
    })
    expect(image.status).toBe(200)
    expect(Buffer.from(await image.arrayBuffer())).toEqual(PNG)
  })

  it('comes back identical from the JSON, which names the image it does not carry', async () => {
    const json = (await (await exportOf(source, 'json')).json()) as BoardJson
    expect(json.images).toEqual([
      { hash, mime: 'image/png', size: PNG.length, width: 4, height: 3 },
    ])
    const board = await created(await importJson({ import: json }))
    expect(board.missingImages).toEqual([hash])
    expect(await contents(board)).toEqual(await contents(source))
    // The new board does not show the image until someone uploads it: a hash is no proof.
    const image = await fetch(`${server.url}/api/boards/${board.id}/assets/${hash}`, {
      headers: { authorization: `Bearer ${board.viewToken}` },
    })
    expect(image.status).toBe(404)
  })

  it('takes a title of its own', async () => {
    const file = new Uint8Array(await (await exportOf(source, 'werkraum')).arrayBuffer())
    const board = await created(
      await fetch(`${server.url}/api/boards/import?title=${encodeURIComponent('Kopie für März')}`, {
        method: 'POST',
        headers: { 'content-type': 'application/zip' },
        body: file,
      }),
    )
    expect(board.title).toBe('Kopie für März')
    expect((await contents(board)).meta).toMatchObject({ title: 'Kopie für März' })
  })
})

describe('a board larger than one realtime message', () => {
  it('is created from JSON, exported and imported whole: 12,000 notes', async () => {
    const notes = Array.from({ length: 12_000 }, (_, i) => ({
      id: `n${i}`,
      data: {
        type: 'note',
        x: (i % 100) * 200,
        y: Math.floor(i / 100) * 200,
        w: 180,
        h: 180,
        z: `a${String(i).padStart(5, '0')}`,
        color: 'yellow',
        text: { $text: `Notiz ${i}: Öffentlichkeitsbeteiligung, Straßenbau und Überörtliches` },
      },
    }))
    const json: BoardJson = {
      format: 'werkraum-board',
      formatVersion: 1,
      schemaVersion: SCHEMA_VERSION,
      meta: { title: 'Großes Board' },
      elements: notes,
      assignments: {},
      conflictRules: {},
      images: [],
    }
    const first = await created(await importJson({ import: json }))
    expect(first.elements).toBe(12_000)
    const file = new Uint8Array(await (await exportOf(first, 'werkraum')).arrayBuffer())
    const exported = (await (await exportOf(first, 'json')).json()) as BoardJson
    const client = await syncedClient(server, first.id, first.viewToken)
    const update = Y.encodeStateAsUpdate(client.doc)
    client.destroy()
    expect(update.byteLength).toBeGreaterThan(2 * 1024 * 1024)
    expect(exported.elements).toHaveLength(12_000)
    const second = await created(await importFile(file))
    const [a, b] = [await contents(first), await contents(second)]
    expect(Object.keys(b.elements as object)).toHaveLength(12_000)
    expect(b).toEqual(a)
  }, 90_000)
})

describe('a bad file is refused, saying what and where, and creates nothing', () => {
  const valid = (): BoardJson => ({
    format: 'werkraum-board',
    formatVersion: 1,
    schemaVersion: SCHEMA_VERSION,
    meta: {},
    elements: [{ id: 'a', data: { type: 'note', x: 0, y: 0, w: 10, h: 10 } }],
    assignments: {},
    conflictRules: {},
    images: [],
  })

  it('malformed JSON', async () => {
    await refused(() => importJson('{"import": {"format": '), 400, 'invalid_json')
    const file = zipSync({ 'manifest.json': strToU8('{"format": ') })
    await refused(() => importFile(file), 400, 'malformed_json')
  })

  it('a wrong shape, with the path', async () => {
    const bad = valid()
    ;(bad.elements[0]!.data as Record<string, unknown>).type = 7
    const body = await refused(() => importJson({ import: bad }), 400, 'invalid_board_json')
    expect(body.details?.[0]?.path).toBe('elements.0.data.type')
    await refused(
      () => importJson({ import: { meta: {}, elements: {} } }),
      400,
      'invalid_board_json',
    )
  })

  it('a decoration flag that is not a flag, and keeps one that is', async () => {
    for (const hostile of ['yes', 1, { on: true }, ['x'], null]) {
      const bad = valid()
      ;(bad.elements[0]!.data as Record<string, unknown>).decoration = hostile
      const body = await refused(() => importJson({ import: bad }), 400, 'invalid_board_json')
      expect(body.details?.[0]?.path).toBe('elements.0.data.decoration')
    }
    const good = valid()
    good.elements[0]!.data = { type: 'shape', x: 0, y: 0, w: 10, h: 10, decoration: true }
    const board = await created(await importJson({ import: good }))
    const elements = (await contents(board)).elements as Record<string, Record<string, unknown>>
    expect(Object.values(elements).map((e) => e.decoration)).toEqual([true])
  })

  it('a template beside the import, small or beyond 8 KiB: one of them would be dropped', async () => {
    const small = await refused(
      () => importJson({ template: 'roles', import: valid() }),
      400,
      'invalid_request',
    )
    expect(small.details?.[0]?.path).toBe('template')
    const large = valid()
    large.meta = { title: 'x'.repeat(10_000) }
    const body = await refused(
      () => importJson({ template: 'roles', import: large }),
      400,
      'invalid_request',
    )
    expect(body.details?.[0]?.path).toBe('template')
  })

  it('(not bad) an older schema, which is migrated', async () => {
    const board = await created(await importJson({ import: { ...valid(), schemaVersion: 1 } }))
    expect((await contents(board)).meta).toMatchObject({ schemaVersion: SCHEMA_VERSION })
  })

  it('a schema from the future', async () => {
    const body = await refused(
      () => importJson({ import: { ...valid(), schemaVersion: SCHEMA_VERSION + 1 } }),
      422,
      'schema_too_new',
    )
    expect(body.message).toMatch(/newer Werkraum/)
  })

  it('deep nesting', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000)
    const text = JSON.stringify({ import: valid() }).replace('"x":0', `"x":${deep}`)
    const body = await refused(() => importJson(text), 413, 'import_too_large')
    expect(body.details?.[0]?.path).toMatch(/^elements\.0\.data\.x/)
  })

  it('a zip bomb', async () => {
    const bomb = zipSync({ 'board.json': [new Uint8Array(64 * 1024 * 1024), { level: 9 }] })
    expect(bomb.byteLength).toBeLessThan(IMPORT_MAX_BYTES)
    await refused(() => importFile(bomb), 413, 'zip_too_large')
  })

  it('a file larger than IMPORT_MAX_BYTES, and more than the board may hold', async () => {
    const big = new Uint8Array(IMPORT_MAX_BYTES + 1)
    await refused(() => importFile(big), 413, 'payload_too_large')
    const many = { ...valid(), elements: [] as BoardJson['elements'] }
    for (let i = 0; i < 25_000; i++) {
      many.elements.push({
        id: `e${i}`,
        data: { type: 'note', x: 0, y: 0, w: 1, h: 1, z: 'a', c: 'yellow' },
      })
    }
    const body = await refused(() => importJson({ import: many }), 413, 'import_too_large')
    expect(body.message).toMatch(/MAX_BOARD_ITEMS/)
  })

  it('a body of another type, and a plain create body beyond 8 KiB', async () => {
    await refused(
      () => importFile(new Uint8Array([1, 2, 3]), 'text/plain'),
      415,
      'unsupported_media_type',
    )
    await refused(() => importJson({ title: 'x', pad: 'y'.repeat(9000) }), 413, 'payload_too_large')
  })
})

describe('the hourly upload bytes of an address', () => {
  it('count Werkraum files too: past them an import is refused with 429 and creates nothing', async () => {
    const limited = await startServer({ env: { ASSET_ADDRESS_BYTES_PER_HOUR: '60000' } })
    try {
      const image = pngBytes(64, 64)
      const hash = createHash('sha256').update(image).digest('hex')
      const board: BoardJson = {
        format: 'werkraum-board',
        formatVersion: 1,
        schemaVersion: SCHEMA_VERSION,
        meta: { title: 'Mit Bild' },
        elements: [{ id: 'i', data: { type: 'image', x: 0, y: 0, w: 64, h: 64, asset: hash } }],
        assignments: {},
        conflictRules: {},
        images: [{ hash, mime: 'image/png', size: image.length, width: 64, height: 64 }],
      }
      const file = await writeWerkraumFile({
        board,
        images: new Map([[hash, new Uint8Array(image)]]),
        appVersion: 'test',
        now: new Date(),
      })
      const send = () =>
        fetch(`${limited.url}/api/boards/import`, {
          method: 'POST',
          headers: { 'content-type': 'application/zip' },
          body: new Uint8Array(file),
        })
      let accepted = 0
      let res = await send()
      while (res.status === 201) {
        accepted++
        res = await send()
      }
      expect(accepted).toBe(Math.floor(60000 / file.byteLength))
      expect(res.status).toBe(429)
      expect(res.headers.get('retry-after')).not.toBeNull()
      expect(((await res.json()) as ApiError).error).toBe('upload_quota_exceeded')
    } finally {
      await limited.cleanup()
    }
  })
})
