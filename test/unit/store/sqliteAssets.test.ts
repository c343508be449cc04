// Image records in the SQLite store: per board, idempotent, and brought into a database written
// before images existed (schema step 2).
import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { hashToken } from '../../../server/access/tokens.ts'
import type { AssetRecord, BoardRecord } from '../../../server/store/BoardStore.ts'
import {
  SQLITE_MIGRATIONS,
  openSqliteBoardStore,
  type SqliteBoardStore,
} from '../../../server/store/sqlite.ts'

let dir: string
let file: string
const stores: SqliteBoardStore[] = []

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'werkraum-store-assets-'))
  file = path.join(dir, 'werkraum.sqlite')
})
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close()
  rmSync(dir, { recursive: true, force: true })
})

function open(): SqliteBoardStore {
  const store = openSqliteBoardStore(file)
  stores.push(store)
  return store
}

function board(id: string): BoardRecord {
  const at = new Date('2025-03-01T09:00:00.000Z')
  return {
    id,
    title: 'Workshop',
    createdAt: at,
    lastActiveAt: at,
    tokenHashes: {
      view: hashToken(`${id}-v`),
      edit: hashToken(`${id}-e`),
      facilitate: hashToken(`${id}-f`),
    },
  }
}

function asset(boardId: string, hash = 'a'.repeat(64)): AssetRecord {
  return {
    boardId,
    hash,
    mime: 'image/png',
    size: 1234,
    width: 640,
    height: 480,
    createdAt: new Date('2025-03-01T10:00:00.000Z'),
  }
}

const EMPTY = Y.encodeStateAsUpdate(new Y.Doc())

describe('board assets', () => {
  it('records an image for one board only', async () => {
    const store = open()
    await store.createBoard(board('one'), EMPTY)
    await store.createBoard(board('two'), EMPTY)
    await store.addAsset(asset('one'))
    expect(await store.getAsset('one', 'a'.repeat(64))).toEqual(asset('one'))
    expect(await store.getAsset('two', 'a'.repeat(64))).toBeNull()
    expect(await store.getAsset('one', 'b'.repeat(64))).toBeNull()
  })

  it('keeps the first record when the same image is added again', async () => {
    const store = open()
    await store.createBoard(board('one'), EMPTY)
    await store.addAsset(asset('one'))
    await store.addAsset({ ...asset('one'), createdAt: new Date('2026-01-01T00:00:00.000Z') })
    expect((await store.getAsset('one', 'a'.repeat(64)))?.createdAt).toEqual(asset('one').createdAt)
  })

  it("sums a board's image bytes for its quota, each image once", async () => {
    const store = open()
    await store.createBoard(board('one'), EMPTY)
    await store.createBoard(board('two'), EMPTY)
    expect(await store.assetBytes('one')).toBe(0)
    await store.addAsset(asset('one'))
    await store.addAsset(asset('one'))
    await store.addAsset({ ...asset('one', 'b'.repeat(64)), size: 766 })
    await store.addAsset(asset('two'))
    expect(await store.assetBytes('one')).toBe(2000)
    expect(await store.assetBytes('two')).toBe(1234)
    expect(await store.assetBytes('nobody')).toBe(0)
  })

  it("lists a board's images, and records an imported board's with it in one transaction", async () => {
    const store = open()
    const b = { ...asset('two', 'b'.repeat(64)), createdAt: new Date('2025-03-02T10:00:00.000Z') }
    await store.createBoard(board('two'), EMPTY, [asset('two'), b])
    await store.createBoard(board('one'), EMPTY)
    expect(await store.listAssets('two')).toEqual([asset('two'), b])
    expect(await store.listAssets('one')).toEqual([])
    // A board whose id exists already is refused, and its images with it.
    await expect(
      store.createBoard(board('two'), EMPTY, [asset('two', 'c'.repeat(64))]),
    ).rejects.toThrow()
    expect(await store.getAsset('two', 'c'.repeat(64))).toBeNull()
  })

  it('commits a readiness probe, again and again, and fails it once closed', async () => {
    const store = open()
    await store.probeWrite(new Date('2025-03-01T10:00:00.000Z'))
    await store.probeWrite(new Date('2025-03-01T10:00:03.000Z'))
    const db = new Database(file, { readonly: true })
    try {
      expect(db.prepare('SELECT id, at FROM readiness_probe').all()).toEqual([
        { id: 1, at: '2025-03-01T10:00:03.000Z' },
      ])
    } finally {
      db.close()
    }
    await store.close()
    await expect(store.probeWrite(new Date())).rejects.toThrow(/closed/)
  })

  it('refuses an image for an unknown board', async () => {
    const store = open()
    await expect(store.addAsset(asset('nobody'))).rejects.toThrow(/unknown board/)
  })

  it('survives reopening', async () => {
    const store = open()
    await store.createBoard(board('one'), EMPTY)
    await store.addAsset(asset('one'))
    await store.close()
    expect(await open().getAsset('one', 'a'.repeat(64))).toEqual(asset('one'))
  })

  it('brings a database written before images existed forward, keeping its boards', async () => {
    const db = new Database(file)
    db.transaction(() => {
      SQLITE_MIGRATIONS[0]!.up(db)
      db.pragma('user_version = 1')
    })()
    db.prepare(
      "INSERT INTO boards (id, title, created_at, last_active_at) VALUES ('old', 'Alt', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')",
    ).run()
    db.close()

    const store = open()
    expect((await store.getBoard('old'))?.title).toBe('Alt')
    await store.addAsset(asset('old'))
    expect(await store.getAsset('old', 'a'.repeat(64))).not.toBeNull()
  })
})
