// Images on a board as a browser or a script meets them: the real server on port 0, real HTTP.
import { createHash } from 'node:crypto'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreateBoardResponse } from '../../shared/api.ts'
import type { UploadAssetResponse } from '../../shared/assets.ts'
import {
  GIF_1X1,
  JPEG_3X2,
  SVG_WITH_SCRIPT,
  WEBP_3X2_LOSSY_EXTENDED,
  pngBytes,
} from '../helpers/images.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'

const ASSET_MAX_BYTES = 64 * 1024
let server: RunningServer

beforeAll(async () => {
  server = await startServer({ env: { ASSET_MAX_BYTES: String(ASSET_MAX_BYTES) } })
})
afterAll(async () => {
  await server?.cleanup()
})

async function createBoard(): Promise<CreateBoardResponse> {
  const res = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  })
  expect(res.status).toBe(201)
  return (await res.json()) as CreateBoardResponse
}

function upload(
  boardId: string,
  token: string | null,
  bytes: Uint8Array,
  type: string,
): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': type }
  if (token !== null) headers.authorization = `Bearer ${token}`
  return fetch(`${server.url}/api/boards/${boardId}/assets`, {
    method: 'POST',
    headers,
    body: new Uint8Array(bytes),
  })
}

/** Fetches an image the way the client does: the token as a bearer header, not in the URL. */
function getAsset(url: string, token: string): Promise<Response> {
  return fetch(url, { headers: { authorization: `Bearer ${token}` } })
}

async function uploaded(res: Response): Promise<UploadAssetResponse> {
  expect(res.status).toBe(201)
  return (await res.json()) as UploadAssetResponse
}

