import * as Y from 'yjs'
import { StorageUnavailableError } from '../store/BoardStore.ts'
import type { Connection } from './Connection.ts'
import {
  CLOSE_BOARD_FULL,
  CLOSE_BOARD_READ_ONLY,
  CLOSE_INTERNAL_ERROR,
  CLOSE_INVALID_PAYLOAD,
  CLOSE_MESSAGE_TOO_BIG,
  CLOSE_POLICY_VIOLATION,
  CLOSE_TRY_AGAIN_LATER,
} from '../../shared/protocol/sync.ts'
import { ProtocolError } from './protocol.ts'
import { Compactor, type CompactorOptions } from './Compactor.ts'
import { HeldUpdates } from './HeldUpdates.ts'
import { missingDependency, stateAfter, type MissingDependency } from './missingDependency.ts'
import { addsToDoc, decodeUpdate, type DecodedUpdate } from './updateEffect.ts'
import {
  MAX_NESTING_DEPTH,
  MAX_UPDATE_ITEMS,
  checkUpdate,
  type UpdateRefusal,
} from './updateGuard.ts'
import { scanUpdate } from './updateScan.ts'

/** How often a room records activity in the store at most. */
export const TOUCH_INTERVAL_MS = 60_000
/**
 * Bytes of updates a room may hold waiting for the store. Past it, writers are turned away
 * (1013, try again later) instead of growing memory while storage is slow.
 */
export const MAX_QUEUED_BYTES = 64 * 1024 * 1024

/** The close code for each reason the guard refuses an update (see shared/protocol/sync.md). */
const REFUSAL_CLOSE_CODES: Record<UpdateRefusal, number> = {
  'forbidden content': CLOSE_INVALID_PAYLOAD,
  'too deeply nested': CLOSE_INVALID_PAYLOAD,
  'does not re-encode': CLOSE_INVALID_PAYLOAD,
  'impossible reference': CLOSE_INVALID_PAYLOAD,
  'empty item': CLOSE_INVALID_PAYLOAD,
  'unknown root': CLOSE_INVALID_PAYLOAD,
  'invalid value': CLOSE_INVALID_PAYLOAD,
  'too many items': CLOSE_MESSAGE_TOO_BIG,
  'board full': CLOSE_BOARD_FULL,
  'server-owned key': CLOSE_POLICY_VIOLATION,
}

interface ClientWrite {
  conn: Connection
  update: Uint8Array
  decoded: DecodedUpdate
  /** It waited for a missing dependency (see HeldUpdates) and is judged now. */
  wasHeld?: boolean
}

/**
 * An update the server itself wrote (`submitFromServer`, e.g. a board renamed over HTTP): no
 * sender to close or hold, and settled once stored and applied, or refused.
 */
interface ServerWrite {
  conn: null
  update: Uint8Array
  decoded: DecodedUpdate
  wasHeld?: undefined
  settle: (error: Error | null) => void
}

type PendingWrite = ClientWrite | ServerWrite

/** One update the store has made durable: the only kind that may reach the document. */
export interface StoredUpdate {
  /** The connection it came from; null for the server's own (relayed to everyone). */
  sender: Connection | null
  update: Uint8Array
  /** Its sequence number in the store. */
  seq: number
}

export interface RoomWriterOptions extends CompactorOptions {
  doc: Y.Doc
  /**
   * Takes a batch of updates the store has made durable, in store order: the room applies
   * each to the document and relays it. False when one did not apply (the doc may be
   * half-changed): this writer then stores and compacts nothing more, and the room reloads
   * from storage.
   */
  publish: (stored: readonly StoredUpdate[]) => boolean
  /**
   * The board was written by a newer schema than this server knows: nothing is stored, and
   * nothing is compacted (the stored form stays as the newer server wrote it).
   */
  readOnly?: boolean
}

