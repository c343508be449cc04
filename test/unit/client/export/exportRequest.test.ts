import { describe, expect, test } from 'vitest'
import { attachmentName, requestExport } from '../../../../client/src/lib/export/exportRequest.ts'

function answering(response: () => Response) {
  const requests: { url: string; init: RequestInit }[] = []
  const fetchFn = (async (url: string, init: RequestInit) => {
    requests.push({ url, init })
    return response()
  }) as unknown as typeof fetch
  return { fetchFn, requests }
}

const q = new URLSearchParams({ format: 'png' })

describe('requestExport', () => {
  test('sends the token as a bearer header, never in the URL, and names the file as told', async () => {
    const { fetchFn, requests } = answering(
      () =>
        new Response(new Uint8Array([1, 2, 3]), {
          status: 200,
          headers: {
            'content-type': 'image/png',
            'content-disposition':
              'attachment; filename="Okosystem-2026-12-07.png"; filename*=UTF-8\'\'%C3%96kosystem-2026-12-07.png',
          },
        }),
    )
    const outcome = await requestExport('b1', 'secret', q, 'fallback.png', { fetchFn })
    expect(outcome.ok && outcome.fileName).toBe('Ökosystem-2026-12-07.png')
    expect(outcome.ok && outcome.blob.size).toBe(3)
    expect(requests[0]!.url).toBe('/api/boards/b1/export?format=png')
    expect(requests[0]!.url).not.toContain('secret')
    expect(requests[0]!.init.headers).toEqual({ authorization: 'Bearer secret' })
  })

  test('reads the scale a PNG was drawn at and how many images the file names as missing', async () => {
    const { fetchFn } = answering(
      () =>
        new Response('x', {
          status: 200,
          headers: { 'x-export-scale': '1.5', 'x-export-missing-images': 'aa,bb' },
        }),
    )
    expect(await requestExport('b', 't', q, 'f.png', { fetchFn })).toMatchObject({
      ok: true,
      scale: 1.5,
      missingImages: 2,
    })
  })

  test('falls back to the name it was given when the answer names none', async () => {
    const { fetchFn } = answering(() => new Response('x', { status: 200 }))
    const outcome = await requestExport('b', 't', q, 'Board-2026-12-07.png', { fetchFn })
    expect(outcome).toMatchObject({
      ok: true,
      fileName: 'Board-2026-12-07.png',
      scale: null,
      missingImages: 0,
    })
  })

  test.each([
    [501, 'unavailable'],
    [503, 'busy'],
    [429, 'busy'],
    [400, 'refused'],
    [401, 'forbidden'],
    [404, 'notFound'],
    [409, 'tooNew'],
    [500, 'server'],
  ] as const)('answers %i as %s with the server’s message', async (status, kind) => {
    const { fetchFn } = answering(
      () =>
        new Response(JSON.stringify({ error: 'x', message: 'Der Grund.' }), {
          status,
          headers: { 'content-type': 'application/json' },
        }),
    )
    expect(await requestExport('b', 't', q, 'f', { fetchFn })).toEqual({
      ok: false,
      kind,
      status,
      message: 'Der Grund.',
    })
  })

  test('a full export queue says when to try again', async () => {
    const { fetchFn } = answering(
      () =>
        new Response(JSON.stringify({ error: 'busy', message: 'Too many exports.' }), {
          status: 503,
          headers: { 'retry-after': '5' },
        }),
    )
    expect(await requestExport('b', 't', q, 'f', { fetchFn })).toEqual({
      ok: false,
      kind: 'busy',
      status: 503,
      message: 'Too many exports.',
      retryAfter: 5,
    })
  })

  test('a proxy’s page instead of JSON still fails by its status', async () => {
    const { fetchFn } = answering(() => new Response('<html>Bad gateway</html>', { status: 502 }))
    expect(await requestExport('b', 't', q, 'f', { fetchFn })).toEqual({
      ok: false,
      kind: 'server',
      status: 502,
      message: '',
    })
  })

  test('no answer is a network failure; a cancelled request says so', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch')
    }) as unknown as typeof fetch
    expect(await requestExport('b', 't', q, 'f', { fetchFn: failing })).toMatchObject({
      ok: false,
      kind: 'network',
    })
    const controller = new AbortController()
    controller.abort()
    expect(
      await requestExport('b', 't', q, 'f', { fetchFn: failing, signal: controller.signal }),
    ).toMatchObject({ ok: false, kind: 'aborted' })
  })
})

describe('attachmentName', () => {
  test('prefers the UTF-8 name and strips path separators', () => {
    expect(attachmentName('attachment; filename="a.png"; filename*=UTF-8\'\'b%2Fc.png')).toBe(
      'b-c.png',
    )
    expect(attachmentName('attachment; filename="Board-2026.pdf"')).toBe('Board-2026.pdf')
    expect(attachmentName('attachment; filename=plain.csv')).toBe('plain.csv')
    expect(attachmentName('attachment')).toBeNull()
    expect(attachmentName(null)).toBeNull()
  })
})
