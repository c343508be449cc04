import { describe, expect, test } from 'vitest'
import { createBoard, fetchBoardInfo, renameBoard } from '../../../../client/src/lib/api/boards.ts'

type Call = { url: string; init: RequestInit | undefined }

function fakeFetch(status: number, body: unknown, calls: Call[] = []): typeof fetch {
  return (async (url: string, init?: RequestInit) => {
    calls.push({ url, init })
    return new Response(body === undefined ? null : JSON.stringify(body), { status })
  }) as typeof fetch
}

const created = {
  id: 'b1',
  title: 'Rollen klären',
  editToken: 'e',
  viewToken: 'v',
  facilitatorToken: 'f',
  links: { edit: '/b/b1#e', view: '/b/b1#v', facilitate: '/b/b1#f' },
}

describe('createBoard', () => {
  test('posts the title and sends the creation token as Bearer', async () => {
    const calls: Call[] = []
    const result = await createBoard('  Rollen klären ', 'secret', fakeFetch(201, created, calls))
    expect(result).toEqual({ ok: true, value: created })
    expect(calls[0]?.url).toBe('/api/boards')
    expect(calls[0]?.init?.method).toBe('POST')
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ title: 'Rollen klären' })
    expect((calls[0]?.init?.headers as Record<string, string>).Authorization).toBe('Bearer secret')
  })

  test('no token, no Authorization header; 401 tells the form to ask for one', async () => {
    const calls: Call[] = []
    const result = await createBoard(
      '',
      null,
      fakeFetch(401, { error: 'unauthorized', message: 'token needed' }, calls),
    )
    expect(result).toMatchObject({ ok: false, reason: 'unauthorized' })
    expect((calls[0]?.init?.headers as Record<string, string>).Authorization).toBeUndefined()
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({})
  })

  test('a network failure and a malformed answer are told apart', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch')
    }) as typeof fetch
    expect(await createBoard('x', null, failing)).toMatchObject({ ok: false, reason: 'network' })
    expect(await createBoard('x', null, fakeFetch(201, { id: 1 }))).toMatchObject({
      ok: false,
      reason: 'server',
    })
    expect(await createBoard('x', null, fakeFetch(502, undefined))).toMatchObject({
      ok: false,
      reason: 'server',
      detail: 'HTTP 502',
    })
  })
})

describe('fetchBoardInfo', () => {
  const info = {
    id: 'b1',
    title: 'T',
    role: 'edit',
    createdAt: '2026-11-25T10:00:00Z',
    schemaVersion: 1,
  }

  test('sends the token and reads the role', async () => {
    const calls: Call[] = []
    expect(await fetchBoardInfo('b1', 'tok', fakeFetch(200, info, calls))).toEqual({
      ok: true,
      value: info,
    })
    expect((calls[0]?.init?.headers as Record<string, string>).Authorization).toBe('Bearer tok')
    expect(calls[0]?.url).toBe('/api/boards/b1')
  })

  test('401 and 403 are an invalid link, 404 an unknown board', async () => {
    expect(await fetchBoardInfo('b1', 't', fakeFetch(401, {}))).toMatchObject({
      reason: 'unauthorized',
    })
    expect(await fetchBoardInfo('b1', 't', fakeFetch(403, {}))).toMatchObject({
      reason: 'unauthorized',
    })
    expect(await fetchBoardInfo('b1', 't', fakeFetch(404, {}))).toMatchObject({
      reason: 'notFound',
    })
  })

  test('an unknown role is not trusted', async () => {
    expect(
      await fetchBoardInfo('b1', 't', fakeFetch(200, { ...info, role: 'admin' })),
    ).toMatchObject({
      ok: false,
      reason: 'server',
    })
  })
})

describe('renameBoard', () => {
  test('patches the title with the facilitator token as Bearer and answers the stored title', async () => {
    const calls: Call[] = []
    const answer = { id: 'b 1', title: 'Neu' }
    const result = await renameBoard('b 1', 'Neu', 'f', fakeFetch(200, answer, calls))
    expect(result).toEqual({ ok: true, title: 'Neu' })
    expect(calls[0]?.url).toBe('/api/boards/b%201')
    expect(calls[0]?.init?.method).toBe('PATCH')
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ title: 'Neu' })
    expect((calls[0]?.init?.headers as Record<string, string>).Authorization).toBe('Bearer f')
  })

  test('tells a refused title, a missing right, an unknown board and a failure apart', async () => {
    const reasons = await Promise.all(
      [400, 403, 401, 404, 503].map(async (status) => {
        const result = await renameBoard('b1', 'x', 'f', fakeFetch(status, { error: 'e' }))
        return result.ok ? 'ok' : result.reason
      }),
    )
    expect(reasons).toEqual(['invalid', 'forbidden', 'forbidden', 'notFound', 'server'])
    const offline = (async () => {
      throw new TypeError('Failed to fetch')
    }) as typeof fetch
    expect(await renameBoard('b1', 'x', 'f', offline)).toEqual({ ok: false, reason: 'network' })
  })
})
