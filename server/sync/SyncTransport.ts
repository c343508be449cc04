/**
 * What a Connection needs of the wire under it: a WebSocket in the server
 * (`WebSocketTransport`), an in-memory pipe in tests, so that the real Room runs over either.
 * Frames from the peer reach the room through whoever owns the transport (`SyncServer` reads
 * the socket and calls `Room.receive`), not through this interface.
 */
export interface SyncTransport {
  /** Whether frames can still go out: the peer has not closed and nobody started closing. */
  readonly isOpen: boolean
  /** Bytes handed to `send` that have not left yet (how far behind the peer reads). */
  readonly bufferedAmount: number
  /** Sends one binary frame; the same buffer may go to many transports and is not modified. */
  send(frame: Uint8Array): void
  /** Starts the closing handshake with a close code and reason. */
  close(code: number, reason: string): void
  /** Drops the peer without a handshake. */
  terminate(): void
  /** Stops reading frames from the peer until `resume` (the peer's writes back up). */
  pause(): void
  resume(): void
  /** Holds back what is sent until `uncork`, so that several frames leave in one write. */
  cork(): void
  uncork(): void
  /** Asks the peer for a sign of life; it answers with a 'pong'. */
  ping(): void
  /** 'pong': the peer answered a ping; 'close': the transport closed, by either side. */
  on(event: 'pong' | 'close', listener: () => void): void
  off(event: 'pong' | 'close', listener: () => void): void
}
