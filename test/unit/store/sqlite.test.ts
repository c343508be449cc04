import Database from 'better-sqlite3'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { hashToken } from '../../../server/access/tokens.ts'
import {
  StorageUnavailableError,
  type BoardRecord,
  type StoredDocument,
} from '../../../server/store/BoardStore.ts'
import {
  SQLITE_MIGRATIONS,
  SQLITE_SCHEMA_VERSION,
  SqliteBoardStore,
  openSqliteBoardStore,
} from '../../../server/store/sqlite.ts'

let dir: string
let file: string
const openStores: SqliteBoardStore[] = []

function open(options?: ConstructorParameters<typeof SqliteBoardStore>[1]): SqliteBoardStore {
  const store = openSqliteBoardStore(file, options)
  openStores.push(store)
  return store
}

/** A store plus its raw connection, for tests that change how SQLite behaves underneath. */
function openWithDb(dbOptions?: Database.Options): {
  store: SqliteBoardStore
  db: Database.Database
} {
  const db = new Database(file, dbOptions)
  const store = new SqliteBoardStore(db)
  openStores.push(store)
  return { store, db }
}

function record(id: string, title = 'Workshop'): BoardRecord {
  const at = new Date('2025-03-01T09:00:00.000Z')
  return {
    id,
    title,
    createdAt: at,
    lastActiveAt: at,
    tokenHashes: {
      view: hashToken(`${id}-view`),
      edit: hashToken(`${id}-edit`),
      facilitate: hashToken(`${id}-facilitate`),
    },
  }
}

function initialState(title: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getMap('meta').set('title', title)
  return Y.encodeStateAsUpdate(doc)
}

/** A client doc that records every update it makes, as the sync server would receive them. */
function editor(): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (u: Uint8Array) => updates.push(u))
  return { doc, updates }
}

function rebuild(stored: StoredDocument): Y.Doc {
  const doc = new Y.Doc()
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
  for (const u of stored.updates) Y.applyUpdate(doc, u)
  return doc
}

async function createBoard(store: SqliteBoardStore, id: string, title = 'Workshop'): Promise<void> {
  await store.createBoard(record(id, title), initialState(title))
}

async function expectStorageError(promise: Promise<unknown>, message: string): Promise<void> {
  const error = await promise.then(
    () => null,
    (err: unknown) => err,
  )
  expect(error).toBeInstanceOf(StorageUnavailableError)
  expect((error as Error).message).toBe(message)
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'werkraum-store-'))
  file = path.join(dir, 'werkraum.sqlite')
})

