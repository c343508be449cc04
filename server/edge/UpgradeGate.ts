import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'
import type { Duplex } from 'node:stream'
import type { Config } from '../config.ts'
import type { Logger } from '../log.ts'
import { parseUpgradeUrl, rejectUpgrade } from '../sync/upgrade.ts'
import { addressGroup, clientAddress, compileTrustProxy, type TrustProxy } from './clientAddress.ts'
import { ConnectionLimits } from './ConnectionLimits.ts'
import { originCheck, type OriginCheck } from './origin.ts'

/**
 * An upgrade that nobody has answered after this long is closed: a request should be answered
 * within a token lookup, and a socket held open without an answer costs a file descriptor.
 */
export const UPGRADE_ANSWER_TIMEOUT_MS = 1000

/** One of the two planes that take upgrades: the sync server (/yjs) and socket.io. */
export interface UpgradeHandler {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void
}

export interface UpgradeGateDeps {
  config: Config
  log: Logger
  sync: UpgradeHandler
  control: UpgradeHandler
}

/**
 * The one listener for the HTTP server's `upgrade` event. Every upgraded socket passes here
 * first: it gets an error listener before anything else (an error on a socket without one would
 * end the process), a deadline for its answer, a path that belongs to exactly one plane (or 404),
 * the origin check (403) and the per-address limits (429), all before either plane sees it.
 */
export class UpgradeGate {
  readonly #log: Logger
  readonly #sync: UpgradeHandler
  readonly #control: UpgradeHandler
  readonly #originAllowed: OriginCheck
  readonly #trustProxy: TrustProxy
  readonly #limits: ConnectionLimits

  constructor({ config, log, sync, control }: UpgradeGateDeps) {
    this.#log = log
    this.#sync = sync
    this.#control = control
    this.#originAllowed = originCheck(config.allowedOrigins, config.publicUrl)
    this.#trustProxy = compileTrustProxy(config.trustProxy)
    this.#limits = new ConnectionLimits(
      config.maxConnectionsPerAddress,
      config.maxBoardConnectionsPerAddress,
    )
  }

  /** Handles one `upgrade` event of the HTTP server. */
  readonly handle = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // Stays for the socket's life, beside the planes' own listeners; only errors before an
    // answer are worth a line (later ones are a closed laptop or a lost network, every day).
    socket.on('error', (err: Error & { code?: string }) => {
      if (bytesWritten(socket) > 0) return
      this.#log.info('upgrade socket error', { code: err.code ?? err.message })
    })
    this.#closeIfUnanswered(socket)
    try {
      this.#admit(req, socket, head)
    } catch (err) {
      // A throw here would reach the HTTP server's emit and end the process.
      this.#log.error('upgrade failed', { err })
      socket.destroy()
    }
  }

  #admit(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const target = parseUpgradeUrl(req.url)
    if (target.kind === 'unknown') return rejectUpgrade(socket, 404)
    if (!this.#originAllowed(req.headers.origin, req.headers.host)) {
      return rejectUpgrade(socket, 403)
    }
    const peer = clientAddress(req, this.#trustProxy)
    // Reset before it was read: nothing to answer.
    if (peer === null) return void socket.destroy()
    const address = addressGroup(peer)
    const admitted = this.#limits.admit(address, target.kind === 'sync' ? target.boardId : null)
    if (typeof admitted === 'string') {
      this.#log.warn('realtime connection limit reached', { address, limit: admitted })
      return rejectUpgrade(socket, 429)
    }
    socket.once('close', admitted)
    if (target.kind === 'sync') this.#sync.handleUpgrade(req, socket, head)
    else this.#control.handleUpgrade(req, socket, head)
  }

  /**
   * Destroys the socket if nothing has been written to it (no 101, no refusal) in time. Once
   * answered, the plane that took it (ping, close handshake) or the refusal closes it.
   */
  #closeIfUnanswered(socket: Duplex): void {
    const timer = setTimeout(() => {
      if (socket.destroyed || bytesWritten(socket) > 0) return
      this.#log.info('closing an unanswered upgrade')
      socket.destroy()
    }, UPGRADE_ANSWER_TIMEOUT_MS)
    socket.once('close', () => clearTimeout(timer))
  }
}

/** The HTTP server's upgrades come on net (or tls) sockets; bytes written = answered. */
function bytesWritten(socket: Duplex): number {
  return (socket as Partial<Socket>).bytesWritten ?? 0
}
