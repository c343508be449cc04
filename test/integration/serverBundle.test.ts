import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildServerBundle } from '../helpers/serverBundle.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { connectClient, createBoard } from '../helpers/yclient.ts'
import { createNote } from '../../shared/ops/index.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

// `npm start` runs the bundle that `vite build --ssr server/main.ts` writes, not the TypeScript
// sources the other tests start; this proves the bundle is the same server.
describe('the production server bundle', () => {
  // Inside the project, so the bundle resolves its packages from node_modules like dist/server.
  mkdirSync(path.join(ROOT, 'dist'), { recursive: true })
  const outDir = mkdtempSync(path.join(ROOT, 'dist', '.server-test-'))
  let server: RunningServer

  beforeAll(async () => {
    // Compacting after every few updates: the snapshot worker must be found beside main.js.
    server = await startServer({
      nodeArgs: await buildServerBundle(outDir),
      env: { COMPACT_AFTER_UPDATES: '3' },
    })
  })

  afterAll(async () => {
    await server?.cleanup()
    rmSync(outDir, { recursive: true, force: true })
  })

  it('answers the health check, creates a board from a template and syncs it', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ ok: true })
    const board = await createBoard(server, { title: 'Gebündelt', template: 'brainstorming' })
    const client = connectClient(server, board.id, board.editToken)
    try {
      await client.synced()
      expect(client.doc.getMap('meta').get('title')).toBe('Gebündelt')
      expect(client.doc.getMap('elements').size).toBeGreaterThan(0)
      for (let i = 0; i < 3; i++) createNote(client.doc, { x: i, y: 0, text: `Notiz ${i}` })
      await waitFor(() => /board compacted.*"thread":[1-9]/.test(server.output()), 'a compaction')
    } finally {
      client.destroy()
    }
  })
  it('writes an export in its worker, found beside main.js, with the version of package.json', async () => {
    const board = await createBoard(server, { title: 'Export', template: 'roles' })
    const res = await fetch(`${server.url}/api/boards/${board.id}/export?format=werkraum`, {
      headers: { authorization: `Bearer ${board.viewToken}` },
    })
    expect(res.status, server.output().slice(-3000)).toBe(200)
    const manifest = JSON.parse(
      strFromU8(unzipSync(new Uint8Array(await res.arrayBuffer()))['manifest.json']!),
    ) as { app: { version: string } }
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      version: string
    }
    expect(manifest.app.version).toBe(pkg.version)
  })
})