/**
 * The only path by which client updates reach a room's document: validate, store durably, then
 * hand what was stored to the room (`publish`), which applies and relays it. One queue per room
 * keeps apply order equal to store order, so a snapshot taken between two commits covers
 * exactly the updates up to `lastSeq`. Updates that arrive while a commit is in flight go
 * together into the next one; the store commits appends of one event-loop turn in one
 * transaction.
 */
export class RoomWriter {
  readonly #o: RoomWriterOptions
  #queue: PendingWrite[] = []
  /** Updates waiting for a missing dependency: in memory only, never stored or applied. */
  readonly #held = new HeldUpdates<Connection>()
  #queuedBytes = 0
  #running: Promise<void> | null = null
  readonly #compactor: Compactor
  #lastTouch = 0
  /** Set when publishing failed: the doc is no longer a faithful copy of storage. */
  #halted = false

  constructor(options: RoomWriterOptions) {
    this.#o = options
    this.#compactor = new Compactor(options)
  }

  /**
   * Queues an update from a writer. Throws ProtocolError at once, before anything is stored or
   * even decoded into objects, when it does not parse (1007), carries content the schema never
   * uses or values nested too deep (1007), or more items than one update may (1009).
   */
  submit(conn: Connection, update: Uint8Array): void {
    if (this.#halted) return
    // Over its edit rate a connection is held back (not read) and loses nothing; only one that
    // stays far over is closed (see ConnectionBudget).
    if (!conn.admitEdit(update.byteLength)) {
      throw new ProtocolError('too many edits', CLOSE_POLICY_VIOLATION)
    }
    if (this.#queuedBytes + update.byteLength > MAX_QUEUED_BYTES) {
      throw new ProtocolError('server busy', CLOSE_TRY_AGAIN_LATER)
    }
    const scan = scanUpdate(update, MAX_UPDATE_ITEMS, MAX_NESTING_DEPTH)
    if (!scan.ok) {
      if (scan.refusal === 'malformed') {
        throw new ProtocolError('malformed update', CLOSE_INVALID_PAYLOAD)
      }
      throw new ProtocolError(scan.refusal, REFUSAL_CLOSE_CODES[scan.refusal])
    }
    const decoded = decodeUpdate(update)
    if (decoded === null) throw new ProtocolError('malformed update', CLOSE_INVALID_PAYLOAD)
    this.#queue.push({ conn, update, decoded })
    this.#queuedBytes += update.byteLength
    this.#running ??= this.#run()
  }

  /**
   * Queues an update the server wrote itself, made against this room's document: it takes the
   * same path as a client's (stored, then applied and relayed to everyone) but is trusted, so the
   * guard's keys the server owns do not refuse it. Resolves once it is stored and applied;
   * rejects when the board is read-only or storage refused it.
   */
  submitFromServer(update: Uint8Array): Promise<void> {
    if (this.#halted) return Promise.reject(new Error('board reloading'))
    const decoded = decodeUpdate(update)
    if (decoded === null) return Promise.reject(new Error('malformed server update'))
    return new Promise<void>((resolve, reject) => {
      const settle = (error: Error | null): void => (error === null ? resolve() : reject(error))
      this.#queue.push({ conn: null, update, decoded, settle })
      this.#queuedBytes += update.byteLength
      this.#running ??= this.#run()
    })
  }

  /**
   * Drops what a connection that closed has held: its sender resends it in its sync step 2
   * after reconnecting, since the server's state vector does not include it.
   */
  forget(conn: Connection): void {
    const dropped = this.#held.drop(conn)
    if (dropped > 0)
      this.#o.log.info('dropping held updates of a closed connection', conn.logFields({ dropped }))
  }

  /** Records activity in the store, at most once per TOUCH_INTERVAL_MS. */
  touch(now = Date.now()): void {
    if (now - this.#lastTouch < TOUCH_INTERVAL_MS) return
    this.#lastTouch = now
    this.#o.store.touch(this.#o.boardId, new Date(now)).catch((err: unknown) => {
      this.#o.log.warn('could not record board activity', { boardId: this.#o.boardId, err })
    })
  }

  /** Waits until every queued update is stored and applied (or refused). */
  async drain(): Promise<void> {
    while (this.#running) await this.#running
  }

  /**
   * Drains, waits for a running compaction, and compacts what is still pending (unless the
   * board is read-only or the writer halted: then storage keeps its rows as they are).
   */
  async close(): Promise<void> {
    await this.drain()
    await this.#compactor.settle(this.#maySnapshot())
  }

  #maySnapshot(): boolean {
    return !this.#halted && this.#o.readOnly !== true
  }

  async #run(): Promise<void> {
    try {
      // Whatever arrives in this turn of the event loop (several frames of one read, frames of
      // several people) goes into one batch: one commit, and one write to each other person.
      await new Promise((resolve) => setImmediate(resolve))
      while (this.#queue.length > 0 && !this.#halted) {
        const batch = this.#queue
        this.#queue = []
        this.#queuedBytes = 0
        try {
          await this.#commit(batch)
        } catch (err) {
          // A bug, not a storage failure: refuse the batch rather than wedge the room.
          this.#o.log.error('write failed', { boardId: this.#o.boardId, err })
          for (const write of batch) {
            if (write.conn === null) write.settle(new Error('write failed'))
            else write.conn.close(CLOSE_INTERNAL_ERROR, 'internal error')
          }
        }
      }
    } finally {
      this.#running = null
    }
  }

