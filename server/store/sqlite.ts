import Database from 'better-sqlite3'
import { RIGHTS, isRight, type Right } from '../../shared/rights.ts'
import {
  StorageUnavailableError,
  type AssetRecord,
  type BoardRecord,
  type BoardStore,
  type StoredDocument,
} from './BoardStore.ts'

/** How hard SQLite syncs to disk on commit. FULL survives power loss; NORMAL (in WAL mode)
 * survives a crash of the process but may lose the last commits on power loss. */
export type SqliteSynchronous = 'FULL' | 'NORMAL'

export interface SqliteStoreOptions {
  synchronous?: SqliteSynchronous
  /** How long a write waits for a lock held by another connection before failing. */
  busyTimeoutMs?: number
}

/** One step of the on-disk schema. `version` is what `PRAGMA user_version` holds afterwards. */
export interface SqliteMigration {
  version: number
  description: string
  up(db: Database.Database): void
}

/**
 * The schema history, oldest first. Never edit a released step: append a new one, so that a
 * database written by any earlier version is brought forward in order.
 */
export const SQLITE_MIGRATIONS: readonly SqliteMigration[] = [
  {
    version: 1,
    description: 'boards, token hashes, update log, snapshots',
    up(db) {
      db.exec(`
        CREATE TABLE boards (
          id TEXT PRIMARY KEY,
          title TEXT NOT NULL,
          created_at TEXT NOT NULL,
          last_active_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE board_tokens (
          board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
          access_right TEXT NOT NULL CHECK (access_right IN ('view', 'edit', 'facilitate')),
          token_hash TEXT NOT NULL UNIQUE,
          PRIMARY KEY (board_id, access_right)
        ) STRICT;
        CREATE TABLE updates (
          board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
          seq INTEGER NOT NULL,
          data BLOB NOT NULL,
          PRIMARY KEY (board_id, seq)
        ) STRICT;
        CREATE TABLE snapshots (
          board_id TEXT PRIMARY KEY REFERENCES boards(id) ON DELETE CASCADE,
          data BLOB NOT NULL,
          upto_seq INTEGER NOT NULL
        ) STRICT;
      `)
    },
  },
  {
    version: 2,
    description: 'images uploaded per board',
    up(db) {
      db.exec(`
        CREATE TABLE board_assets (
          board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
          hash TEXT NOT NULL,
          mime TEXT NOT NULL,
          size INTEGER NOT NULL,
          width INTEGER NOT NULL,
          height INTEGER NOT NULL,
          created_at TEXT NOT NULL,
          PRIMARY KEY (board_id, hash)
        ) STRICT;
      `)
    },
  },
]

export const SQLITE_SCHEMA_VERSION = SQLITE_MIGRATIONS.at(-1)?.version ?? 0

/** SQLite result codes an operator can act on (free disk space, fix permissions, restore a
 * backup), with the words the log and the API use for them. Extended codes share the prefix. */
const STORAGE_FAILURES: ReadonlyArray<readonly [code: string, reason: string]> = [
  ['SQLITE_FULL', 'disk full'],
  ['SQLITE_READONLY', 'storage is read-only'],
  ['SQLITE_IOERR', 'disk I/O error'],
  ['SQLITE_CANTOPEN', 'cannot open the database file'],
  ['SQLITE_CORRUPT', 'database file is corrupt'],
  ['SQLITE_NOTADB', 'file is not a database'],
  ['SQLITE_BUSY', 'database is locked by another process'],
]

function storageFailureReason(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return null
  for (const [base, reason] of STORAGE_FAILURES) {
    if (code === base || code.startsWith(`${base}_`)) return reason
  }
  return null
}

/** Turns an SQLite failure the operator can fix into StorageUnavailableError; others pass. */
function toStorageError(err: unknown, action: string): unknown {
  if (err instanceof StorageUnavailableError) return err
  const reason = storageFailureReason(err)
  return reason === null ? err : new StorageUnavailableError(`${reason}: cannot ${action}`, err)
}

function unknownBoard(id: string): Error {
  return new Error(`unknown board: ${id}`)
}

interface PendingAppend {
  boardId: string
  update: Uint8Array
  resolve(seq: number): void
  reject(err: unknown): void
}