afterEach(async () => {
  for (const store of openStores.splice(0)) await store.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('createBoard', () => {
  it('stores the record and the initial document as the snapshot', async () => {
    const store = open()
    await createBoard(store, 'b1', 'Ökosystem Musterstadt')

    const board = await store.getBoard('b1')
    expect(board).toEqual(record('b1', 'Ökosystem Musterstadt'))
    const stored = await store.loadDocument('b1')
    expect(stored.updates).toEqual([])
    expect(stored.lastSeq).toBe(0)
    expect(rebuild(stored).getMap('meta').get('title')).toBe('Ökosystem Musterstadt')
  })

  it('leaves no half board when a step fails', async () => {
    const store = open()
    await createBoard(store, 'b1')
    // The same view hash as b1 violates the unique hash after the board row was inserted.
    const clash = {
      ...record('b2'),
      tokenHashes: { ...record('b2').tokenHashes, view: record('b1').tokenHashes.view },
    }
    await expect(store.createBoard(clash, initialState('x'))).rejects.toThrow()
    expect(await store.getBoard('b2')).toBeNull()
    await expect(store.loadDocument('b2')).rejects.toThrow(/unknown board/)
  })

  it('answers null for an unknown board', async () => {
    expect(await open().getBoard('nope')).toBeNull()
  })
})

describe('appendUpdate and loadDocument', () => {
  it('returns strictly increasing seqs and loads updates in order', async () => {
    const store = open()
    await createBoard(store, 'b1')
    const { doc, updates } = editor()
    const notes = doc.getMap('elements')
    for (let i = 0; i < 5; i++) notes.set(`n${i}`, i)

    const seqs: number[] = []
    for (const u of updates) seqs.push(await store.appendUpdate('b1', u))

    expect(seqs).toEqual([1, 2, 3, 4, 5])
    const stored = await store.loadDocument('b1')
    expect(stored.lastSeq).toBe(5)
    expect(stored.updates.map((u) => Buffer.from(u))).toEqual(updates.map((u) => Buffer.from(u)))
    expect(rebuild(stored).getMap('elements').toJSON()).toEqual(notes.toJSON())
  })

  it('commits appends requested in the same tick together, each with its own seq', async () => {
    const store = open()
    await createBoard(store, 'b1')
    await createBoard(store, 'b2')
    const before = store.stats()

    const pending = [
      store.appendUpdate('b1', new Uint8Array([1])),
      store.appendUpdate('b2', new Uint8Array([2])),
      store.appendUpdate('b1', new Uint8Array([3])),
      store.appendUpdate('b1', new Uint8Array([4])),
    ]
    const seqs = await Promise.all(pending)

    expect(seqs).toEqual([1, 1, 2, 3])
    expect(store.stats()).toEqual({
      appendedUpdates: before.appendedUpdates + 4,
      appendCommits: before.appendCommits + 1,
    })
    expect((await store.loadDocument('b1')).updates.map((u) => [...u])).toEqual([[1], [3], [4]])
  })

  it('rejects an append to an unknown board without failing the others in its commit', async () => {
    const store = open()
    await createBoard(store, 'b1')
    const results = await Promise.allSettled([
      store.appendUpdate('b1', new Uint8Array([1])),
      store.appendUpdate('ghost', new Uint8Array([2])),
      store.appendUpdate('b1', new Uint8Array([3])),
    ])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect((await store.loadDocument('b1')).lastSeq).toBe(2)
  })

  it('makes appends visible to a load requested right after them', async () => {
    const store = open()
    await createBoard(store, 'b1')
    const appended = store.appendUpdate('b1', new Uint8Array([7]))
    const loaded = await store.loadDocument('b1')
    expect(loaded.lastSeq).toBe(1)
    expect(await appended).toBe(1)
  })

  it('rejects loading an unknown board', async () => {
    await expect(open().loadDocument('nope')).rejects.toThrow(/unknown board/)
  })
})

describe('compact', () => {
  it('keeps exactly the document state and continues the seq after it', async () => {
    const store = open()
    await createBoard(store, 'b1', 'Start')
    const { doc, updates } = editor()
    Y.applyUpdate(doc, initialState('Start'))
    updates.length = 0
    const elements = doc.getMap('elements')
    elements.set('a', 'first')
    elements.set('b', 'second')
    doc.getText('t').insert(0, 'Hallo')
    let lastSeq = 0
    for (const u of updates.splice(0)) lastSeq = await store.appendUpdate('b1', u)

    await store.compact('b1', Y.encodeStateAsUpdate(doc), lastSeq)
    expect(await store.pendingUpdates('b1')).toEqual({ count: 0, bytes: 0 })
    const compacted = await store.loadDocument('b1')
    expect(compacted.updates).toEqual([])
    expect(compacted.lastSeq).toBe(lastSeq)

    elements.delete('a')
    const [after] = updates.splice(0)
    expect(await store.appendUpdate('b1', after!)).toBe(lastSeq + 1)

    const reloaded = rebuild(await store.loadDocument('b1'))
    expect(reloaded.getMap('elements').toJSON()).toEqual({ b: 'second' })
    expect(reloaded.getText('t').toString()).toBe('Hallo')
    expect(reloaded.getMap('meta').get('title')).toBe('Start')
    expect(await store.pendingUpdates('b1')).toEqual({ count: 1, bytes: after!.byteLength })
  })

  it('keeps the updates after uptoSeq', async () => {
    const store = open()
    await createBoard(store, 'b1')
    for (const byte of [1, 2, 3]) await store.appendUpdate('b1', new Uint8Array([byte]))
    await store.compact('b1', new Uint8Array([9]), 2)
    const stored = await store.loadDocument('b1')
    expect([...stored.snapshot!]).toEqual([9])
    expect(stored.updates.map((u) => [...u])).toEqual([[3]])
    expect(stored.lastSeq).toBe(3)
  })

  it('refuses a stale compaction that would go behind the stored snapshot', async () => {
    const store = open()
    await createBoard(store, 'b1')
    for (const byte of [1, 2, 3]) await store.appendUpdate('b1', new Uint8Array([byte]))
    await store.compact('b1', new Uint8Array([9]), 3)
    await expect(store.compact('b1', new Uint8Array([8]), 2)).rejects.toThrow(/cannot compact/)
    await expect(store.compact('b1', new Uint8Array([8]), 4)).rejects.toThrow(/cannot compact/)
    expect([...(await store.loadDocument('b1')).snapshot!]).toEqual([9])
  })
})

describe('loadDocumentUpTo', () => {
  it('reads the snapshot and the updates up to uptoSeq, leaving out later ones', async () => {
    const store = open()
    await createBoard(store, 'b1')
    for (const byte of [1, 2, 3]) await store.appendUpdate('b1', new Uint8Array([byte]))
    await store.compact('b1', new Uint8Array([9]), 1)
    await store.appendUpdate('b1', new Uint8Array([4]))
    const stored = await store.loadDocumentUpTo('b1', 3)
    expect([...stored.snapshot!]).toEqual([9])
    expect(stored.updates.map((u) => [...u])).toEqual([[2], [3]])
    expect(stored.lastSeq).toBe(3)
  })

  it('refuses to read below the stored snapshot', async () => {
    const store = open()
    await createBoard(store, 'b1')
    for (const byte of [1, 2]) await store.appendUpdate('b1', new Uint8Array([byte]))
    await store.compact('b1', new Uint8Array([9]), 2)
    await expect(store.loadDocumentUpTo('b1', 1)).rejects.toThrow(/compacted beyond/)
  })
})

describe('tokens and board metadata', () => {
  it('finds the right for each token hash, and none for a wrong or foreign one', async () => {
    const store = open()
    await createBoard(store, 'b1')
    await createBoard(store, 'b2')
    expect(await store.rightForTokenHash('b1', hashToken('b1-view'))).toBe('view')
    expect(await store.rightForTokenHash('b1', hashToken('b1-edit'))).toBe('edit')
    expect(await store.rightForTokenHash('b1', hashToken('b1-facilitate'))).toBe('facilitate')
    expect(await store.rightForTokenHash('b1', hashToken('b2-edit'))).toBeNull()
    expect(await store.rightForTokenHash('b1', hashToken('guess'))).toBeNull()
    expect(await store.rightForTokenHash('nope', hashToken('b1-edit'))).toBeNull()
  })

  it('rotates a token: the old hash stops working, the new one grants the right', async () => {
    const store = open()
    await createBoard(store, 'b1')
    await store.setTokenHash('b1', 'edit', hashToken('fresh'))
    expect(await store.rightForTokenHash('b1', hashToken('b1-edit'))).toBeNull()
    expect(await store.rightForTokenHash('b1', hashToken('fresh'))).toBe('edit')
    expect((await store.getBoard('b1'))?.tokenHashes.edit).toBe(hashToken('fresh'))
    await expect(store.setTokenHash('nope', 'edit', hashToken('x'))).rejects.toThrow(
      /unknown board/,
    )
  })

  it('renames a board and records activity only forward in time', async () => {
    const store = open()
    await createBoard(store, 'b1')
    await store.setTitle('b1', 'Neuer Titel')
    await store.touch('b1', new Date('2025-04-01T10:00:00.000Z'))
    await store.touch('b1', new Date('2025-03-15T10:00:00.000Z'))
    const board = await store.getBoard('b1')
    expect(board?.title).toBe('Neuer Titel')
    expect(board?.lastActiveAt.toISOString()).toBe('2025-04-01T10:00:00.000Z')
    await expect(store.setTitle('nope', 'x')).rejects.toThrow(/unknown board/)
  })
})

describe('durability and lifecycle', () => {
  it('keeps everything across close and reopen, including appends still waiting at close', async () => {
    const first = open()
    await createBoard(first, 'b1')
    await first.appendUpdate('b1', new Uint8Array([1]))
    const waiting = first.appendUpdate('b1', new Uint8Array([2]))
    await first.close()
    expect(await waiting).toBe(2)

    const second = open()
    const stored = await second.loadDocument('b1')
    expect(stored.updates.map((u) => [...u])).toEqual([[1], [2]])
    expect(await second.rightForTokenHash('b1', hashToken('b1-edit'))).toBe('edit')
  })

  it('uses WAL, foreign keys and synchronous=FULL unless NORMAL is asked for', () => {
    const { db } = openWithDb()
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    const normalDb = new Database(file)
    openStores.push(new SqliteBoardStore(normalDb, { synchronous: 'NORMAL' }))
    expect(normalDb.pragma('synchronous', { simple: true })).toBe(1)
  })

  it('answers StorageUnavailableError after close', async () => {
    const store = open()
    await createBoard(store, 'b1')
    await store.close()
    await expect(store.getBoard('b1')).rejects.toBeInstanceOf(StorageUnavailableError)
    await expect(store.appendUpdate('b1', new Uint8Array([1]))).rejects.toBeInstanceOf(
      StorageUnavailableError,
    )
  })
})

describe('storage failures', () => {
  it('turns a read-only database into StorageUnavailableError and still serves reads', async () => {
    const writer = open()
    await createBoard(writer, 'b1')
    await writer.close()

    const { store } = openWithDb({ readonly: true })
    await expectStorageError(
      store.appendUpdate('b1', new Uint8Array([1])),
      'storage is read-only: cannot store board update',
    )
    await expect(store.createBoard(record('b2'), initialState('x'))).rejects.toBeInstanceOf(
      StorageUnavailableError,
    )
    expect((await store.getBoard('b1'))?.title).toBe('Workshop')
  })

  it('turns a full disk into StorageUnavailableError and keeps what was stored before', async () => {
    const { store, db } = openWithDb()
    await createBoard(store, 'b1')
    await store.appendUpdate('b1', new Uint8Array([1, 2, 3]))
    // Let the file grow by at most one page: the next big update cannot fit.
    db.pragma(`max_page_count = ${(db.pragma('page_count', { simple: true }) as number) + 1}`)

    const big = new Uint8Array(64 * 1024).fill(7)
    const results = await Promise.allSettled([
      store.appendUpdate('b1', new Uint8Array([4])),
      store.appendUpdate('b1', big),
    ])
    for (const r of results) {
      expect(r.status).toBe('rejected')
      const reason = (r as PromiseRejectedResult).reason as unknown
      expect(reason).toBeInstanceOf(StorageUnavailableError)
      expect((reason as Error).message).toBe('disk full: cannot store board update')
    }

    const stored = await store.loadDocument('b1')
    expect(stored.updates.map((u) => [...u])).toEqual([[1, 2, 3]])
    expect(stored.lastSeq).toBe(1)
    expect((await store.getBoard('b1'))?.title).toBe('Workshop')
  })

  it('refuses to open a file that is not a database', () => {
    writeFileSync(
      file,
      'this is not sqlite, just some text that is long enough to look like a header',
    )
    expect(() => open()).toThrow(StorageUnavailableError)
  })

  it('refuses to open a database written by a newer schema', () => {
    const db = new Database(file)
    db.pragma(`user_version = ${SQLITE_SCHEMA_VERSION + 1}`)
    db.close()
    expect(() => open()).toThrow(/newer Werkraum/)
  })
})

describe('migrations', () => {
  it('numbers the steps 1, 2, 3, … without gaps', () => {
    expect(SQLITE_MIGRATIONS.map((m) => m.version)).toEqual(SQLITE_MIGRATIONS.map((_, i) => i + 1))
  })

  it('brings an empty file to the latest schema once, and reopening changes nothing', async () => {
    const store = open()
    await createBoard(store, 'b1')
    await store.close()
    const db = new Database(file, { readonly: true })
    expect(db.pragma('user_version', { simple: true })).toBe(SQLITE_SCHEMA_VERSION)
    const tables = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
      )
      .all()
      .map((t) => t.name)
    expect(tables).toEqual(['board_assets', 'board_tokens', 'boards', 'snapshots', 'updates'])
    db.close()
    expect(await open().getBoard('b1')).not.toBeNull()
  })
})
