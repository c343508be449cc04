// Uploads when the disk fails underneath: the asset routes in this process over a real socket,
// with files that fail part-way the way a full or read-only disk does.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import type { FileHandle } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import express from 'express'
import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Access } from '../../server/access/Access.ts'
import { AssetFiles } from '../../server/assets/assetFiles.ts'
import { loadConfig } from '../../server/config.ts'
import { assetRoutes } from '../../server/http/assetRoutes.ts'
import { errorHandler } from '../../server/http/errors.ts'
import type { Logger } from '../../server/log.ts'
import { MemoryBoardStore, addBoard } from '../helpers/memoryStore.ts'
import { pngBytes } from '../helpers/images.ts'

let dir: string
let server: http.Server | null = null

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'werkraum-assets-app-'))
})
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  server = null
  rmSync(dir, { recursive: true, force: true })
})

function failingWith(code: string) {
  return async (file: FileHandle, bytes: Uint8Array): Promise<void> => {
    await file.write(bytes.subarray(0, bytes.length >> 1))
    throw Object.assign(new Error(`${code}: simulated`), { code })
  }
}

async function serve(code: string) {
  const store = new MemoryBoardStore()
  const board = await addBoard(store, Y.encodeStateAsUpdate(new Y.Doc()))
  const errors: string[] = []
  const log: Logger = { info() {}, warn() {}, error: (message) => errors.push(message) }
  const assetFiles = new AssetFiles(dir, failingWith(code))
  const app = express()
  app.use(
    '/api/boards',
    assetRoutes({
      store,
      config: loadConfig({}),
      log,
      access: new Access({ store, log }),
      assetFiles,
    }),
  )
  app.use(errorHandler(log))
  server = http.createServer(app)
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const upload = (): Promise<Response> =>
    fetch(`${url}/api/boards/${board.id}/assets`, {
      method: 'POST',
      headers: { 'content-type': 'image/png', authorization: `Bearer ${board.tokens.edit}` },
      body: new Uint8Array(pngBytes(64, 64)),
    })
  return { store, board, errors, upload }
}

describe('uploading when the disk fails', () => {
  it('a full disk answers 507 insufficient_storage, leaves no partial file and no record', async () => {
    const { store, errors, upload } = await serve('ENOSPC')
    const res = await upload()
    expect(res.status).toBe(507)
    const body = (await res.json()) as { error: string; message: string }
    expect(body.error).toBe('insufficient_storage')
    expect(body.message).toMatch(/no space left/)
    expect(readdirSync(dir)).toEqual([])
    expect(store.assets.size).toBe(0)
    expect(errors).toContain('no space left for an image')
  })

  it('a read-only disk answers 503 storage_unavailable and leaves no partial file', async () => {
    const { upload } = await serve('EROFS')
    const res = await upload()
    expect(res.status).toBe(503)
    expect(((await res.json()) as { error: string }).error).toBe('storage_unavailable')
    expect(readdirSync(dir)).toEqual([])
  })
})
