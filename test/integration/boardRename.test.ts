// Renaming a board over HTTP, as the facilitator's browser or a script does it: the real server
// as a child process. The stored title and the document's meta.title stay one, everyone on the
// board sees the new title live, and only a facilitator's token may do it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readTitle } from '../../shared/schema/doc.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { until } from '../helpers/waitFor.ts'
import { createBoard, syncedClient } from '../helpers/yclient.ts'
import { CLOSE_POLICY_VIOLATION } from '../../shared/protocol/sync.ts'

let server: RunningServer

beforeAll(async () => {
  server = await startServer()
})
afterAll(async () => {
  await server?.cleanup()
})

function rename(
  base: string,
  id: string,
  body: unknown,
  authorization: string | null,
): Promise<Response> {
  return fetch(`${base}/api/boards/${id}`, {
    method: 'PATCH',
    headers: {
      'content-type': 'application/json',
      ...(authorization === null ? {} : { authorization }),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

async function storedTitle(base: string, id: string, token: string): Promise<string> {
  const res = await fetch(`${base}/api/boards/${id}`, {
    headers: { authorization: `Bearer ${token}` },
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { title: string }).title
}

/** The document's title as a new person joining the board gets it. */
async function documentTitle(base: RunningServer, id: string, token: string): Promise<string> {
  const client = await syncedClient(base, id, token)
  try {
    return readTitle(client.doc)
  } finally {
    client.destroy()
  }
}

async function errorOf(res: Response): Promise<string> {
  return ((await res.json()) as { error: string }).error
}

describe('PATCH /api/boards/:id', () => {
  it('renames with the facilitator token: stored, in meta.title, and live for everyone present', async () => {
    const board = await createBoard(server)
    const present = await syncedClient(server, board.id, board.viewToken)
    try {
      const res = await rename(
        server.url,
        board.id,
        { title: '  Zukunftswerkstatt Jugendamt  ' },
        `Bearer ${board.facilitatorToken}`,
      )
      expect(res.status).toBe(200)
      expect(await res.json()).toEqual({ id: board.id, title: 'Zukunftswerkstatt Jugendamt' })
      await until(
        present.doc,
        'update',
        () => readTitle(present.doc) === 'Zukunftswerkstatt Jugendamt',
        'the person present to see the new title',
      )
      expect(await storedTitle(server.url, board.id, board.editToken)).toBe(
        'Zukunftswerkstatt Jugendamt',
      )
      expect(await documentTitle(server, board.id, board.editToken)).toBe(
        'Zukunftswerkstatt Jugendamt',
      )
    } finally {
      present.destroy()
    }
  })

  it('is refused with an edit or view token (403), a forged one (401) or none (401), and changes nothing', async () => {
    const board = await createBoard(server)
    const before = await storedTitle(server.url, board.id, board.editToken)
    for (const token of [board.editToken, board.viewToken]) {
      const res = await rename(server.url, board.id, { title: 'Gekapert' }, `Bearer ${token}`)
      expect(res.status).toBe(403)
      expect(await errorOf(res)).toBe('forbidden')
    }
    const forged = `Bearer ${board.facilitatorToken.slice(0, -4)}AAAA`
    const res = await rename(server.url, board.id, { title: 'Gekapert' }, forged)
    expect(res.status).toBe(401)
    expect((await rename(server.url, board.id, { title: 'Gekapert' }, null)).status).toBe(401)
    expect(await storedTitle(server.url, board.id, board.editToken)).toBe(before)
    expect(await documentTitle(server, board.id, board.editToken)).toBe(before)
  })

  it('answers 404 for an unknown board', async () => {
    const board = await createBoard(server)
    const res = await rename(
      server.url,
      'doesnotexist00000000',
      { title: 'Neu' },
      `Bearer ${board.facilitatorToken}`,
    )
    expect(res.status).toBe(404)
  })

  it('answers 400 for a title that is empty, too long, more than one line or not a string', async () => {
    const board = await createBoard(server)
    const auth = `Bearer ${board.facilitatorToken}`
    const bad = [
      { title: '' },
      { title: '   ' },
      { title: 'x'.repeat(201) },
      { title: 'Zeile eins\nZeile zwei' },
      { title: 'Umgedreht \u202e' },
      { title: 42 },
      {},
      { title: 'Neu', extra: true },
    ]
    for (const body of bad) {
      const res = await rename(server.url, board.id, body, auth)
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(await errorOf(res)).toBe('invalid_request')
    }
    expect((await rename(server.url, board.id, '{"title":', auth)).status).toBe(400)
    expect((await rename(server.url, board.id, { title: 'x'.repeat(200) }, auth)).status).toBe(200)
  })

  it('keeps the last of several renames in both places', async () => {
    const board = await createBoard(server)
    const auth = `Bearer ${board.facilitatorToken}`
    const answers = await Promise.all(
      ['Eins', 'Zwei', 'Drei'].map((title) => rename(server.url, board.id, { title }, auth)),
    )
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200])
    const stored = await storedTitle(server.url, board.id, board.editToken)
    expect(await documentTitle(server, board.id, board.editToken)).toBe(stored)
  })

  it("closes an editor's connection that writes meta.title itself: only renaming changes it", async () => {
    const board = await createBoard(server)
    const editor = await syncedClient(server, board.id, board.editToken)
    try {
      const closed = new Promise<number>((resolve) =>
        editor.provider.ws?.addEventListener('close', (event) => resolve(event.code)),
      )
      editor.doc.getMap('meta').set('title', 'Heimlich')
      expect(await closed).toBe(CLOSE_POLICY_VIOLATION)
    } finally {
      editor.destroy()
    }
    expect(await documentTitle(server, board.id, board.editToken)).not.toBe('Heimlich')
  })
})

describe('a renamed board after a restart', () => {
  it('keeps its title in the store and in the document', async () => {
    const first = await startServer()
    try {
      const board = await createBoard(first)
      const res = await rename(
        first.url,
        board.id,
        { title: 'Bleibt so' },
        `Bearer ${board.facilitatorToken}`,
      )
      expect(res.status).toBe(200)
      expect(await first.stop()).toBe(0)

      const second = await startServer({ dataDir: first.dataDir })
      try {
        expect(await storedTitle(second.url, board.id, board.editToken)).toBe('Bleibt so')
        const client = await syncedClient(second, board.id, board.viewToken)
        try {
          expect(readTitle(client.doc)).toBe('Bleibt so')
        } finally {
          client.destroy()
        }
      } finally {
        await second.stop()
      }
    } finally {
      await first.cleanup()
    }
  })
})
