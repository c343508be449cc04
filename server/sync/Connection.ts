import type { Logger } from '../log.ts'
import { canEdit, type Right } from '../../shared/rights.ts'
import { ConnectionBudget, type EditLimits } from './ConnectionBudget.ts'
import type { SyncTransport } from './SyncTransport.ts'

/**
 * Bytes a connection may have queued for sending before it counts as stuck. A client that does
 * not read would otherwise hold every broadcast of its room in server memory; dropped, it
 * reconnects and catches up through sync.
 */
export const SLOW_CONSUMER_BYTES = 16 * 1024 * 1024

let nextConnectionId = 1

/**
 * One client in a room, with the right its token granted, over a transport: a WebSocket in the
 * server, an in-memory pipe in tests (see SyncTransport).
 */
export class Connection {
  /** For log lines; tokens never appear in logs. */
  readonly id = nextConnectionId++
  readonly transport: SyncTransport
  readonly boardId: string
  readonly right: Right
  /** Cleared when a ping goes out, set by the pong; still false at the next ping = dead peer. */
  alive = true
  /** Resolves once the socket is closed (by either side). */
  readonly closed: Promise<void>
  readonly #log: Logger
  #closing = false
  /** What this connection may still cost: sync step 1 answers and edits (see ConnectionBudget). */
  readonly #budget: ConnectionBudget
  /** While held back: when reading resumes. */
  #resumeTimer: ReturnType<typeof setTimeout> | null = null
  /** Said once in the log per connection: under a flood it is held back many times a second. */
  #heldBackLogged = false
  #probe: Promise<boolean> | null = null

  constructor(
    transport: SyncTransport,
    boardId: string,
    right: Right,
    log: Logger,
    limits: EditLimits,
  ) {
    this.transport = transport
    this.boardId = boardId
    this.right = right
    this.#log = log
    this.#budget = new ConnectionBudget(limits)
    this.closed = new Promise((resolve) =>
      transport.on('close', () => {
        if (this.#resumeTimer !== null) clearTimeout(this.#resumeTimer)
        resolve()
      }),
    )
  }

  /** Whether document updates from this connection may be applied and stored. */
  get canWrite(): boolean {
    return canEdit(this.right)
  }

  /** True once the server closed or dropped this connection; its later frames are ignored. */
  get closedByServer(): boolean {
    return this.#closing
  }

  get isOpen(): boolean {
    return !this.#closing && this.transport.isOpen
  }

  /** Sends a frame; the same buffer may go to many connections, `ws` does not modify it. */
  send(message: Uint8Array): void {
    if (!this.isOpen) return
    if (this.transport.bufferedAmount > SLOW_CONSUMER_BYTES) {
      this.#log.warn(
        'dropping slow connection',
        this.logFields({ buffered: this.transport.bufferedAmount }),
      )
      this.terminate()
      return
    }
    this.transport.send(message)
  }

  /**
   * Holds back what is sent until `uncork`, so that several messages (the updates of one
   * commit, an awareness tick) leave in one write to the operating system instead of one each:
   * with 200 people in a room every write is done 200 times.
   */
  cork(): void {
    this.transport.cork()
  }

  uncork(): void {
    this.transport.uncork()
  }

  /** Counts a sync step 1 against this connection's allowance; false when it is used up. */
  admitSyncStep1(): boolean {
    return this.#budget.syncStep1()
  }

  /**
   * Counts a document update against this connection's edit rate. Over the rate, the connection
   * is held back: its socket is not read until the budget recovers, so the sender slows down
   * (TCP pushes back) and loses nothing. False when it stays far over its rate: close it.
   */
  admitEdit(bytes: number): boolean {
    const verdict = this.#budget.edit(bytes)
    if (verdict.kind === 'flood') return false
    if (verdict.kind === 'holdBack') this.#holdBack(verdict.ms)
    return true
  }

  /**
   * Stops reading from the socket for `ms`. Frames `ws` already read still arrive (and are
   * counted); nothing more is read until then. A new hold-back replaces a shorter one.
   */
  #holdBack(ms: number): void {
    if (!this.isOpen) return
    if (this.#resumeTimer !== null) clearTimeout(this.#resumeTimer)
    if (!this.#heldBackLogged) {
      this.#heldBackLogged = true
      this.#log.info('holding back a fast writer', this.logFields({ ms: Math.ceil(ms) }))
    }
    this.transport.pause()
    this.#resumeTimer = setTimeout(() => {
      this.#resumeTimer = null
      this.transport.resume()
    }, Math.ceil(ms))
  }

  /**
   * Pings the peer now: resolves true when it answers within `timeoutMs`, false when it does
   * not or the socket closes. Concurrent calls share one ping.
   */
  probe(timeoutMs: number): Promise<boolean> {
    this.#probe ??= new Promise<boolean>((resolve) => {
      const done = (alive: boolean): void => {
        clearTimeout(timer)
        this.transport.off('pong', onPong)
        this.transport.off('close', onClose)
        this.#probe = null
        resolve(alive)
      }
      const onPong = (): void => done(true)
      const onClose = (): void => done(false)
      const timer = setTimeout(() => done(false), timeoutMs)
      this.transport.on('pong', onPong)
      this.transport.on('close', onClose)
      try {
        this.transport.ping()
      } catch {
        done(false)
      }
    })
    return this.#probe
  }

  /** Starts the closing handshake; further sends are skipped. */
  close(code: number, reason: string): void {
    if (this.#closing) return
    this.#closing = true
    this.transport.close(code, reason)
  }

  /** Drops the TCP connection without a handshake (dead or stuck peer). */
  terminate(): void {
    this.#closing = true
    this.transport.terminate()
  }

  /** Fields that identify this connection in a log line. */
  logFields(extra: Record<string, unknown> = {}): Record<string, unknown> {
    return { boardId: this.boardId, conn: this.id, right: this.right, ...extra }
  }
}
