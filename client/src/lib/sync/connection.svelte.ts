import type * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import {
  connectionStatus,
  type BoardProblem,
  type ConnectionFacts,
  type ConnectionStatus,
} from './status.ts'
import { PendingChanges } from './pendingChanges.ts'
import { sendOwnAwarenessOnly } from './ownAwareness.ts'
import { local, type KeyValueStore } from '../storage/safeStorage.ts'
import { syncSubprotocols } from '../../../../shared/protocol/syncToken.ts'
import {
  CLOSE_ACCESS_REVOKED,
  CLOSE_BOARD_FULL,
  CLOSE_BOARD_READ_ONLY,
  CLOSE_BOARD_UNREADABLE,
  CLOSE_MESSAGE_TOO_BIG,
  SYNC_PATH,
  isFinalCloseCode,
} from '../../../../shared/protocol/sync.ts'
import { readSchemaVersion } from '../../../../shared/schema/doc.ts'
import { SCHEMA_VERSION } from '../../../../shared/schema/version.ts'

/** How long a socket attempt may go unanswered before it is retried. */
export const CONNECT_TIMEOUT_MS = 8000

export interface ConnectionOptions {
  /** Base WebSocket URL; defaults to this page's origin + /yjs. */
  url?: string
  /**
   * Transaction origins that are not this person's edits besides the provider's own (the local
   * copy read back): they are not counted as waiting to be sent.
   */
  otherOrigins?: readonly unknown[]
  /** Where the count of unsent changes survives a reload. */
  store?: KeyValueStore
  /** The page could not reach the server (it opened from the local copy): offline until it can. */
  unreachable?: boolean
}

/** Close codes of problems of the board itself; y-websocket does not reconnect on them. */
const BOARD_PROBLEMS: ReadonlyMap<number, BoardProblem> = new Map([
  [CLOSE_BOARD_READ_ONLY, 'readOnly'],
  [CLOSE_BOARD_FULL, 'full'],
  [CLOSE_BOARD_UNREADABLE, 'unreadable'],
])

export function defaultSyncUrl(): string {
  return `${location.origin.replace(/^http/, 'ws')}${SYNC_PATH}`
}

/**
 * The board's live connection: the stock y-websocket provider, with its status turned into
 * reactive state. The provider reconnects by itself (with backoff); edits made meanwhile stay in
 * the local Y.Doc (and its local copy) and are merged when the connection is back: the sync's
 * step 2 carries everything the server lacks.
 */
export class Connection {
  status = $state<ConnectionStatus>('connecting')
  /** The first full sync with the server finished. */
  synced = $state(false)
  /** The server ended the connection because the link's token was replaced (close code 4403). */
  revoked = $state(false)
  /**
   * The server refused this browser's changes as one message too large (1009); they stay in
   * the local copy, and no further attempt is made until `retry()`.
   */
  tooLarge = $state(false)
  /**
   * The server closed for a reason of the board itself: it cannot be opened, it is full (this
   * browser's latest change was refused and stays here), or it is read-only on this server.
   */
  problem = $state<BoardProblem | null>(null)
  /** Elements changed here that the server may not have yet (see PendingChanges). */
  pendingChanges = $state(0)

  readonly #pending: PendingChanges

