import type * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { connectionStatus, type ConnectionFacts, type ConnectionStatus } from './status.ts'
import { PendingChanges } from './pendingChanges.ts'
import { local, type KeyValueStore } from '../storage/safeStorage.ts'

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
}

export function defaultSyncUrl(): string {
  return `${location.origin.replace(/^http/, 'ws')}/yjs`
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

  constructor(doc: Y.Doc, boardId: string, token: string, options: ConnectionOptions = {}) {
    this.#provider = new WebsocketProvider(options.url ?? defaultSyncUrl(), boardId, doc, {
      params: { token },
      // Other tabs get the board from the server, which checks their rights; never tab to tab.
      disableBc: true,
    })
    const provider = this.#provider
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
      this.#update({ socket: status })
    }
    const onSync = (isSynced: boolean): void => {
      if (isSynced) this.synced = true
      this.#pending.setSynced(isSynced)
      this.#update({
        synced: isSynced,
        everConnected: this.#facts.everConnected || isSynced,
      })
    }
    const onClosed = (): void => this.#update({ refused: true })
    provider.on('status', onStatus)
    provider.on('sync', onSync)
    provider.on('closed', onClosed)
    this.#cleanups.push(() => {
      provider.off('status', onStatus)
      provider.off('sync', onSync)
      provider.off('closed', onClosed)
    })

    if (typeof window !== 'undefined') {
      const onOnline = (): void => {
        this.#update({ online: true })
        // Do not wait for the backoff timer when the network is back.
        if (!provider.wsconnected && !this.#facts.refused) provider.connect()
      }
      const onOffline = (): void => this.#update({ online: false })
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

  destroy(): void {
    for (const cleanup of this.#cleanups.splice(0)) cleanup()
    this.#pending.destroy()
    this.#provider.destroy()
  }

  #update(change: Partial<ConnectionFacts>): void {
    this.#facts = { ...this.#facts, ...change }
    this.status = connectionStatus(this.#facts)
  }
}
