import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { Server as Engine } from 'engine.io'
import { Server } from 'socket.io'
import { ackError, type Ack } from '../../shared/protocol/ack.ts'
import {
  CONTROL_COMMANDS,
  isControlCommand,
  type ControlCommand,
} from '../../shared/protocol/events.ts'
import { hasRight, type Right } from '../../shared/rights.ts'
import type { Access, RightRevoked } from '../access/Access.ts'
import type { OriginCheck } from '../edge/origin.ts'
import type { Logger } from '../log.ts'
import { authenticate } from './authenticate.ts'
import { COMMAND_HANDLERS, type CommandContext, type CommandHandler } from './commands.ts'
import { Presentations } from './Presentations.ts'
import { CONTROL_BURST, CONTROL_PER_SECOND, RateLimiter } from './RateLimiter.ts'
import { boardRoom, rightRoom } from './rooms.ts'
import type { ControlIo, ControlSocket } from './types.ts'
import '../validationMessages.ts'

/** Largest control message accepted; views and future facilitation payloads are tiny. */
const MAX_CONTROL_MESSAGE_BYTES = 16 * 1024

export interface ControlServerDeps {
  /** Decides each handshake, and tells this plane when a right's token was replaced. */
  access: Access
  log: Logger
  /** Which pages may connect (the same check as for /yjs). */
  originAllowed: OriginCheck
}

/**
 * The control plane: socket.io at its default path `/socket.io/`, over WebSockets only, on the
 * same HTTP server as the pages and `/yjs`. The server's upgrade gate hands it its upgrades
 * (`handleUpgrade`); there is no HTTP long-polling, so no session exists without a WebSocket and
 * the auth payload travels only inside it. Authenticates every connection with
 * `{ boardId, token }`, puts it into its board's room, and runs each command only after checking
 * rate, right and payload, in that order.
 */
export class ControlServer {
  readonly #io: ControlIo
  readonly #engine: Engine
  readonly #log: Logger
  readonly #presentations = new Presentations()
  readonly #unsubscribe: () => void

  constructor({ access, log, originAllowed }: ControlServerDeps) {
    this.#log = log
    // engine.io on its own rather than `io.attach(server)`, which would listen to every upgrade
    // of the HTTP server beside the gate and judge paths in its own way.
    this.#engine = new Engine({
      transports: ['websocket'],
      maxHttpBufferSize: MAX_CONTROL_MESSAGE_BYTES,
      // The gate checked the origin already; this keeps the engine safe wherever it is wired.
      // No CORS headers are ever sent: the browser app is served from here.
      allowRequest: (req, answer) => {
        const allowed = originAllowed(req.headers.origin, req.headers.host)
        answer(allowed ? null : 'origin not allowed', allowed)
      },
    })
    this.#engine.on('connection_error', (err: { code: number; message: string }) =>
      log.info('control: handshake refused', { code: err.code, message: err.message }),
    )
    this.#io = new Server({ serveClient: false })
    this.#io.bind(this.#engine)
    this.#io.use(authenticate(access, log))
    this.#io.on('connection', (socket) => this.#onConnection(socket))
    this.#unsubscribe = access.onRevoked((revoked) => this.#revoked(revoked))
  }

  /** Takes an upgrade of the control path (`/socket.io/…`), as the gate classified it. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.#engine.handleUpgrade(req, socket, head)
  }

  /**
   * A right's token was replaced. Every control connection that used the old one is told why it
   * ends, then disconnected (a server disconnect, which socket.io-client does not retry); then
   * the board's facilitators online hear the new link. Works through the adapter, so with
   * several instances it reaches theirs too.
   */
  #revoked({ boardId, right, replacement }: RightRevoked): void {
    const room = rightRoom(boardId, right)
    this.#io.to(room).emit('access:revoked', { right })
    this.#io.in(room).disconnectSockets()
    this.#announceLink(boardId, right, replacement)
  }

  /**
   * Tells the board's facilitators online the new token of a replaced link, so that each share
   * dialog offers the link that works (the server keeps only hashes: a facilitator who joined by
   * link knows only the links given to it). Never the facilitate token: its holders were just
   * disconnected, and the one who replaced it has it from the answer.
   */
  #announceLink(boardId: string, right: Right, token: string): void {
    if (right === 'facilitate') return
    this.#io.to(rightRoom(boardId, 'facilitate')).emit('link:replaced', { right, token })
  }

  /** Open control connections, for health and tests. */
  stats(): { connections: number; presentations: number } {
    return { connections: this.#io.of('/').sockets.size, presentations: this.#presentations.size }
  }

  /** Disconnects every client and stops accepting. */
  close(): Promise<void> {
    this.#unsubscribe()
    return new Promise((resolve) => {
      this.#io.disconnectSockets(true)
      void this.#io.close(() => resolve())
    })
  }

  #onConnection(socket: ControlSocket): void {
    const { boardId, right } = socket.data
    void socket.join([boardRoom(boardId), rightRoom(boardId, right)])
    const limiter = new RateLimiter(CONTROL_BURST, CONTROL_PER_SECOND)
    const ctx: CommandContext = {
      io: this.#io,
      socket,
      boardId,
      presentations: this.#presentations,
    }
    socket.emit('session:state', {
      you: socket.id,
      right,
      presentation: this.#presentations.get(boardId),
    })
    socket.onAny((event: unknown, ...args: unknown[]) => {
      const last = args.at(-1)
      const ack = typeof last === 'function' ? (last as (answer: Ack) => void) : null
      const answer = this.#dispatch(ctx, right, limiter, event, args[0])
      ack?.(answer)
    })
    socket.on('disconnect', () => {
      if (this.#presentations.leave(boardId, socket.id)) {
        this.#io.to(boardRoom(boardId)).emit('presentation:stopped', { reason: 'presenter_left' })
      }
    })
  }

  #dispatch(
    ctx: CommandContext,
    right: Right,
    limiter: RateLimiter,
    event: unknown,
    payload: unknown,
  ): Ack {
    if (!limiter.take()) return ackError('rate_limited', 'Too many events; slow down.')
    if (typeof event !== 'string' || !isControlCommand(event)) {
      return ackError('unknown_event', 'There is no such event.')
    }
    const command = CONTROL_COMMANDS[event]
    if (!hasRight(right, command.right)) {
      return ackError('forbidden', `This needs the ${command.right} right.`)
    }
    const parsed = command.payload.safeParse(payload)
    if (!parsed.success) {
      return ackError('invalid_payload', parsed.error.issues.map(describeIssue).join('; '))
    }
    try {
      return runCommand(event, ctx, parsed.data)
    } catch (err) {
      this.#log.error('control command failed', { event, boardId: ctx.boardId, err })
      return ackError('unavailable', 'The server could not do this.')
    }
  }
}

function runCommand(event: ControlCommand, ctx: CommandContext, payload: unknown): Ack {
  // The payload was parsed with this command's schema just before.
  const handler = COMMAND_HANDLERS[event] as CommandHandler<ControlCommand>
  return handler(ctx, payload as never)
}

function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  const where = issue.path.map(String).join('.')
  return where ? `${where}: ${issue.message}` : issue.message
}
