import type { Duplex } from 'node:stream'
import { WebSocket } from 'ws'
import type { SyncTransport } from './SyncTransport.ts'

/** A Connection's transport over a `ws` WebSocket (the server's only one). */
export class WebSocketTransport implements SyncTransport {
  readonly #socket: WebSocket

  constructor(socket: WebSocket) {
    this.#socket = socket
  }

  get isOpen(): boolean {
    return this.#socket.readyState === WebSocket.OPEN
  }

  get bufferedAmount(): number {
    return this.#socket.bufferedAmount
  }

  send(frame: Uint8Array): void {
    this.#socket.send(frame)
  }

  close(code: number, reason: string): void {
    this.#socket.close(code, reason)
  }

  terminate(): void {
    this.#socket.terminate()
  }

  pause(): void {
    this.#socket.pause()
  }

  resume(): void {
    this.#socket.resume()
  }

  /**
   * `ws` writes each frame with a cork of its own inside; the outer one here, on the TCP socket,
   * makes several frames one write to the operating system.
   */
  cork(): void {
    this.#rawSocket()?.cork()
  }

  uncork(): void {
    this.#rawSocket()?.uncork()
  }

  ping(): void {
    this.#socket.ping()
  }

  on(event: 'pong' | 'close', listener: () => void): void {
    this.#socket.on(event, listener)
  }

  off(event: 'pong' | 'close', listener: () => void): void {
    this.#socket.off(event, listener)
  }

  /** The TCP socket under `ws` (its `_socket`: not in its typings, there since ws 1). */
  #rawSocket(): Duplex | undefined {
    return (this.#socket as unknown as { _socket?: Duplex | null })._socket ?? undefined
  }
}
