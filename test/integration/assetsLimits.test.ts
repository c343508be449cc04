// What uploads may cost, attacked on the real server over real sockets: disk per board, bytes
// per client address and hour, uploads at once per address and in total, pixels per image.
// TRUST_PROXY=loopback lets each test speak from its own address through X-Forwarded-For.
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreateBoardResponse } from '../../shared/api.ts'
import { gifWithFrame, pngBytes, pngClaiming, pngOfSize } from '../helpers/images.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'

const IMAGE = 4000
const BOARD_QUOTA = 10_000
const PER_HOUR = 25_000
const MAX_PIXELS = 10_000
let server: RunningServer
let nextAddress = 1

beforeAll(async () => {
  server = await startServer({
    env: {
      TRUST_PROXY: 'loopback',
      ASSET_BOARD_QUOTA_BYTES: String(BOARD_QUOTA),
      ASSET_ADDRESS_BYTES_PER_HOUR: String(PER_HOUR),
      ASSET_MAX_PIXELS: String(MAX_PIXELS),
      ASSET_CONCURRENT_PER_ADDRESS: '2',
      ASSET_CONCURRENT_UPLOADS: '3',
    },
  })
})
afterAll(async () => {
  await server?.cleanup()
})

/** A client address of its own, as the proxy in front would forward it. */
function address(): string {
  return `198.51.100.${nextAddress++}`
}

async function createBoard(): Promise<CreateBoardResponse> {
  const res = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address() },
    body: '{}',
  })
  expect(res.status).toBe(201)
  return (await res.json()) as CreateBoardResponse
}

function upload(board: CreateBoardResponse, from: string, bytes: Uint8Array, type = 'image/png') {
  return fetch(`${server.url}/api/boards/${board.id}/assets`, {
    method: 'POST',
    headers: {
      'content-type': type,
      authorization: `Bearer ${board.editToken}`,
      'x-forwarded-for': from,
    },
    body: new Uint8Array(bytes),
  })
}

async function refusal(res: Response, status: number, error: string): Promise<unknown> {
  expect(res.status).toBe(status)
  const body = (await res.json()) as { error: string; message: string; details?: unknown }
  expect(body.error).toBe(error)
  expect(body.message).toMatch(/\w+ \w+/)
  return body.details
}

/**
 * An upload that sends its headers and half its body, then waits: it holds its slot until
 * `finish` sends the rest (or `abort` hangs up). `answer` resolves with the status.
 */
