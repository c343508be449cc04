import { io, type Socket } from 'socket.io-client'
import type { Ack } from '../../../../shared/protocol/ack.ts'
import type {
  ControlClientEvents,
  ControlServerEvents,
} from '../../../../shared/protocol/events.ts'
import type { Presentation } from '../../../../shared/protocol/presentation.ts'
import type { LinkReplacedEvent } from '../../../../shared/protocol/session.ts'
import type { ViewRect } from '../../../../shared/protocol/viewRect.ts'
import { Listeners } from '../listeners.ts'

/** What the page shows about the control channel. */
export type ControlStatus = 'connecting' | 'connected' | 'reconnecting' | 'refused'

/** How long a command waits for the server's answer. */
const ACK_TIMEOUT_MS = 5000
/** A server that could not check the link (storage) is asked again after this long. */
const RETRY_UNAVAILABLE_MS = 5000

export interface ControlOptions {
  /** Server origin; this page's origin by default. */
  url?: string
}

/**
 * The board's control channel (socket.io): summon and presentation now, timer, voting and lock
 * later. Authenticates with the link's token; reconnects by itself after a network loss, never
 * after the server ended it (a rotated link).
 */
export class ControlConnection {
  status = $state<ControlStatus>('connecting')
  /** The link this page uses was replaced: the server ended this connection for good. */
  revoked = $state(false)
  /** This person is replacing their own link (the page reopens with the new one). */
  replacingOwnLink = $state(false)
  /** The running presentation, if any. */
  presentation = $state.raw<Presentation | null>(null)
  /** This connection's id, as the server names presenters. */
  you = $state<string | null>(null)

  readonly #socket: Socket<ControlServerEvents, ControlClientEvents>
  readonly #summonListeners = new Listeners<[view: ViewRect]>()
  readonly #presentationListeners = new Listeners<
    [next: Presentation | null, previous: Presentation | null]
  >()
  readonly #linkListeners = new Listeners<[event: LinkReplacedEvent]>()
  #retry: ReturnType<typeof setTimeout> | undefined

  constructor(boardId: string, token: string, options: ControlOptions = {}) {
    // WebSocket only, as the server: no long-polling session, and the auth payload travels
    // inside the socket, never in a URL.
    const settings = { auth: { boardId, token }, transports: ['websocket'] }
    this.#socket = options.url === undefined ? io(settings) : io(options.url, settings)
    const socket = this.#socket
    socket.on('connect', () => {
      this.status = 'connected'
    })
    socket.on('disconnect', (reason) => {
      // A server disconnect is final (rotation); anything else is retried by socket.io.
      this.status = reason === 'io server disconnect' ? 'refused' : 'reconnecting'
    })
    socket.on('connect_error', (err: Error & { data?: { code?: string } }) => {
      const code = err.data?.code
      if (code === undefined) return // network trouble: socket.io retries
      if (code === 'unavailable') {
        clearTimeout(this.#retry)
        this.#retry = setTimeout(() => socket.connect(), RETRY_UNAVAILABLE_MS)
        return
      }
      // The page opened with this token, so a refusal now means it was replaced meanwhile.
      this.status = 'refused'
      if (code === 'invalid_token') this.revoked = true
    })
    socket.on('session:state', (state) => {
      this.you = state.you
      this.#setPresentation(state.presentation)
    })
    socket.on('summoned', ({ view }) => {
      this.#summonListeners.emit(view)
    })
    socket.on('presentation:started', (presentation) => this.#setPresentation(presentation))
    socket.on('presentation:view', ({ view }) => {
      if (this.presentation) this.presentation = { ...this.presentation, view }
    })
    socket.on('presentation:stopped', () => this.#setPresentation(null))
    socket.on('access:revoked', () => {
      this.revoked = true
    })
    socket.on('link:replaced', (event) => {
      this.#linkListeners.emit(event)
    })
  }

  /** This person presents. */
  get presenting(): boolean {
    return this.presentation !== null && this.presentation.presenter === this.you
  }

  /** Calls `listener` whenever a facilitator brings everyone to a view; returns the unsubscribe. */
  onSummoned(listener: (view: ViewRect) => void): () => void {
    return this.#summonListeners.add(listener)
  }

  /**
   * Calls `listener` when a facilitator replaced the edit or view link (facilitators only hear
   * of it), with the new token. Returns the unsubscribe.
   */
  onLinkReplaced(listener: (event: LinkReplacedEvent) => void): () => void {
    return this.#linkListeners.add(listener)
  }

  /**
   * Calls `listener` when a presentation starts, changes presenter or stops (not when the
   * presenter's view moves: `presentation.view` is reactive for that). Returns the unsubscribe.
   */
  onPresentationChanged(
    listener: (next: Presentation | null, previous: Presentation | null) => void,
  ): () => void {
    return this.#presentationListeners.add(listener)
  }

  /** "Alle zu mir": everyone else jumps to `view`. */
  summon(view: ViewRect): Promise<Ack> {
    return this.#send('summon', { view })
  }

  /** Starts presenting `view`; `awareness` (my presence client id) lets the others name me. */
  startPresentation(view: ViewRect, awareness: number): Promise<Ack> {
    return this.#send('presentation:start', { view, awareness })
  }

  movePresentation(view: ViewRect): Promise<Ack> {
    return this.#send('presentation:view', { view })
  }

  stopPresentation(): Promise<Ack> {
    return this.#send('presentation:stop', {})
  }

  destroy(): void {
    clearTimeout(this.#retry)
    this.#summonListeners.clear()
    this.#presentationListeners.clear()
    this.#linkListeners.clear()
    this.#socket.disconnect()
  }

  #setPresentation(next: Presentation | null): void {
    const previous = this.presentation
    this.presentation = next
    if (previous?.presenter === next?.presenter) return
    this.#presentationListeners.emit(next, previous)
  }

  async #send<C extends keyof ControlClientEvents>(
    event: C,
    payload: Parameters<ControlClientEvents[C]>[0],
  ): Promise<Ack> {
    if (!this.#socket.connected) {
      return { ok: false, error: { code: 'unavailable', message: 'not connected' } }
    }
    // Typed loosely here: the command table in shared/ decides what each payload is.
    const timed = this.#socket.timeout(ACK_TIMEOUT_MS) as unknown as {
      emitWithAck(event: string, payload: unknown): Promise<Ack>
    }
    try {
      return await timed.emitWithAck(event, payload)
    } catch {
      return { ok: false, error: { code: 'unavailable', message: 'no answer from the server' } }
    }
  }
}