  readonly #provider: WebsocketProvider
  #facts: ConnectionFacts = {
    socket: 'connecting',
    online: typeof navigator === 'undefined' ? true : navigator.onLine,
    synced: false,
    everConnected: false,
    refused: false,
  }
  readonly #cleanups: (() => void)[] = []
  #attemptTimer: ReturnType<typeof setTimeout> | undefined

  constructor(doc: Y.Doc, boardId: string, token: string, options: ConnectionOptions = {}) {
    this.#provider = new WebsocketProvider(options.url ?? defaultSyncUrl(), boardId, doc, {
      // The token travels as a WebSocket subprotocol, never in the URL, which proxies log.
      protocols: syncSubprotocols(token),
      // Other tabs get the board from the server, which checks their rights; never tab to tab.
      disableBc: true,
      // Without a network, wait for the browser's 'online' instead of failing attempts.
      connect: this.#facts.online,
      // As the stock rule (4400–4499 are final), and 1009: the same backlog would be too large
      // again on every attempt, a megabyte or more each time.
      shouldReconnect: (event) =>
        event.code !== CLOSE_MESSAGE_TOO_BIG && !isFinalCloseCode(event.code),
    })
    const provider = this.#provider
    this.#cleanups.push(sendOwnAwarenessOnly(provider))
    if (options.unreachable) this.#facts = { ...this.#facts, attemptFailed: true }
    this.status = connectionStatus(this.#facts)
    const otherOrigins: readonly unknown[] = [provider, ...(options.otherOrigins ?? [])]
    this.#pending = new PendingChanges(doc, boardId, options.store ?? local, (origin) =>
      otherOrigins.includes(origin),
    )
    this.pendingChanges = this.#pending.count
    this.#pending.onChange((count) => {
      this.pendingChanges = count
    })

    const onStatus = ({
      status,
    }: {
      status: 'connected' | 'disconnected' | 'connecting'
    }): void => {
      this.#watchAttempt(status === 'connecting')
      // Only a connection clears a failed attempt: each retry says 'connecting' first.
      this.#update(
        status === 'connected' ? { socket: status, attemptFailed: false } : { socket: status },
      )
    }
    const onSync = (isSynced: boolean): void => {
      if (isSynced) this.synced = true
      // Saved by a newer Werkraum: the server refuses changes to it (4409); say so before
      // anyone tries, not after their first change was refused.
      if (isSynced && this.problem === null && readSchemaVersion(doc) > SCHEMA_VERSION) {
        this.problem = 'readOnly'
        this.#update({ problem: 'readOnly' })
      }
      this.#pending.setSynced(isSynced)
      this.#update({
        synced: isSynced,
        everConnected: this.#facts.everConnected || isSynced,
      })
    }
    const onClosed = (event: { code: number }): void => {
      const problem = BOARD_PROBLEMS.get(event.code)
      if (problem !== undefined) {
        this.problem = problem
        this.#update({ problem })
        return
      }
      if (event.code === CLOSE_MESSAGE_TOO_BIG) {
        this.tooLarge = true
        this.#update({ tooLarge: true })
        return
      }
      // 4403: a facilitator replaced the link this page uses (see shared/protocol/sync.md).
      if (event.code === CLOSE_ACCESS_REVOKED) this.revoked = true
      this.#update({ refused: true })
    }
    provider.on('status', onStatus)
    provider.on('sync', onSync)
    provider.on('closed', onClosed)
    const onAttemptClosed = (): void => {
      if (!provider.wsconnected) this.#update({ attemptFailed: true })
    }
    provider.on('connection-close', onAttemptClosed)
    // The provider's first attempt began in its constructor, before these listeners.
    if (provider.wsconnecting) this.#watchAttempt(true)
    this.#cleanups.push(() => {
      provider.off('connection-close', onAttemptClosed)
      provider.off('status', onStatus)
      provider.off('sync', onSync)
      provider.off('closed', onClosed)
    })

    if (typeof window !== 'undefined') {
      const onOnline = (): void => {
        this.#update({ online: true })
        // Do not wait for the backoff timer when the network is back, nor for an attempt
        // started while it was gone.
        if (!provider.wsconnected) this.#retry()
      }
      const onOffline = (): void => {
        this.#update({ online: false })
        // A socket can outlive the network for a while (until a ping fails); edits made now
        // must wait in the local copy rather than vanish into it, and the sync on 'online'
        // sends them all.
        provider.disconnect()
      }
      window.addEventListener('online', onOnline)
      window.addEventListener('offline', onOffline)
      this.#cleanups.push(() => {
        window.removeEventListener('online', onOnline)
        window.removeEventListener('offline', onOffline)
      })
    }
  }

  /** The provider's Yjs awareness: presence (names, cursors, views) travels on it. */
  get awareness(): WebsocketProvider['awareness'] {
    return this.#provider.awareness
  }

  /**
   * Tries again after the server refused a too large message (its limit may have been raised)
   * or a change to a full board (someone may have made room).
   */
  retry(): void {
    if (!this.tooLarge && this.problem !== 'full') return
    this.tooLarge = false
    this.problem = null
    this.#update({ tooLarge: false, problem: null })
    this.#provider.connect()
  }

  destroy(): void {
    this.#watchAttempt(false)
    for (const cleanup of this.#cleanups.splice(0)) cleanup()
    this.#pending.destroy()
    this.#provider.destroy()
  }

  /**
   * A socket attempt without an answer (a network that swallows packets) would wait for the
   * operating system's TCP timeout, minutes; after CONNECT_TIMEOUT_MS it is given up and retried.
   */
  #watchAttempt(attempting: boolean): void {
    clearTimeout(this.#attemptTimer)
    this.#attemptTimer = undefined
    if (!attempting) return
    this.#attemptTimer = setTimeout(() => {
      this.#attemptTimer = undefined
      this.#update({ attemptFailed: true })
      this.#retry()
    }, CONNECT_TIMEOUT_MS)
  }

  #retry(): void {
    if (this.#facts.refused || this.#facts.tooLarge === true || this.#facts.problem) return
    this.#provider.disconnect()
    this.#provider.connect()
  }

  #update(change: Partial<ConnectionFacts>): void {
    this.#facts = { ...this.#facts, ...change }
    this.status = connectionStatus(this.#facts)
  }
}
