// One person's document speaking the y-websocket protocol the way the stock provider does, over
// whatever carries its frames (an in-memory pipe in the room fuzz test).
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { MESSAGE_AWARENESS, MESSAGE_SYNC } from '../../shared/protocol/sync.ts'

/**
 * A real Y.Doc with y-websocket's client behaviour (its `WebsocketProvider`, without timers):
 * on connecting it sends sync step 1, answers the server's step 1 with step 2 (which carries
 * what it changed offline), applies what arrives, and sends every local change as an update
 * while connected. Awareness is not this peer's business; it ignores what arrives of it.
 */
export class SyncPeer {
  readonly name: string
  readonly doc = new Y.Doc()
  #send: ((frame: Uint8Array) => void) | null = null

  constructor(name: string, clientId: number) {
    this.name = name
    this.doc.clientID = clientId
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      // What came from the server is not sent back (the provider is the origin of its applies).
      if (origin === this || this.#send === null) return
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, MESSAGE_SYNC)
      syncProtocol.writeUpdate(encoder, update)
      this.#send(encoding.toUint8Array(encoder))
    })
  }

  get connected(): boolean {
    return this.#send !== null
  }

  /** A new connection: from now on frames go to `send`, the first one sync step 1. */
  connect(send: (frame: Uint8Array) => void): void {
    this.#send = send
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MESSAGE_SYNC)
    syncProtocol.writeSyncStep1(encoder, this.doc)
    send(encoding.toUint8Array(encoder))
  }

  /** The connection is gone; local changes wait for the next one's sync. */
  disconnect(): void {
    this.#send = null
  }

  /** Handles a frame from the server, as the provider's message handlers do. */
  receive(frame: Uint8Array): void {
    const decoder = decoding.createDecoder(frame)
    const type = decoding.readVarUint(decoder)
    if (type === MESSAGE_AWARENESS) return
    if (type !== MESSAGE_SYNC) throw new Error(`${this.name}: unexpected message type ${type}`)
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MESSAGE_SYNC)
    syncProtocol.readSyncMessage(decoder, encoder, this.doc, this)
    if (encoding.length(encoder) > 1 && this.#send !== null) {
      this.#send(encoding.toUint8Array(encoder))
    }
  }
}
