import { describe, expect, test } from 'vitest'
import { uploadAsset } from '../../../../client/src/lib/api/assets.ts'

function answering(status: number, body: unknown) {
  const requests: { url: string; init: RequestInit }[] = []
  const fetchFn = (async (url: string, init: RequestInit) => {
    requests.push({ url, init })
    return new Response(body === undefined ? null : JSON.stringify(body), { status })
  }) as unknown as typeof fetch
  return { fetchFn, requests }
}

const png = new Blob([new Uint8Array([0x89, 0x50])], { type: 'image/png' })
const uploaded = { hash: 'a'.repeat(64), url: '/x', mime: 'image/png', width: 4, height: 3 }

describe('uploadAsset', () => {
  test('posts the bytes with their type and the bearer token, and reads the answer', async () => {
    const { fetchFn, requests } = answering(201, uploaded)
    expect(await uploadAsset('board1', 'tok', png, fetchFn)).toEqual({ ok: true, asset: uploaded })
    expect(requests[0]!.url).toBe('/api/boards/board1/assets')
    expect(requests[0]!.init.headers).toMatchObject({
      'content-type': 'image/png',
      authorization: 'Bearer tok',
    })
  })

  test('refuses an SVG without asking the server', async () => {
    const { fetchFn, requests } = answering(201, uploaded)
    const svg = new Blob(['<svg/>'], { type: 'image/svg+xml' })
    expect(await uploadAsset('b', 't', svg, fetchFn)).toEqual({ ok: false, reason: 'unsupported' })
    expect(requests).toHaveLength(0)
  })

  test.each([
    [413, 'tooLarge'],
    [415, 'unsupported'],
    [403, 'forbidden'],
    [401, 'forbidden'],
    [507, 'storageFull'],
    [503, 'server'],
  ] as const)('answers %i as %s', async (status, reason) => {
    const { fetchFn } = answering(status, { error: 'x', message: 'x y' })
    expect(await uploadAsset('b', 't', png, fetchFn)).toEqual({ ok: false, reason })
  })

  test.each([
    [413, 'image_bytes', 'tooLarge'],
    [413, 'image_pixels', 'tooManyPixels'],
    [429, 'address_bytes_per_hour', 'uploadQuota'],
    [429, 'concurrent_per_address', 'busy'],
    [429, 'concurrent_total', 'busy'],
    [429, undefined, 'busy'],
    [507, 'board_bytes', 'boardFull'],
    [507, undefined, 'storageFull'],
  ] as const)('answers %i naming limit %s as %s', async (status, limit, reason) => {
    const body = { error: 'x', message: 'x y', ...(limit ? { details: { limit, max: 1 } } : {}) }
    const { fetchFn } = answering(status, body)
    expect(await uploadAsset('b', 't', png, fetchFn)).toEqual({ ok: false, reason })
  })

  test('a network failure or a malformed answer is told apart', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch')
    }) as unknown as typeof fetch
    expect(await uploadAsset('b', 't', png, offline)).toEqual({ ok: false, reason: 'network' })
    const { fetchFn } = answering(201, { hash: 1 })
    expect(await uploadAsset('b', 't', png, fetchFn)).toEqual({ ok: false, reason: 'server' })
  })
})