type AppendOutcome = { ok: true; seq: number } | { ok: false; error: unknown }

/** Opens the database file; a file that cannot be opened becomes StorageUnavailableError. */
export function openSqliteBoardStore(
  file: string,
  options: SqliteStoreOptions = {},
): SqliteBoardStore {
  let db: Database.Database
  try {
    db = new Database(file)
  } catch (err) {
    throw toStorageError(err, `open ${file}`)
  }
  try {
    return new SqliteBoardStore(db, options)
  } catch (err) {
    db.close()
    throw err
  }
}

/**
 * BoardStore on one SQLite file (better-sqlite3, WAL). Appends requested in the same turn of
 * the event loop are committed together in one transaction (group commit), so a burst of edits
 * costs one fsync, while each caller still gets its own sequence number and a promise that
 * resolves only after the commit.
 */
export class SqliteBoardStore implements BoardStore {
  readonly #db: Database.Database
  #closed = false
  #pending: PendingAppend[] = []
  #flushScheduled = false
  #appendCommits = 0
  #appendedUpdates = 0

  readonly #insertBoard
  readonly #selectBoard
  readonly #boardExists
  readonly #upsertToken
  readonly #selectTokens
  readonly #selectRightForHash
  readonly #updateTitle
  readonly #touchBoard
  readonly #selectSnapshot
  readonly #selectUpdates
  readonly #selectUpdatesUpTo
  readonly #selectLastSeq
  readonly #insertUpdate
  readonly #upsertSnapshot
  readonly #deleteUpdatesUpTo
  readonly #selectPending
  readonly #appendBatch
  readonly #insertAsset
  readonly #selectAsset
  readonly #sumAssetBytes
  readonly #selectAssets
  #probe: Database.Statement<[string]> | null = null

  constructor(db: Database.Database, options: SqliteStoreOptions = {}) {
    this.#db = db
    try {
      db.pragma('journal_mode = WAL')
      db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`)
      db.pragma('foreign_keys = ON')
      db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`)
      migrate(db)
    } catch (err) {
      throw toStorageError(err, 'prepare the database')
    }

