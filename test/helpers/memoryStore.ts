// A BoardStore in memory: a test double of storage (not of sockets), for running the sync server
// in-process where a test must make storage slow or fail on purpose.
import { generateToken, hashToken } from '../../server/access/tokens.ts'
import type {
  AssetRecord,
  BoardRecord,
  BoardStore,
  StoredDocument,
} from '../../server/store/BoardStore.ts'
import type { Right } from '../../shared/rights.ts'
import { randomId } from '../../shared/ids.ts'

interface StoredBoard {
  record: BoardRecord
  snapshot: Uint8Array | null
  snapshotSeq: number
  updates: Array<{ seq: number; data: Uint8Array }>
}

export class MemoryBoardStore implements BoardStore {
  readonly boards = new Map<string, StoredBoard>()
  readonly assets = new Map<string, AssetRecord>()
  /** When set, appendUpdate rejects with it (e.g. a StorageUnavailableError). */
  appendFailure: Error | null = null
  /** Counters a test may check. */
  readonly calls = { load: 0, append: 0, compact: 0, lookup: 0 }
  #held: Array<() => void> | null = null
  /** While set, token lookups answer only once it resolves (to overlap a lookup with a rotation). */
  lookupGate: Promise<void> | null = null

  /** Appends wait (not yet durable) until `release()`. */
  hold(): void {
    this.#held ??= []
  }

  release(): void {
    const held = this.#held ?? []
    this.#held = null
    for (const go of held) go()
  }

  /** Appends waiting for `release()`. */
  get heldAppends(): number {
    return this.#held?.length ?? 0
  }

  async createBoard(
    record: BoardRecord,
    initialState: Uint8Array,
    assets: readonly AssetRecord[] = [],
  ): Promise<void> {
    if (this.boards.has(record.id)) throw new Error(`board exists: ${record.id}`)
    this.boards.set(record.id, { record, snapshot: initialState, snapshotSeq: 0, updates: [] })
    for (const asset of assets) this.assets.set(`${record.id}/${asset.hash}`, { ...asset })
  }

  async getBoard(id: string): Promise<BoardRecord | null> {
    return this.boards.get(id)?.record ?? null
  }

  async rightForTokenHash(id: string, tokenHash: string): Promise<Right | null> {
    this.calls.lookup++
    const hashes = this.boards.get(id)?.record.tokenHashes
    const right = hashes
      ? ((['view', 'edit', 'facilitate'] as const).find((r) => hashes[r] === tokenHash) ?? null)
      : null
    // Answers what it read before the gate, as a query whose result is on its way back.
    if (this.lookupGate) await this.lookupGate
    return right
  }

  async setTokenHash(id: string, right: Right, tokenHash: string): Promise<void> {
    this.#board(id).record.tokenHashes[right] = tokenHash
  }

  async setTitle(id: string, title: string): Promise<void> {
    this.#board(id).record.title = title
  }

  async touch(id: string, at: Date): Promise<void> {
    const board = this.boards.get(id)
    if (board) board.record.lastActiveAt = at
  }

  async loadDocument(id: string): Promise<StoredDocument> {
    this.calls.load++
    const board = this.#board(id)
    return {
      snapshot: board.snapshot,
      updates: board.updates.map((u) => u.data),
      lastSeq: board.updates.at(-1)?.seq ?? board.snapshotSeq,
    }
  }

  async loadDocumentUpTo(id: string, uptoSeq: number): Promise<StoredDocument> {
    const board = this.#board(id)
    if (board.snapshotSeq > uptoSeq) throw new Error('compacted beyond uptoSeq already')
    return {
      // Copies: the caller may move them to a worker thread.
      snapshot: board.snapshot?.slice() ?? null,
      updates: board.updates.filter((u) => u.seq <= uptoSeq).map((u) => u.data.slice()),
      lastSeq: uptoSeq,
    }
  }

  async appendUpdate(id: string, update: Uint8Array): Promise<number> {
    this.calls.append++
    if (this.#held) await new Promise<void>((resolve) => this.#held!.push(resolve))
    if (this.appendFailure) throw this.appendFailure
    const board = this.#board(id)
    const seq = (board.updates.at(-1)?.seq ?? board.snapshotSeq) + 1
    board.updates.push({ seq, data: update.slice() })
    return seq
  }

  async compact(id: string, snapshot: Uint8Array, uptoSeq: number): Promise<void> {
    this.calls.compact++
    const board = this.#board(id)
    if (uptoSeq < board.snapshotSeq) throw new Error('stale compaction')
    board.snapshot = snapshot.slice()
    board.snapshotSeq = uptoSeq
    board.updates = board.updates.filter((u) => u.seq > uptoSeq)
  }

  async pendingUpdates(id: string): Promise<{ count: number; bytes: number }> {
    const updates = this.#board(id).updates
    return { count: updates.length, bytes: updates.reduce((n, u) => n + u.data.length, 0) }
  }

  async addAsset(asset: AssetRecord): Promise<void> {
    this.#board(asset.boardId)
    const key = `${asset.boardId}/${asset.hash}`
    if (!this.assets.has(key)) this.assets.set(key, { ...asset })
  }

  async getAsset(boardId: string, hash: string): Promise<AssetRecord | null> {
    return this.assets.get(`${boardId}/${hash}`) ?? null
  }

  async listAssets(boardId: string): Promise<AssetRecord[]> {
    return [...this.assets.values()].filter((asset) => asset.boardId === boardId)
  }

  async assetBytes(boardId: string): Promise<number> {
    let bytes = 0
    for (const asset of this.assets.values()) if (asset.boardId === boardId) bytes += asset.size
    return bytes
  }

  /** Set to an error to make storage refuse writes (readiness tests). */
  writeFailure: Error | null = null

  async probeWrite(): Promise<void> {
    if (this.writeFailure) throw this.writeFailure
  }

  async close(): Promise<void> {}

  #board(id: string): StoredBoard {
    const board = this.boards.get(id)
    if (!board) throw new Error(`unknown board: ${id}`)
    return board
  }
}

/** Creates a board with fresh tokens in `store`; returns its id and the tokens. */
export async function addBoard(
  store: BoardStore,
  initialState: Uint8Array,
): Promise<{ id: string; tokens: Record<Right, string> }> {
  const tokens = { view: generateToken(), edit: generateToken(), facilitate: generateToken() }
  const id = randomId(16)
  const now = new Date()
  await store.createBoard(
    {
      id,
      title: 'Test',
      createdAt: now,
      lastActiveAt: now,
      tokenHashes: {
        view: hashToken(tokens.view),
        edit: hashToken(tokens.edit),
        facilitate: hashToken(tokens.facilitate),
      },
    },
    initialState,
  )
  return { id, tokens }
}
