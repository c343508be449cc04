import WebSocket from 'ws'
import { WebsocketProvider, messageAwareness, messageSync } from 'y-websocket'
import * as Y from 'yjs'
import { sendOwnAwarenessOnly } from '../../../client/src/lib/sync/ownAwareness.ts'
import { sharedNow } from '../clock.ts'
import type { CursorLedger } from './CursorLedger.ts'
import type { EditLedger } from './EditLedger.ts'
import { benchClientId, clockAfterEdit, lastEditsIn, updateOfSyncMessage } from './editReceipts.ts'
import { hocuspocusSocketClass } from './HocuspocusSocket.ts'
import type { ClientConfig } from './messages.ts'

/** What one edit writes into the `notes` map: a note moved, stamped with sender and send time. */
interface NoteMove {
  x: number
  y: number
  sender: number
  seq: number
  sentAt: number
}

interface CursorState {
  x: number
  y: number
  sentAt: number
}

interface AwarenessChange {
  added: number[]
  updated: number[]
  removed: number[]
}

/** Each client moves its own few notes, so no two senders ever race for the same key. */
const NOTES_PER_CLIENT = 5

/** One participant: a stock y-websocket provider that moves notes and its cursor. */
export class BenchClient {
  readonly doc = new Y.Doc()
  readonly provider: WebsocketProvider
  readonly #index: number
  readonly #clients: number
  readonly #edits: EditLedger
  readonly #notes: Y.Map<NoteMove>
  /** Remote awareness client id → send time of the last cursor seen from it. */
  readonly #lastCursor = new Map<number, number>()
  #closing = false
  disconnects = 0

  /** Whether this client applies the document updates it receives after its first sync. */
  readonly appliesEdits: boolean

  /**
   * `observes.cursors` false: awareness frames are received but not decoded; `observes.edits`
   * false: once synced, document updates are received and read for whose edits they carry, but
   * not applied (see presets.ts).
   */
  constructor(
    index: number,
    config: ClientConfig,
    edits: EditLedger,
    cursors: CursorLedger,
    observes: { cursors: boolean; edits: boolean },
  ) {
    this.#index = index
    this.#clients = config.workload.clients
    this.#edits = edits
    this.appliesEdits = observes.edits
    this.doc.clientID = benchClientId(index)
    // Under the board's own root: Werkraum refuses content under roots its schema does not have.
    this.#notes = this.doc.getMap<NoteMove>('elements')
    this.#notes.observe((event, transaction) => {
      if (transaction.local) return
      const at = sharedNow()
      for (const key of event.keysChanged) {
        const move = this.#notes.get(key)
        if (move) edits.recordSeen(index, move.sender, move.seq, at)
      }
    })

    const socketClass =
      config.protocol === 'hocuspocus'
        ? hocuspocusSocketClass(config.room, config.params.token ?? '')
        : WebSocket
    this.provider = new WebsocketProvider(config.serverUrl, config.room, this.doc, {
      WebSocketPolyfill: socketClass as typeof globalThis.WebSocket,
      disableBc: true,
      params: config.params,
      connect: false,
    })
    if (!observes.cursors) this.provider.messageHandlers[messageAwareness] = () => {}
    // As Werkraum's browser client: send only the own state, not every state received.
    sendOwnAwarenessOnly(this.provider)
    const awareness = this.provider.awareness
    awareness.setLocalState({ user: { name: `bench-${index}` } })
    awareness.on('update', ({ added, updated }: AwarenessChange, origin: unknown) => {
      if (origin !== this.provider) return
      const at = sharedNow()
      const states = awareness.getStates()
      for (const id of added.concat(updated)) {
        const cursor = (states.get(id) as { cursor?: CursorState } | undefined)?.cursor
        if (!cursor || cursor.sentAt <= (this.#lastCursor.get(id) ?? -Infinity)) continue
        this.#lastCursor.set(id, cursor.sentAt)
        cursors.recordSeen(cursor.sentAt, at)
      }
    })
    this.provider.on('connection-close', () => {
      if (!this.#closing) this.disconnects++
    })
  }

  connect(): void {
    this.provider.connect()
  }

  whenSynced(): Promise<void> {
    if (this.provider.synced) return Promise.resolve()
    return new Promise((resolve) => {
      const onSync = (synced: boolean): void => {
        if (!synced) return
        this.provider.off('sync', onSync)
        resolve()
      }
      this.provider.on('sync', onSync)
    })
  }

  /**
   * Called once every client of the room has synced: a client that does not apply edits stops
   * reading sync messages now. Its own edits stay valid, as it only ever moves its own notes.
   */
  synced(): void {
    if (this.appliesEdits) return
    this.provider.messageHandlers[messageSync] = (_encoder, decoder) => {
      const update = updateOfSyncMessage(decoder)
      if (!update) return
      const at = sharedNow()
      for (const { sender, seq } of lastEditsIn(update, this.#clients)) {
        this.#edits.recordSeen(this.#index, sender, seq, at)
      }
    }
  }

  /** Moves one of this client's notes, like a drag ending. */
  moveNote(edits: EditLedger): void {
    const sentAt = sharedNow()
    const seq = edits.recordSend(this.#index, sentAt)
    this.#notes.set(`note-${this.#index}-${seq % NOTES_PER_CLIENT}`, {
      x: Math.round(Math.cos(seq) * 1000),
      y: Math.round(Math.sin(seq) * 1000),
      sender: this.#index,
      seq,
      sentAt,
    })
    // Receivers that only read updates rely on one clock step per edit (editReceipts.ts).
    if (Y.getState(this.doc.store, this.doc.clientID) !== clockAfterEdit(seq)) {
      throw new Error(`edit ${seq} of client ${this.#index} did not take exactly one clock step`)
    }
  }

  /** Moves the cursor along a circle; awareness sends the whole local state each time. */
  moveCursor(cursors: CursorLedger): void {
    const sentAt = sharedNow()
    cursors.recordSend(sentAt)
    const angle = sentAt / 1000 + this.#index
    const cursor: CursorState = {
      x: Math.round(Math.cos(angle) * 500),
      y: Math.round(Math.sin(angle) * 500),
      sentAt,
    }
    this.provider.awareness.setLocalStateField('cursor', cursor)
  }

  destroy(): void {
    this.#closing = true
    this.provider.destroy()
    this.doc.destroy()
  }
}