    this.#insertBoard = db.prepare<[string, string, string, string]>(
      'INSERT INTO boards (id, title, created_at, last_active_at) VALUES (?, ?, ?, ?)',
    )
    this.#selectBoard = db.prepare<
      [string],
      { id: string; title: string; created_at: string; last_active_at: string }
    >('SELECT id, title, created_at, last_active_at FROM boards WHERE id = ?')
    this.#boardExists = db.prepare<[string], { one: 1 }>('SELECT 1 AS one FROM boards WHERE id = ?')
    this.#upsertToken = db.prepare<[string, Right, string]>(
      `INSERT INTO board_tokens (board_id, access_right, token_hash) VALUES (?, ?, ?)
       ON CONFLICT (board_id, access_right) DO UPDATE SET token_hash = excluded.token_hash`,
    )
    this.#selectTokens = db.prepare<[string], { access_right: string; token_hash: string }>(
      'SELECT access_right, token_hash FROM board_tokens WHERE board_id = ?',
    )
    this.#selectRightForHash = db.prepare<[string, string], { access_right: string }>(
      'SELECT access_right FROM board_tokens WHERE board_id = ? AND token_hash = ?',
    )
    this.#updateTitle = db.prepare<[string, string]>('UPDATE boards SET title = ? WHERE id = ?')
    // Activity only moves forward, whatever order touches arrive in (ISO strings sort as time).
    this.#touchBoard = db.prepare<[string, string]>(
      'UPDATE boards SET last_active_at = max(last_active_at, ?) WHERE id = ?',
    )
    this.#selectSnapshot = db.prepare<[string], { data: Buffer; upto_seq: number }>(
      'SELECT data, upto_seq FROM snapshots WHERE board_id = ?',
    )
    this.#selectUpdates = db.prepare<[string], { seq: number; data: Buffer }>(
      'SELECT seq, data FROM updates WHERE board_id = ? ORDER BY seq',
    )
    this.#selectUpdatesUpTo = db.prepare<[string, number], { data: Buffer }>(
      'SELECT data FROM updates WHERE board_id = ? AND seq <= ? ORDER BY seq',
    )
    // The last seq survives compaction in the snapshot's upto_seq, so numbers never repeat.
    this.#selectLastSeq = db.prepare<{ id: string }, { lastSeq: number }>(
      `SELECT max(
         coalesce((SELECT max(seq) FROM updates WHERE board_id = @id), 0),
         coalesce((SELECT upto_seq FROM snapshots WHERE board_id = @id), 0)
       ) AS lastSeq`,
    )
    this.#insertUpdate = db.prepare<[string, number, Uint8Array]>(
      'INSERT INTO updates (board_id, seq, data) VALUES (?, ?, ?)',
    )
    this.#upsertSnapshot = db.prepare<[string, Uint8Array, number]>(
      `INSERT INTO snapshots (board_id, data, upto_seq) VALUES (?, ?, ?)
       ON CONFLICT (board_id) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq`,
    )
    this.#deleteUpdatesUpTo = db.prepare<[string, number]>(
      'DELETE FROM updates WHERE board_id = ? AND seq <= ?',
    )
    this.#selectPending = db.prepare<[string], { count: number; bytes: number }>(
      'SELECT count(*) AS count, coalesce(sum(length(data)), 0) AS bytes FROM updates WHERE board_id = ?',
    )

    this.#insertAsset = db.prepare<[string, string, string, number, number, number, string]>(
      `INSERT INTO board_assets (board_id, hash, mime, size, width, height, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (board_id, hash) DO NOTHING`,
    )
    this.#selectAsset = db.prepare<
      [string, string],
      { mime: string; size: number; width: number; height: number; created_at: string }
    >(
      'SELECT mime, size, width, height, created_at FROM board_assets WHERE board_id = ? AND hash = ?',
    )

    this.#selectAssets = db.prepare<
      [string],
      {
        hash: string
        mime: string
        size: number
        width: number
        height: number
        created_at: string
      }
    >(
      'SELECT hash, mime, size, width, height, created_at FROM board_assets WHERE board_id = ? ORDER BY created_at, hash',
    )
    this.#sumAssetBytes = db.prepare<[string], { bytes: number }>(
      'SELECT coalesce(sum(size), 0) AS bytes FROM board_assets WHERE board_id = ?',
    )

    // Each append runs in its own savepoint inside the batch transaction: an append to an
    // unknown board fails alone, while a storage failure aborts (and rejects) the whole batch.
    const appendOne = db.transaction((boardId: string, update: Uint8Array): number => {
      if (!this.#boardExists.get(boardId)) throw unknownBoard(boardId)
      const seq = (this.#selectLastSeq.get({ id: boardId })?.lastSeq ?? 0) + 1
      this.#insertUpdate.run(boardId, seq, update)
      return seq
    })
    this.#appendBatch = db.transaction((batch: PendingAppend[]): AppendOutcome[] =>
      batch.map((item) => {
        try {
          return { ok: true, seq: appendOne(item.boardId, item.update) }
        } catch (error) {
          if (storageFailureReason(error) !== null) throw error
          return { ok: false, error }
        }
      }),
    )
  }

  async createBoard(
    record: BoardRecord,
    initialState: Uint8Array,
    assets: readonly AssetRecord[] = [],
  ): Promise<void> {
    this.#run('create board', () => {
      this.#db.transaction(() => {
        this.#insertBoard.run(
          record.id,
          record.title,
          record.createdAt.toISOString(),
          record.lastActiveAt.toISOString(),
        )
        for (const right of RIGHTS) {
          this.#upsertToken.run(record.id, right, record.tokenHashes[right])
        }
        this.#upsertSnapshot.run(record.id, initialState, 0)
        for (const asset of assets) this.#insertAssetRecord(asset)
      })()
    })
  }

  async getBoard(id: string): Promise<BoardRecord | null> {
    return this.#run('read board', () => {
      const row = this.#selectBoard.get(id)
      if (!row) return null
      const tokenHashes: Partial<Record<Right, string>> = {}
      for (const token of this.#selectTokens.all(id)) {
        if (isRight(token.access_right)) tokenHashes[token.access_right] = token.token_hash
      }
      return {
        id: row.id,
        title: row.title,
        createdAt: new Date(row.created_at),
        lastActiveAt: new Date(row.last_active_at),
        tokenHashes: tokenHashes as Record<Right, string>,
      }
    })
  }

  async rightForTokenHash(id: string, tokenHash: string): Promise<Right | null> {
    return this.#run('check token', () => {
      const right = this.#selectRightForHash.get(id, tokenHash)?.access_right
      return isRight(right) ? right : null
    })
  }

  /** Throws for an unknown board: a rotation that silently did nothing would leave the old
   * link working. */
  async setTokenHash(id: string, right: Right, tokenHash: string): Promise<void> {
    this.#run('rotate token', () => {
      this.#db.transaction(() => {
        if (!this.#boardExists.get(id)) throw unknownBoard(id)
        this.#upsertToken.run(id, right, tokenHash)
      })()
    })
  }

  async setTitle(id: string, title: string): Promise<void> {
    this.#run('rename board', () => {
      if (this.#updateTitle.run(title, id).changes === 0) throw unknownBoard(id)
    })
  }

  /** Records activity; a no-op for an unknown board, since activity on nothing is harmless. */
  async touch(id: string, at: Date): Promise<void> {
    this.#run('record board activity', () => {
      this.#touchBoard.run(at.toISOString(), id)
    })
  }

  async loadDocument(id: string): Promise<StoredDocument> {
    this.#flushAppends()
    return this.#run('load board', () =>
      this.#db.transaction(() => {
        if (!this.#boardExists.get(id)) throw unknownBoard(id)
        const snapshot = this.#selectSnapshot.get(id)
        const rows = this.#selectUpdates.all(id)
        const lastUpdateSeq = rows.at(-1)?.seq ?? 0
        return {
          snapshot: snapshot?.data ?? null,
          updates: rows.map((r) => r.data),
          lastSeq: Math.max(lastUpdateSeq, snapshot?.upto_seq ?? 0),
        }
      })(),
    )
  }

  async loadDocumentUpTo(id: string, uptoSeq: number): Promise<StoredDocument> {
    this.#flushAppends()
    return this.#run('read board for compaction', () =>
      this.#db.transaction(() => {
        if (!this.#boardExists.get(id)) throw unknownBoard(id)
        const snapshot = this.#selectSnapshot.get(id)
        if ((snapshot?.upto_seq ?? 0) > uptoSeq) {
          throw new Error(`board ${id} is compacted beyond ${uptoSeq} already`)
        }
        const rows = this.#selectUpdatesUpTo.all(id, uptoSeq)
        return {
          snapshot: snapshot?.data ?? null,
          updates: rows.map((r) => r.data),
          lastSeq: uptoSeq,
        }
      })(),
    )
  }

  appendUpdate(id: string, update: Uint8Array): Promise<number> {
    if (this.#closed) return Promise.reject(closedError('store board update'))
    return new Promise<number>((resolve, reject) => {
      this.#pending.push({ boardId: id, update, resolve, reject })
      if (!this.#flushScheduled) {
        this.#flushScheduled = true
        // setImmediate, not a microtask: it runs after the I/O callbacks of this loop turn, so
        // every message that arrived in one read of the sockets shares one commit.
        setImmediate(() => this.#flushAppends())
      }
    })
  }

  async compact(id: string, snapshot: Uint8Array, uptoSeq: number): Promise<void> {
    this.#flushAppends()
    this.#run('compact board', () => {
      this.#db.transaction(() => {
        if (!this.#boardExists.get(id)) throw unknownBoard(id)
        const current = this.#selectSnapshot.get(id)?.upto_seq ?? 0
        const last = this.#selectLastSeq.get({ id })?.lastSeq ?? 0
        // A stale compaction would replace a newer snapshot whose updates are already gone.
        if (!Number.isInteger(uptoSeq) || uptoSeq < current || uptoSeq > last) {
          throw new Error(`cannot compact board ${id} up to ${uptoSeq}: stored ${current}..${last}`)
        }
        this.#upsertSnapshot.run(id, snapshot, uptoSeq)
        this.#deleteUpdatesUpTo.run(id, uptoSeq)
      })()
    })
  }

  async pendingUpdates(id: string): Promise<{ count: number; bytes: number }> {
    this.#flushAppends()
    return this.#run('count board updates', () => {
      const row = this.#selectPending.get(id)
      return { count: row?.count ?? 0, bytes: row?.bytes ?? 0 }
    })
  }

  async addAsset(asset: AssetRecord): Promise<void> {
    this.#run('record image', () => {
      this.#db.transaction(() => {
        if (!this.#boardExists.get(asset.boardId)) throw unknownBoard(asset.boardId)
        this.#insertAssetRecord(asset)
      })()
    })
  }

  #insertAssetRecord(asset: AssetRecord): void {
    this.#insertAsset.run(
      asset.boardId,
      asset.hash,
      asset.mime,
      asset.size,
      asset.width,
      asset.height,
      asset.createdAt.toISOString(),
    )
  }

  async listAssets(boardId: string): Promise<AssetRecord[]> {
    return this.#run('list images', () =>
      this.#selectAssets.all(boardId).map((row) => ({
        boardId,
        hash: row.hash,
        mime: row.mime,
        size: row.size,
        width: row.width,
        height: row.height,
        createdAt: new Date(row.created_at),
      })),
    )
  }

  async getAsset(boardId: string, hash: string): Promise<AssetRecord | null> {
    return this.#run('read image record', () => {
      const row = this.#selectAsset.get(boardId, hash)
      if (!row) return null
      return {
        boardId,
        hash,
        mime: row.mime,
        size: row.size,
        width: row.width,
        height: row.height,
        createdAt: new Date(row.created_at),
      }
    })
  }

  async assetBytes(boardId: string): Promise<number> {
    return this.#run('sum image sizes', () => this.#sumAssetBytes.get(boardId)?.bytes ?? 0)
  }

  async probeWrite(at: Date): Promise<void> {
    this.#run('write the readiness probe', () => {
      // A scratch table of one row outside the versioned schema: nothing reads it, and
      // dropping it loses nothing. Created on first use so older databases need no migration.
      if (!this.#probe) {
        this.#db.exec(
          'CREATE TABLE IF NOT EXISTS readiness_probe (id INTEGER PRIMARY KEY, at TEXT NOT NULL) STRICT',
        )
        this.#probe = this.#db.prepare<[string]>(
          'INSERT INTO readiness_probe (id, at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at',
        )
      }
      this.#probe.run(at.toISOString())
    })
  }

  /** Group-commit counters, for metrics and tests: how many updates in how many commits. */
  stats(): { appendedUpdates: number; appendCommits: number } {
    return { appendedUpdates: this.#appendedUpdates, appendCommits: this.#appendCommits }
  }

  /** Commits the appends still waiting for their group commit, then closes the file. */
  async close(): Promise<void> {
    if (this.#closed) return
    this.#flushAppends()
    this.#closed = true
    this.#db.close()
  }

  #flushAppends(): void {
    this.#flushScheduled = false
    if (this.#pending.length === 0 || this.#closed) return
    const batch = this.#pending
    this.#pending = []
    let outcomes: AppendOutcome[]
    try {
      outcomes = this.#appendBatch(batch)
    } catch (err) {
      const error = toStorageError(err, 'store board update')
      for (const item of batch) item.reject(error)
      return
    }
    this.#appendCommits++
    outcomes.forEach((outcome, i) => {
      const item = batch[i]!
      if (outcome.ok) {
        this.#appendedUpdates++
        item.resolve(outcome.seq)
      } else {
        item.reject(outcome.error)
      }
    })
  }

  /** Runs one store operation synchronously; SQLite failures become StorageUnavailableError. */
  #run<T>(action: string, fn: () => T): T {
    if (this.#closed) throw closedError(action)
    try {
      return fn()
    } catch (err) {
      throw toStorageError(err, action)
    }
  }
}

function closedError(action: string): StorageUnavailableError {
  return new StorageUnavailableError(`storage is closed: cannot ${action}`)
}

function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > SQLITE_SCHEMA_VERSION) {
    throw new StorageUnavailableError(
      `database schema ${current} was written by a newer Werkraum; this version knows up to ${SQLITE_SCHEMA_VERSION}`,
    )
  }
  for (const step of SQLITE_MIGRATIONS) {
    if (step.version <= current) continue
    db.transaction(() => {
      step.up(db)
      db.pragma(`user_version = ${step.version}`)
    })()
  }
}
