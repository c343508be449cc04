import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'

/** Hocuspocus message types (`@hocuspocus/server` `MessageType`) that the bench needs. */
const SYNC = 0
const AWARENESS = 1
const AUTH = 2
const QUERY_AWARENESS = 3
/** A sync message that must not trigger another step 1; to a y-websocket client it is sync. */
const SYNC_REPLY = 4
const AUTH_TOKEN = 0

/** The part of a browser WebSocket that y-websocket's provider uses. */
interface WebSocketEventHandlers {
  onopen: ((event: unknown) => void) | null
  onmessage: ((event: { data: ArrayBuffer }) => void) | null
  onclose: ((event: { code: number; reason: string }) => void) | null
  onerror: ((event: unknown) => void) | null
}

/**
 * A WebSocket for the stock y-websocket provider (`WebSocketPolyfill`) that speaks Hocuspocus'
 * framing, so the same client code runs against all three servers. Hocuspocus multiplexes
 * documents over one socket: every frame starts with the document name, and a connection must
 * send an authentication frame before anything else counts. The provider's frames get the name
 * in front; the server's frames lose it, and those a y-websocket client does not know (auth
 * answers, sync status, stateless, ping) are dropped.
 */
export function hocuspocusSocketClass(documentName: string, token: string): unknown {
  return class HocuspocusSocket implements WebSocketEventHandlers {
    readonly CONNECTING = WebSocket.CONNECTING
    readonly OPEN = WebSocket.OPEN
    readonly CLOSING = WebSocket.CLOSING
    readonly CLOSED = WebSocket.CLOSED
    binaryType = 'arraybuffer'
    onopen: WebSocketEventHandlers['onopen'] = null
    onmessage: WebSocketEventHandlers['onmessage'] = null
    onclose: WebSocketEventHandlers['onclose'] = null
    onerror: WebSocketEventHandlers['onerror'] = null
    readonly #socket: WebSocket

    constructor(url: string) {
      this.#socket = new WebSocket(url)
      this.#socket.binaryType = 'nodebuffer'
      this.#socket.on('open', () => {
        const auth = encoding.createEncoder()
        encoding.writeVarString(auth, documentName)
        encoding.writeVarUint(auth, AUTH)
        encoding.writeVarUint(auth, AUTH_TOKEN)
        encoding.writeVarString(auth, token)
        this.#socket.send(encoding.toUint8Array(auth))
        this.onopen?.({})
      })
      this.#socket.on('message', (data: Buffer) => this.#receive(data))
      this.#socket.on('close', (code, reason) =>
        this.onclose?.({ code, reason: reason.toString() }),
      )
      this.#socket.on('error', (err) => this.onerror?.(err))
    }

    get readyState(): number {
      return this.#socket.readyState
    }

    send(message: Uint8Array): void {
      const framed = encoding.createEncoder()
      encoding.writeVarString(framed, documentName)
      encoding.writeUint8Array(framed, message)
      this.#socket.send(encoding.toUint8Array(framed))
    }

    close(): void {
      this.#socket.close()
    }

    #receive(data: Buffer): void {
      const frame = new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      const decoder = decoding.createDecoder(frame)
      decoding.readVarString(decoder)
      const bodyStart = decoder.pos
      const type = decoding.readVarUint(decoder)
      if (type !== SYNC && type !== SYNC_REPLY && type !== AWARENESS && type !== QUERY_AWARENESS) {
        return
      }
      const body = frame.slice(bodyStart)
      // Message types below 128 are one varUint byte, so the type can be rewritten in place.
      if (type === SYNC_REPLY) body[0] = SYNC
      this.onmessage?.({ data: body.buffer })
    }
  }
}