  async #commit(batch: PendingWrite[]): Promise<void> {
    const { store, boardId, doc } = this.#o
    // Checked against the doc as it is now; the doc only changes inside this queue.
    const writes = this.#admit(batch)
    if (writes.length === 0) return
    const results = await Promise.allSettled(
      writes.map((w) => store.appendUpdate(boardId, w.update)),
    )
    // From here to the end of the loop nothing awaits: no snapshot can see half a batch.
    const stored = this.#stored(writes, results)
    if (stored.length > 0 && !this.#o.publish(stored)) this.#halted = true
    // Stored is durable: a server write that did not apply now does after the reload.
    writes.forEach((write, i) => {
      if (write.conn === null && results[i]!.status === 'fulfilled') write.settle(null)
    })
    this.touch()
    this.compactIfDue()
    if (this.#halted) return
    // The document advanced: what was held for it goes through this queue like a new arrival,
    // ahead of what arrived meanwhile (it was sent earlier), and is judged on its own.
    const ready = this.#held.takeReady(doc)
    if (ready.length > 0) {
      this.#queue.unshift(
        ...ready.map(({ sender, update, decoded }) => ({
          conn: sender,
          update,
          decoded,
          wasHeld: true,
        })),
      )
    }
  }

  /**
   * The writes of a batch that go to storage: those that add something, have every
   * dependency (else they are held) and pass the guard, each checked against the doc plus the
   * writes admitted before it. Refused writers are closed, and nothing of theirs is stored.
   */
  #admit(batch: PendingWrite[]): PendingWrite[] {
    const { doc, config, log } = this.#o
    const admitted: PendingWrite[] = []
    // The decoded updates admitted so far, kept as they are admitted, not rebuilt per write.
    const earlier: DecodedUpdate[] = []
    const state = stateAfter(doc)
    for (const write of batch) {
      if (write.conn === null) {
        if (this.#admitFromServer(write, earlier)) {
          admitted.push(write)
          earlier.push(write.decoded)
          state.add(write.decoded)
        }
        continue
      }
      if (write.conn.closedByServer || !addsToDoc(doc, write.decoded, earlier)) continue
      // What a closed connection held is dropped, also when it had just become ready.
      if (write.wasHeld === true && !write.conn.isOpen) continue
      if (this.#o.readOnly === true) {
        log.warn('refusing an update to a read-only board', write.conn.logFields({}))
        write.conn.close(CLOSE_BOARD_READ_ONLY, 'board read-only')
        continue
      }
      const missing = missingDependency(state, write.decoded)
      if (missing !== null) {
        this.#hold(write, missing, earlier)
        continue
      }
      const verdict = checkUpdate(
        doc,
        write.update,
        write.decoded,
        { maxBoardItems: config.maxBoardItems },
        earlier,
      )
      if (!verdict.ok) {
        const code = REFUSAL_CLOSE_CODES[verdict.refusal]
        const held = write.wasHeld === true
        log.warn(`refusing update: ${verdict.refusal}`, write.conn.logFields({ code, held }))
        write.conn.close(code, verdict.refusal)
        continue
      }
      admitted.push(write)
      earlier.push(write.decoded)
      state.add(write.decoded)
    }
    return admitted
  }

  /**
   * Whether the server's own write goes to storage: it was made against this document, so it
   * has its dependencies; it changes nothing when something equal is already there, and a
   * read-only board takes nothing.
   */
  #admitFromServer(write: ServerWrite, earlier: DecodedUpdate[]): boolean {
    if (this.#o.readOnly === true) {
      write.settle(new Error('board read-only'))
      return false
    }
    if (!addsToDoc(this.#o.doc, write.decoded, earlier)) {
      write.settle(null)
      return false
    }
    return true
  }

  /**
   * Holds a write whose dependency is missing, unless its sender is gone (it resends after
   * reconnecting) or it is a resend of what this sender already has held. Past the holding
   * bounds the sender is closed (1013) and what it held is dropped.
   */
  #hold(write: ClientWrite, missing: MissingDependency, earlier: DecodedUpdate[]): void {
    const { conn, update, decoded } = write
    if (!conn.isOpen) return
    if (!addsToDoc(this.#o.doc, decoded, [...earlier, ...this.#held.decodedOf(conn)])) return
    const result = this.#held.hold({ sender: conn, update, decoded, waitingFor: missing })
    if (result === 'held') return
    this.#o.log.warn(
      `too many updates waiting for a missing dependency (${result})`,
      conn.logFields({ code: CLOSE_TRY_AGAIN_LATER, held: this.#held.count }),
    )
    this.#held.drop(conn)
    conn.close(CLOSE_TRY_AGAIN_LATER, 'too much pending')
  }

  /**
   * What the store made durable, in store order; the compactor counts it. A writer whose update
   * was not stored is closed: nothing of it is applied or relayed.
   */
  #stored(writes: PendingWrite[], results: PromiseSettledResult<number>[]): StoredUpdate[] {
    const stored: StoredUpdate[] = []
    results.forEach((result, i) => {
      const write = writes[i]!
      if (result.status === 'rejected') {
        if (write.conn === null) {
          this.#o.log.error('could not store a server update', {
            boardId: this.#o.boardId,
            err: result.reason as unknown,
          })
          return write.settle(new Error('storage refused the update'))
        }
        return this.#refuse(write.conn, result.reason)
      }
      this.#compactor.stored(result.value, write.update.byteLength)
      stored.push({ sender: write.conn, update: write.update, seq: result.value })
    })
    return stored
  }

  /** Not stored means not applied and not relayed; the client resends it via sync later. */
  #refuse(conn: Connection, err: unknown): void {
    if (err instanceof StorageUnavailableError) {
      this.#o.log.error('storage unavailable, closing writer', conn.logFields({ err }))
      conn.close(CLOSE_INTERNAL_ERROR, 'storage unavailable')
    } else {
      this.#o.log.error('could not store update, closing writer', conn.logFields({ err }))
      conn.close(CLOSE_INTERNAL_ERROR, 'internal error')
    }
  }

  /**
   * Starts a background compaction when the pending updates passed a configured limit (see
   * Compactor); never while the board is read-only or the writer halted.
   */
  compactIfDue(now = Date.now()): void {
    if (this.#maySnapshot()) this.#compactor.compactIfDue(now)
  }
}
