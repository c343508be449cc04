import type { Config } from '../config.ts'
import type { Logger } from '../log.ts'
import type { BoardStore } from '../store/BoardStore.ts'
import { snapshotWorker, type WorkerSnapshot } from './SnapshotWorker.ts'

/** After a failed compaction, wait this long before trying again. */
export const COMPACT_RETRY_MS = 30_000

export interface CompactorOptions {
  boardId: string
  store: BoardStore
  config: Config
  log: Logger
  /** Sequence number of the last stored update the room's document contains. */
  lastSeq: number
  /** Updates stored since the last compaction (what the next compaction folds in). */
  pending: { count: number; bytes: number }
  /**
   * Builds a compaction snapshot from a board's stored form, off the main thread; the process's
   * snapshot worker when not given.
   */
  buildSnapshot?: (snapshot: Uint8Array | null, updates: Uint8Array[]) => Promise<WorkerSnapshot>
}

/**
 * Folds a room's stored updates into a new snapshot, in the background, once they are many
 * bytes, old, or (secondary) many. The writer tells it of every update it stored; the snapshot
 * is built from the store, so it covers exactly the updates up to the seq it names.
 */
export class Compactor {
  readonly #o: CompactorOptions
  #lastSeq: number
  #pendingCount: number
  #pendingBytes: number
  /** When the oldest update not yet compacted was stored (Date.now()); null when none is. */
  #pendingSince: number | null
  #compaction: Promise<void> | null = null
  #compactNotBefore = 0

  constructor(options: CompactorOptions) {
    this.#o = options
    this.#lastSeq = options.lastSeq
    this.#pendingCount = options.pending.count
    this.#pendingBytes = options.pending.bytes
    // Their age is unknown: counted from now, COMPACT_AFTER_MS compacts them at the latest.
    this.#pendingSince = options.pending.count > 0 ? Date.now() : null
  }

  /** An update was stored as `seq`: the next compaction folds it in. */
  stored(seq: number, bytes: number): void {
    this.#lastSeq = Math.max(this.#lastSeq, seq)
    this.#pendingCount++
    this.#pendingBytes += bytes
    this.#pendingSince ??= Date.now()
  }

  /**
   * Waits for a running compaction; then, when `final`, compacts what is still pending (the room
   * is going away) and waits for that too.
   */
  async settle(final: boolean): Promise<void> {
    await this.#compaction
    if (final && this.#pendingCount > 0) this.#startCompaction(true)
    await this.#compaction
  }

  /**
   * Starts a background compaction when the pending updates passed a configured limit: their
   * bytes, their age, or (secondary) their count.
   */
  compactIfDue(now = Date.now()): void {
    const { config } = this.#o
    const due =
      this.#pendingBytes >= config.compactAfterBytes ||
      (this.#pendingSince !== null && now - this.#pendingSince >= config.compactAfterMs) ||
      this.#pendingCount >= config.compactAfterUpdates
    if (due) this.#startCompaction(false)
  }

  /**
   * Compacts up to `lastSeq` in the background; writes go on meanwhile, their seqs are above
   * `uptoSeq`. The snapshot is built by the snapshot worker from what the store holds up to
   * `uptoSeq`, the same updates, in the same order, that the room's document holds, so it
   * covers exactly the updates up to `uptoSeq`. The main thread only reads and writes rows.
   */
  #startCompaction(force: boolean): void {
    if (this.#compaction !== null) return
    if (!force && Date.now() < this.#compactNotBefore) return
    const { boardId, log } = this.#o
    const uptoSeq = this.#lastSeq
    const count = this.#pendingCount
    const bytes = this.#pendingBytes
    this.#compaction = this.#compactUpTo(uptoSeq)
      .then(
        (built) => {
          this.#pendingCount -= count
          this.#pendingBytes -= bytes
          // What arrived meanwhile is young; counted from now.
          this.#pendingSince = this.#pendingCount > 0 ? Date.now() : null
          log.info('board compacted', {
            boardId,
            uptoSeq,
            updates: count,
            bytes: built.snapshot.length,
            thread: built.threadId,
            buildMs: Math.round(built.buildMs),
          })
        },
        (err: unknown) => {
          this.#compactNotBefore = Date.now() + COMPACT_RETRY_MS
          log.warn('compaction failed, will retry', { boardId, uptoSeq, err })
        },
      )
      .finally(() => {
        this.#compaction = null
      })
  }

  async #compactUpTo(uptoSeq: number): Promise<WorkerSnapshot> {
    const { store, boardId } = this.#o
    const build = this.#o.buildSnapshot ?? ((s, u) => snapshotWorker.build(s, u))
    const stored = await store.loadDocumentUpTo(boardId, uptoSeq)
    const built = await build(stored.snapshot, stored.updates)
    await store.compact(boardId, built.snapshot, uptoSeq)
    return built
  }
}
