import type * as Y from 'yjs'
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type RawData, type WebSocket } from 'ws'
import { answerSubprotocol, tokenFromSubprotocols } from '../../shared/protocol/syncToken.ts'
import type { Access, AccessDecision, RightRevoked } from '../access/Access.ts'
import type { Config } from '../config.ts'
import type { Logger } from '../log.ts'
import type { Right } from '../../shared/rights.ts'
import type { BoardStore } from '../store/BoardStore.ts'
import { Connection } from './Connection.ts'
import {
  CLOSE_ACCESS_REVOKED,
  CLOSE_GOING_AWAY,
  CLOSE_UNSUPPORTED_DATA,
} from '../../shared/protocol/sync.ts'
import { RoomRegistry } from './RoomRegistry.ts'
import { WebSocketTransport } from './WebSocketTransport.ts'
import { parseUpgradeUrl, rejectUpgrade } from './upgrade.ts'

/** How long `close()` waits for clients to answer the closing handshake before dropping them. */
export const SHUTDOWN_GRACE_MS = 1000

export interface SyncServerDeps {
  store: BoardStore
  config: Config
  log: Logger
  /** Decides each upgrade, and tells this plane when a right's token was replaced. */
  access: Access
}

/**
 * The realtime document endpoint: y-websocket protocol at `/yjs/:id?token=…`. A thin shell
 * around the rooms: it authorises upgrades, turns sockets into Connections, pings them, and
 * shuts everything down in order. What happens to a message is decided in Room.
 */
export class SyncServer {
  readonly #access: Access
  readonly #log: Logger
  readonly #config: Config
  readonly #wss: WebSocketServer
  readonly #registry: RoomRegistry
  readonly #connections = new Set<Connection>()
  readonly #unsubscribe: () => void
  readonly #pingTimer: ReturnType<typeof setInterval>
  #closing: Promise<void> | null = null

