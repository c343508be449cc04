// The server's end of an in-memory pipe between a test's peer and the real Room: a
// SyncTransport (the interface the server's WebSocketTransport also implements) whose frames go
// into a queue the test delivers when and in what order it chooses. Not a stand-in for the Room
// or the Connection: both are the server's own, only the wire is a list.
import type { SyncTransport } from '../../server/sync/SyncTransport.ts'

type TransportEvent = 'pong' | 'close'

/** Why the server closed a transport. */
export interface ServerClose {
  code: number
  reason: string
}

export class MemoryTransport implements SyncTransport {
  /** Frames the server sent that the peer has not received yet, oldest first. */
  readonly toPeer: Uint8Array[] = []
  /** Set once the server closed (or dropped) this transport. */
  serverClose: ServerClose | null = null
  /** Whether the server stopped reading from the peer (see `resumed`). */
  paused = false
  /** Pings the peer has not answered yet (the test answers them with `pong`). */
  pings = 0
  #open = true
  #resume: (() => void) | null = null
  readonly #listeners = new Map<TransportEvent, Set<() => void>>()
  /** Told when the server sends or closes, so the test can record it. */
  readonly #onSend: (frame: Uint8Array) => void

  constructor(onSend: (frame: Uint8Array) => void = () => {}) {
    this.#onSend = onSend
  }

  get isOpen(): boolean {
    return this.#open
  }

  /** The bytes sent that the peer has not received: what a socket's send buffer would hold. */
  get bufferedAmount(): number {
    return this.toPeer.reduce((sum, frame) => sum + frame.byteLength, 0)
  }

  send(frame: Uint8Array): void {
    if (!this.#open) return
    this.#onSend(frame)
    this.toPeer.push(frame)
  }

  close(code: number, reason: string): void {
    if (!this.#open) return
    this.#open = false
    this.serverClose = { code, reason }
  }

  terminate(): void {
    this.close(1006, 'terminated')
  }

  pause(): void {
    this.paused = true
  }

  resume(): void {
    this.paused = false
    this.#resume?.()
    this.#resume = null
  }

  /** Resolves when the server reads from the peer again. */
  resumed(): Promise<void> {
    if (!this.paused) return Promise.resolve()
    return new Promise((resolve) => (this.#resume = resolve))
  }

  /** Nothing to coalesce in memory: the frames are in the queue in the order they were sent. */
  cork(): void {}

  uncork(): void {}

  ping(): void {
    this.pings++
  }

  /** The peer answers the oldest ping. */
  pong(): void {
    if (this.pings === 0) return
    this.pings--
    this.#emit('pong')
  }

  /**
   * The pipe is gone, whoever closed it: frames in flight are lost, the server hears 'close'
   * (as `ws` emits it once the socket is closed).
   */
  closed(): void {
    this.#open = false
    this.toPeer.length = 0
    this.#emit('close')
    this.#listeners.clear()
  }

  on(event: TransportEvent, listener: () => void): void {
    let listeners = this.#listeners.get(event)
    if (listeners === undefined) this.#listeners.set(event, (listeners = new Set()))
    listeners.add(listener)
  }

  off(event: TransportEvent, listener: () => void): void {
    this.#listeners.get(event)?.delete(listener)
  }

  #emit(event: TransportEvent): void {
    for (const listener of [...(this.#listeners.get(event) ?? [])]) listener()
  }
}
