import type { Right } from '../../shared/rights.ts'

/** What the server keeps about a board besides its document. Tokens only as hashes. */
export interface BoardRecord {
  id: string
  title: string
  createdAt: Date
  lastActiveAt: Date
  /** SHA-256 (hex) of each right's token. */
  tokenHashes: Record<Right, string>
}

/** A board's document as stored: the last compacted snapshot plus the updates appended since. */
export interface StoredDocument {
  /** Yjs update encoding the state at the last compaction, or null if never compacted. */
  snapshot: Uint8Array | null
  /** Yjs updates appended after the snapshot, oldest first. */
  updates: Uint8Array[]
  /** Sequence number of the last stored update (0 when none). */
  lastSeq: number
}

/** An image uploaded to a board. The bytes live in a content-addressed file (`hash`); this record
 * says that the board may show it. */
export interface AssetRecord {
  boardId: string
  /** SHA-256 of the bytes, lower-case hex. */
  hash: string
  mime: string
  /** Bytes. */
  size: number
  /** Natural size in pixels. */
  width: number
  height: number
  createdAt: Date
}

/** The storage error a person may act on (disk full, read-only), as opposed to a bug. */
export class StorageUnavailableError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message)
    this.name = 'StorageUnavailableError'
  }
}

/**
 * Durable storage of boards. Every method is async so that SQLite (sync underneath) and
 * PostgreSQL share one interface. `appendUpdate` resolves only once the update is durable:
 * the realtime server relays an update after that and never before.
 */
export interface BoardStore {
  /**
   * Creates a board with its initial document state in one transaction, with the records of
   * the images it starts with (an imported board's; their files must be written before).
   */
  createBoard(
    record: BoardRecord,
    initialState: Uint8Array,
    assets?: readonly AssetRecord[],
  ): Promise<void>
  getBoard(id: string): Promise<BoardRecord | null>
  /** Looks up which right a token hash grants on a board; null when none. */
  rightForTokenHash(id: string, tokenHash: string): Promise<Right | null>
  /** Replaces one right's token hash (link rotation). */
  setTokenHash(id: string, right: Right, tokenHash: string): Promise<void>
  setTitle(id: string, title: string): Promise<void>
  touch(id: string, at: Date): Promise<void>
  loadDocument(id: string): Promise<StoredDocument>
  /**
   * The stored form up to `uptoSeq`: the snapshot and the updates after it with seqs up to and
   * including `uptoSeq` (what a compaction up to `uptoSeq` folds together; updates stored
   * meanwhile are left out). Throws when the snapshot already covers more than `uptoSeq`. The
   * buffers are the caller's: it may hand them to a worker thread (which detaches them).
   */
  loadDocumentUpTo(id: string, uptoSeq: number): Promise<StoredDocument>
  /** Appends one update durably; returns its sequence number. */
  appendUpdate(id: string, update: Uint8Array): Promise<number>
  /**
   * Replaces the snapshot and every update up to and including `uptoSeq` by `snapshot`, in one
   * transaction: a crash leaves either the old rows or the new snapshot, never a mix.
   */
  compact(id: string, snapshot: Uint8Array, uptoSeq: number): Promise<void>
  /** Count and total bytes of updates appended since the last compaction. */
  pendingUpdates(id: string): Promise<{ count: number; bytes: number }>
  /** Records that a board has an image; recording the same hash again keeps the first record. */
  addAsset(asset: AssetRecord): Promise<void>
  /** The board's record of an image, or null when this board never uploaded it. */
  getAsset(boardId: string, hash: string): Promise<AssetRecord | null>
  /** Every image a board holds, oldest first (an export names and packs them). */
  listAssets(boardId: string): Promise<AssetRecord[]>
  /** Total bytes of the images a board holds (its upload quota counts these). */
  assetBytes(boardId: string): Promise<number>
  /** Writes and commits a tiny record, so readiness knows storage takes writes; throws if not. */
  probeWrite(at: Date): Promise<void>
  close(): Promise<void>
}