async function expectApiError(res: Response, status: number, error?: string): Promise<void> {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toMatch(/^application\/json/)
  const body = (await res.json()) as { error: string; message: string }
  if (error !== undefined) expect(body.error).toBe(error)
  expect(body.message).toMatch(/\w+ \w+/)
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

function storedFiles(): string[] {
  try {
    return readdirSync(path.join(server.dataDir, 'assets'))
  } catch {
    return []
  }
}

describe('POST /api/boards/:id/assets', () => {
  it('stores PNG, JPEG, WebP and GIF and answers hash, url, type and natural size', async () => {
    const board = await createBoard()
    const cases = [
      { bytes: pngBytes(40, 30), mime: 'image/png', width: 40, height: 30 },
      { bytes: JPEG_3X2, mime: 'image/jpeg', width: 3, height: 2 },
      { bytes: WEBP_3X2_LOSSY_EXTENDED, mime: 'image/webp', width: 3, height: 2 },
      { bytes: GIF_1X1, mime: 'image/gif', width: 1, height: 1 },
    ]
    for (const { bytes, mime, width, height } of cases) {
      const answer = await uploaded(await upload(board.id, board.editToken, bytes, mime))
      expect(answer).toEqual({
        hash: sha256(bytes),
        url: `/api/boards/${board.id}/assets/${sha256(bytes)}`,
        mime,
        width,
        height,
      })
      const res = await getAsset(`${server.url}${answer.url}`, board.editToken)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe(mime)
      expect(Buffer.from(await res.arrayBuffer())).toEqual(Buffer.from(bytes))
    }
  })

  it('a facilitator may upload too', async () => {
    const board = await createBoard()
    await uploaded(await upload(board.id, board.facilitatorToken, pngBytes(2, 2), 'image/png'))
  })

  it('refuses an SVG, even one declared as an image, with 415 unsupported_media_type', async () => {
    const board = await createBoard()
    const before = storedFiles()
    await expectApiError(
      await upload(board.id, board.editToken, SVG_WITH_SCRIPT, 'image/svg+xml'),
      415,
      'unsupported_media_type',
    )
    await expectApiError(
      await upload(board.id, board.editToken, SVG_WITH_SCRIPT, 'image/png'),
      415,
      'unsupported_media_type',
    )
    expect(storedFiles()).toEqual(before)
  })

  it('refuses a PNG declared as JPEG', async () => {
    const board = await createBoard()
    await expectApiError(
      await upload(board.id, board.editToken, pngBytes(4, 4), 'image/jpeg'),
      415,
      'unsupported_media_type',
    )
  })

  it('refuses an image larger than ASSET_MAX_BYTES with 413 and stores nothing', async () => {
    const board = await createBoard()
    const big = Buffer.concat([pngBytes(2, 2), Buffer.alloc(ASSET_MAX_BYTES)])
    const before = storedFiles()
    await expectApiError(await upload(board.id, board.editToken, big, 'image/png'), 413)
    expect(storedFiles()).toEqual(before)
  })

  it('needs the edit right: a view token is 403, no token or a wrong one 401, no board 404', async () => {
    const board = await createBoard()
    const png = pngBytes(5, 5)
    await expectApiError(
      await upload(board.id, board.viewToken, png, 'image/png'),
      403,
      'forbidden',
    )
    await expectApiError(await upload(board.id, null, png, 'image/png'), 401)
    await expectApiError(await upload(board.id, 'wrong-token', png, 'image/png'), 401)
    await expectApiError(
      await upload('0000000000000000', board.editToken, png, 'image/png'),
      404,
      'board_not_found',
    )
    expect(storedFiles()).not.toContain(sha256(png))
  })

  it('stores the same image uploaded twice, or to two boards, once', async () => {
    const one = await createBoard()
    const two = await createBoard()
    const png = pngBytes(7, 3)
    const first = await uploaded(await upload(one.id, one.editToken, png, 'image/png'))
    const again = await uploaded(await upload(one.id, one.editToken, png, 'image/png'))
    const other = await uploaded(await upload(two.id, two.editToken, png, 'image/png'))
    expect(again.hash).toBe(first.hash)
    expect(other.hash).toBe(first.hash)
    expect(storedFiles().filter((name) => name.includes(first.hash))).toEqual([first.hash])
  })
})

describe('GET /api/boards/:id/assets/:hash', () => {
  it('serves the bytes to a view token as bearer, with safe headers', async () => {
    const board = await createBoard()
    const png = pngBytes(9, 9)
    const { url } = await uploaded(await upload(board.id, board.editToken, png, 'image/png'))

    const res = await getAsset(`${server.url}${url}`, encodeURIComponent(board.viewToken))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'")
    expect(res.headers.get('cache-control')).toBe('private, max-age=31536000, immutable')
    expect(Buffer.from(await res.arrayBuffer())).toEqual(png)
  })

  it('never takes a token in the query, where proxy logs would record it', async () => {
    const board = await createBoard()
    const { url } = await uploaded(
      await upload(board.id, board.editToken, pngBytes(5, 9), 'image/png'),
    )
    await expectApiError(
      await fetch(`${server.url}${url}?token=${encodeURIComponent(board.viewToken)}`),
      401,
      'unauthorized',
    )
  })

  it('refuses without a token or with a wrong one (401)', async () => {
    const board = await createBoard()
    const { url } = await uploaded(
      await upload(board.id, board.editToken, pngBytes(3, 9), 'image/png'),
    )
    await expectApiError(await fetch(`${server.url}${url}`), 401)
    await expectApiError(await getAsset(`${server.url}${url}`, 'nope'), 401)
  })

  it("does not open another board's image with this board's token", async () => {
    const mine = await createBoard()
    const theirs = await createBoard()
    const { hash, url } = await uploaded(
      await upload(theirs.id, theirs.editToken, pngBytes(11, 2), 'image/png'),
    )
    // Their board's URL with my token: the token does not open their board.
    await expectApiError(await getAsset(`${server.url}${url}`, mine.viewToken), 401)
    // My board's URL with their hash: my board never uploaded it.
    await expectApiError(
      await getAsset(`${server.url}/api/boards/${mine.id}/assets/${hash}`, mine.viewToken),
      404,
      'asset_not_found',
    )
  })

  it('answers 404 for an unknown hash or something that is not a hash', async () => {
    const board = await createBoard()
    const base = `${server.url}/api/boards/${board.id}/assets`
    await expectApiError(await getAsset(`${base}/${'0'.repeat(64)}`, board.viewToken), 404)
    await expectApiError(await getAsset(`${base}/..%2F..%2Fwerkraum.sqlite`, board.viewToken), 404)
  })
})

describe('POST /api/boards/:id/assets/:hash (copy from another board)', () => {
  function copy(
    target: CreateBoardResponse,
    hash: string,
    token: string,
    from: unknown,
  ): Promise<Response> {
    return fetch(`${server.url}/api/boards/${target.id}/assets/${hash}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ from }),
    })
  }

  it('lets the target board show an image of a source board whose token the person holds', async () => {
    const source = await createBoard()
    const target = await createBoard()
    const png = pngBytes(12, 8)
    const { hash } = await uploaded(await upload(source.id, source.editToken, png, 'image/png'))
    const url = `${server.url}/api/boards/${target.id}/assets/${hash}`
    expect((await getAsset(url, target.viewToken)).status).toBe(404)

    const res = await copy(target, hash, target.editToken, {
      board: source.id,
      token: source.viewToken,
    })
    expect(res.status).toBe(201)
    expect(await res.json()).toEqual({
      hash,
      url: `/api/boards/${target.id}/assets/${hash}`,
      mime: 'image/png',
      width: 12,
      height: 8,
    })
    const fetched = await getAsset(url, target.viewToken)
    expect(fetched.status).toBe(200)
    expect(Buffer.from(await fetched.arrayBuffer())).toEqual(png)
    // Again: already there.
    expect(
      (await copy(target, hash, target.editToken, { board: source.id, token: source.viewToken }))
        .status,
    ).toBe(200)
  })

  it('refuses without a token of the source board, or without the edit right on the target', async () => {
    const source = await createBoard()
    const target = await createBoard()
    const stranger = await createBoard()
    const { hash } = await uploaded(
      await upload(source.id, source.editToken, pngBytes(13, 8), 'image/png'),
    )
    const guessed = { board: source.id, token: stranger.editToken }
    await expectApiError(
      await copy(target, hash, target.editToken, guessed),
      404,
      'asset_not_found',
    )
    const fromStranger = { board: stranger.id, token: stranger.editToken }
    await expectApiError(
      await copy(target, hash, target.editToken, fromStranger),
      404,
      'asset_not_found',
    )
    const proper = { board: source.id, token: source.viewToken }
    await expectApiError(await copy(target, hash, target.viewToken, proper), 403, 'forbidden')
    await expectApiError(await copy(target, hash, target.editToken, {}), 400, 'invalid_request')
    const res = await getAsset(
      `${server.url}/api/boards/${target.id}/assets/${hash}`,
      target.viewToken,
    )
    expect(res.status).toBe(404)
  })
})