function slowUpload(board: CreateBoardResponse, from: string) {
  const bytes = pngOfSize(IMAGE)
  const req = http.request(`${server.url}/api/boards/${board.id}/assets`, {
    method: 'POST',
    headers: {
      'content-type': 'image/png',
      'content-length': bytes.length,
      authorization: `Bearer ${board.editToken}`,
      'x-forwarded-for': from,
    },
  })
  const answer = new Promise<number>((resolve, reject) => {
    req.on('response', (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('error', reject)
  })
  answer.catch(() => undefined) // a refused upload's socket may be reset: that is no failure

  req.write(bytes.subarray(0, bytes.length >> 1))
  return {
    answer,
    finish: () => req.end(bytes.subarray(bytes.length >> 1)),
    abort: () => req.destroy(),
  }
}

/** The first of several slow uploads to be answered (the others are still sending). */
function firstAnswered(slow: ReturnType<typeof slowUpload>[]) {
  return Promise.race(slow.map((s, i) => s.answer.then((status) => ({ i, status }))))
}

describe('upload limits', () => {
  it('a board holds images up to its quota: then 507 board_quota_exceeded, other boards go on', async () => {
    const board = await createBoard()
    const from = address()
    expect((await upload(board, from, pngOfSize(IMAGE))).status).toBe(201)
    expect((await upload(board, from, pngOfSize(IMAGE))).status).toBe(201)
    const details = await refusal(
      await upload(board, from, pngOfSize(IMAGE)),
      507,
      'board_quota_exceeded',
    )
    expect(details).toEqual({ limit: 'board_bytes', max: BOARD_QUOTA })
    // Another board has its own quota.
    expect((await upload(await createBoard(), from, pngOfSize(IMAGE))).status).toBe(201)
  })

  it('uploads to one board at the same time cannot pass its quota together', async () => {
    const board = await createBoard()
    // Three uploads of 4,000 bytes, each alone within the 10,000 bytes, all sent at once.
    const slow = [address(), address(), address()].map((from) => slowUpload(board, from))
    for (const s of slow) s.finish()
    const statuses = await Promise.all(slow.map((s) => s.answer))
    expect(statuses.sort()).toEqual([201, 201, 507])
  })

  it('copying an image into a full board is refused the same way', async () => {
    const full = await createBoard()
    const source = await createBoard()
    const from = address()
    expect((await upload(full, from, pngOfSize(IMAGE))).status).toBe(201)
    expect((await upload(full, from, pngOfSize(IMAGE))).status).toBe(201)
    const res = await upload(source, from, pngOfSize(IMAGE))
    const { hash } = (await res.json()) as { hash: string }
    const copy = await fetch(`${server.url}/api/boards/${full.id}/assets/${hash}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${full.editToken}` },
      body: JSON.stringify({ from: { board: source.id, token: source.viewToken } }),
    })
    await refusal(copy, 507, 'board_quota_exceeded')
  })

  it('an address uploads its bytes per hour, then 429 with Retry-After; another address goes on', async () => {
    const from = address()
    let sent = 0
    while (sent + IMAGE <= PER_HOUR) {
      expect((await upload(await createBoard(), from, pngOfSize(IMAGE))).status).toBe(201)
      sent += IMAGE
    }
    const refused = await upload(await createBoard(), from, pngOfSize(IMAGE))
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3500)
    const details = await refusal(refused, 429, 'upload_quota_exceeded')
    expect(details).toEqual({ limit: 'address_bytes_per_hour', max: PER_HOUR })
    expect((await upload(await createBoard(), address(), pngOfSize(IMAGE))).status).toBe(201)
  })

  it('counts an IPv6 line (/64) as one address: another address in it does not escape', async () => {
    let sent = 0
    for (let i = 1; sent + IMAGE <= PER_HOUR; i++) {
      const from = `2001:db8:5:7::${i.toString(16)}`
      expect((await upload(await createBoard(), from, pngOfSize(IMAGE))).status).toBe(201)
      sent += IMAGE
    }
    const sameLine = await upload(await createBoard(), '2001:db8:5:7:ffff::1', pngOfSize(IMAGE))
    await refusal(sameLine, 429, 'upload_quota_exceeded')
    const otherLine = await upload(await createBoard(), '2001:db8:5:8::1', pngOfSize(IMAGE))
    expect(otherLine.status).toBe(201)
  })

  it('an address runs two uploads at once: a third is 429 until one of them ends', async () => {
    const board = await createBoard()
    const from = address()
    // Whichever arrives last of three is refused at once; the other two hold their slots.
    const slow = [slowUpload(board, from), slowUpload(board, from), slowUpload(board, from)]
    const refused = await firstAnswered(slow)
    expect(refused.status).toBe(429)
    const held = slow.filter((_s, i) => i !== refused.i)
    // Someone else is not held up by this address.
    expect((await upload(board, address(), pngBytes(3, 3))).status).toBe(201)
    held[0]!.finish()
    expect(await held[0]!.answer).toBe(201)
    // A client that hangs up frees its slot too: two slow uploads fit again. The server learns
    // of the hang-up a moment later, so try a few times.
    held[1]!.abort()
    await held[1]!.answer.catch(() => undefined)
    let statuses: number[] = []
    for (let i = 0; i < 50 && statuses.join() !== '201,201'; i++) {
      const again = [slowUpload(await createBoard(), from), slowUpload(await createBoard(), from)]
      for (const s of again) s.finish()
      statuses = await Promise.all(again.map((s) => s.answer))
    }
    expect(statuses).toEqual([201, 201])
  })

  it('names the limit: 429 too_many_uploads for one address, server_busy for all', async () => {
    const board = await createBoard()
    const a = address()
    // Each on a board of its own: together they are more than one board's quota.
    const perAddress = [
      slowUpload(await createBoard(), a),
      slowUpload(await createBoard(), a),
      slowUpload(await createBoard(), a),
    ]
    const first = await firstAnswered(perAddress)
    const refused = await fetch(`${server.url}/api/boards/${board.id}/assets`, {
      method: 'POST',
      headers: {
        'content-type': 'image/png',
        authorization: `Bearer ${board.editToken}`,
        'x-forwarded-for': a,
      },
      body: new Uint8Array(pngBytes(2, 2)),
    })
    expect(first.status).toBe(429)
    expect(await refusal(refused, 429, 'too_many_uploads')).toEqual({
      limit: 'concurrent_per_address',
      max: 2,
    })
    // Two slots taken by `a`, one more by someone else: the server's three are all in use.
    const other = [slowUpload(await createBoard(), address()), slowUpload(board, address())]
    const busy = await firstAnswered(other)
    expect(busy.status).toBe(429)
    const anyone = await upload(board, address(), pngBytes(2, 3))
    expect(await refusal(anyone, 429, 'server_busy')).toEqual({ limit: 'concurrent_total', max: 3 })
    const held = [...perAddress.filter((_s, i) => i !== first.i), other[1 - busy.i]!]
    for (const s of held) s.finish()
    expect(await Promise.all(held.map((s) => s.answer))).toEqual([201, 201, 201])
    expect((await upload(board, address(), pngBytes(6, 6))).status).toBe(201)
  })

  it('refuses a pixel bomb (50,000 × 50,000 in a few dozen bytes) with 413, before any browser sees it', async () => {
    const board = await createBoard()
    const bomb = pngClaiming(50_000, 50_000)
    expect(bomb.length).toBeLessThan(100)
    const details = await refusal(
      await upload(board, address(), bomb),
      413,
      'image_too_many_pixels',
    )
    expect(details).toEqual({ limit: 'image_pixels', max: MAX_PIXELS })
    await refusal(
      await upload(board, address(), gifWithFrame(5000, 5000), 'image/gif'),
      413,
      'image_too_many_pixels',
    )
    expect((await upload(board, address(), pngBytes(100, 100))).status).toBe(201)
    await refusal(await upload(board, address(), pngBytes(101, 100)), 413, 'image_too_many_pixels')
  })

  it('refuses an image cut short with 415: its header alone is not an image', async () => {
    const board = await createBoard()
    const png = pngBytes(20, 20)
    await refusal(
      await upload(board, address(), png.subarray(0, png.length - 6)),
      415,
      'unsupported_media_type',
    )
  })

  it('ignores X-Forwarded-For without TRUST_PROXY: a spoofed address does not escape the limit', async () => {
    const direct = await startServer({
      env: { ASSET_CONCURRENT_PER_ADDRESS: '1', ASSET_CONCURRENT_UPLOADS: '10' },
    })
    try {
      const res = await fetch(`${direct.url}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
      const board = (await res.json()) as CreateBoardResponse
      const slow = http.request(`${direct.url}/api/boards/${board.id}/assets`, {
        method: 'POST',
        headers: {
          'content-type': 'image/png',
          'content-length': 1000,
          authorization: `Bearer ${board.editToken}`,
          'x-forwarded-for': '203.0.113.1',
        },
      })
      slow.on('error', () => undefined)
      slow.write(pngOfSize(1000).subarray(0, 100))
      let status = 0
      for (let i = 0; i < 200 && status !== 429; i++) {
        status = (
          await fetch(`${direct.url}/api/boards/${board.id}/assets`, {
            method: 'POST',
            headers: {
              'content-type': 'image/png',
              authorization: `Bearer ${board.editToken}`,
              'x-forwarded-for': `203.0.113.${i + 2}`,
            },
            body: new Uint8Array(pngBytes(2, 2, [i, 0, 0])),
          })
        ).status
      }
      expect(status).toBe(429)
      slow.destroy()
    } finally {
      await direct.cleanup()
    }
  })
})

describe('images stored before the pixel limit', () => {
  it('are no longer served once they exceed it: a browser never decodes them', async () => {
    const before = await startServer({ env: { ASSET_MAX_PIXELS: String(100_000_000_000) } })
    try {
      const res = await fetch(`${before.url}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
      const board = (await res.json()) as CreateBoardResponse
      const bomb = await fetch(`${before.url}/api/boards/${board.id}/assets`, {
        method: 'POST',
        headers: { 'content-type': 'image/png', authorization: `Bearer ${board.editToken}` },
        body: new Uint8Array(pngClaiming(50_000, 50_000)),
      })
      expect(bomb.status).toBe(201)
      const { hash } = (await bomb.json()) as { hash: string }
      await before.stop()
      const after = await startServer({ dataDir: before.dataDir })
      try {
        const res = await fetch(`${after.url}/api/boards/${board.id}/assets/${hash}`, {
          headers: { authorization: `Bearer ${board.viewToken}` },
        })
        expect(await refusal(res, 413, 'image_too_many_pixels')).toEqual({
          limit: 'image_pixels',
          max: 40_000_000,
        })
      } finally {
        await after.stop()
      }
    } finally {
      await before.cleanup()
    }
  })
})