  constructor({ store, config, log, access }: SyncServerDeps) {
    this.#access = access
    this.#log = log
    this.#config = config
    this.#registry = new RoomRegistry({ store, config, log })
    this.#wss = new WebSocketServer({
      noServer: true,
      maxPayload: config.maxMessageBytes,
      clientTracking: false,
      perMessageDeflate: false,
      // Answer with the plain name, never with the token the client offered beside it.
      handleProtocols: answerSubprotocol,
    })
    this.#pingTimer = setInterval(() => this.#ping(), config.pingIntervalMs)
    this.#pingTimer.unref()
    this.#unsubscribe = access.onRevoked((revoked) => this.#revoked(revoked))
  }

  /**
   * Takes an HTTP upgrade for `/yjs/<id>`: with a token that grants a right on that board (in the
   * `werkraum.token.<token>` subprotocol, or `?token=` for third-party clients; the subprotocol
   * wins) it becomes a connection; everything else is answered with a plain HTTP error (401,
   * 404, 503) before any document content could be sent. Origins and per-address limits are
   * checked before, by the server's upgrade gate (server/edge/UpgradeGate.ts).
   */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    // First of all: an error on a socket without a listener would end the process.
    const onSocketError = (err: Error): void => this.#log.info('upgrade socket error', { err })
    socket.on('error', onSocketError)
    const target = parseUpgradeUrl(req.url)
    if (target.kind !== 'sync') return rejectUpgrade(socket, 404)
    if (this.#closing !== null) return rejectUpgrade(socket, 503)
    const token = tokenFromSubprotocols(req.headers['sec-websocket-protocol']) ?? target.token
    const { boardId } = target
    this.#authorize(boardId, token)
      .then((outcome) => {
        if (typeof outcome === 'number') return rejectUpgrade(socket, outcome)
        if (this.#closing !== null) return rejectUpgrade(socket, 503)
        if (socket.destroyed) return
        this.#wss.handleUpgrade(req, socket, head, (ws) => {
          socket.off('error', onSocketError)
          this.#accept(ws, boardId, outcome)
        })
      })
      .catch((err: unknown) => {
        this.#log.error('upgrade failed', { boardId, err })
        socket.destroy()
      })
  }

  /** Stops accepting, closes every connection (1001), stores and compacts every room. */
  close(): Promise<void> {
    this.#closing ??= this.#shutdown()
    return this.#closing
  }

  /**
   * Changes a board's document on the server's behalf (a board renamed over HTTP): stored, then
   * applied and relayed to everyone in its room, like an update from a client (see
   * RoomRegistry.changeDocument). Rejects while the server shuts down.
   */
  changeDocument(boardId: string, change: (doc: Y.Doc) => void): Promise<void> {
    if (this.#closing !== null) return Promise.reject(new Error('server closing'))
    return this.#registry.changeDocument(boardId, change)
  }

  /** Rooms in memory and open connections, for health and metrics. */
  stats(): { rooms: number; connections: number } {
    return { rooms: this.#registry.size, connections: this.#connections.size }
  }

  /**
   * A right's token was replaced: closes the board's connections that hold `right`, with a close
   * code that tells the stock client not to reconnect.
   */
  #revoked({ boardId, right }: RightRevoked): void {
    const room = this.#registry.get(boardId)
    if (room === undefined) return
    for (const conn of room.connections) {
      if (conn.right === right) conn.close(CLOSE_ACCESS_REVOKED, 'access revoked')
    }
  }

  /**
   * The right a token grants on a board, or the HTTP status to refuse with: 401 without a token
   * or with one that opens nothing there, 404 for an unknown board, 503 when storage cannot be
   * read.
   */
  async #authorize(boardId: string, token: string | null): Promise<Right | number> {
    let decision: AccessDecision
    try {
      decision = await this.#access.decide(boardId, token)
    } catch (err) {
      this.#log.error('could not check access', { boardId, err })
      return 503
    }
    if (decision.granted) return decision.right
    return decision.refusal === 'board_not_found' ? 404 : 401
  }

  #accept(ws: WebSocket, boardId: string, right: Right): void {
    const conn = new Connection(new WebSocketTransport(ws), boardId, right, this.#log, this.#config)
    ws.on('error', (err) => this.#log.warn('connection error', conn.logFields({ err })))
    if (this.#closing !== null) {
      conn.close(CLOSE_GOING_AWAY, 'server shutting down')
      return
    }
    this.#connections.add(conn)
    const room = this.#registry.join(boardId, conn)
    ws.on('message', (data, isBinary) => {
      if (isBinary) return room.receive(conn, toBytes(data))
      this.#log.warn('closing connection: text frame', conn.logFields())
      conn.close(CLOSE_UNSUPPORTED_DATA, 'binary frames only')
    })
    ws.on('pong', () => {
      conn.alive = true
    })
    ws.on('close', () => {
      this.#connections.delete(conn)
      this.#registry.leave(room, conn)
    })
  }

  /** A connection that did not answer the previous ping is dead (laptop lid, lost network). */
  #ping(): void {
    for (const conn of this.#connections) {
      if (!conn.alive) {
        this.#log.info('dropping unresponsive connection', conn.logFields())
        conn.terminate()
        continue
      }
      conn.alive = false
      try {
        conn.transport.ping()
      } catch {
        conn.terminate()
      }
    }
  }

  async #shutdown(): Promise<void> {
    clearInterval(this.#pingTimer)
    this.#unsubscribe()
    const closed = [...this.#connections].map((conn) => conn.closed)
    for (const conn of this.#connections) conn.close(CLOSE_GOING_AWAY, 'server shutting down')
    await this.#registry.closeAll()
    let grace: ReturnType<typeof setTimeout> | undefined
    await Promise.race([
      Promise.all(closed),
      new Promise((resolve) => (grace = setTimeout(resolve, SHUTDOWN_GRACE_MS))),
    ])
    clearTimeout(grace)
    for (const conn of this.#connections) conn.terminate()
    this.#wss.close()
  }
}

/** `ws` hands binary frames over as one Buffer (binaryType 'nodebuffer'), rarely otherwise. */
function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data)
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data
}
