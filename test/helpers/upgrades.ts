// Upgrade requests as an attacker or a foreign page sends them: over plain TCP (any path, any
// header, reset at will), or as a WebSocket with chosen headers and subprotocols.
import type { IncomingMessage } from 'node:http'
import net from 'node:net'
import WebSocket from 'ws'
import type { ServerAddress } from './yclient.ts'

export interface TcpUpgrade {
  socket: net.Socket
  /** Resolves with the server's answer so far once its first bytes arrived. */
  answered: Promise<string>
  /** Resolves once the server closed the connection (or it was reset). */
  closed: Promise<void>
}

/** Sends a WebSocket upgrade request for `path` over a raw TCP connection to `port`. */
export function tcpUpgrade(
  port: number,
  path: string,
  headers: Record<string, string> = {},
): TcpUpgrade {
  const socket = net.connect(port, '127.0.0.1')
  // The server may reset it; that is an outcome, not a failure of the test.
  socket.on('error', () => {})
  let answer = ''
  const answered = new Promise<string>((resolve) => {
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString('latin1')
      resolve(answer)
    })
  })
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()))
  const lines = [
    `GET ${path} HTTP/1.1`,
    'Host: 127.0.0.1',
    'Connection: Upgrade',
    'Upgrade: websocket',
    'Sec-WebSocket-Version: 13',
    'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ]
  socket.write(`${lines.join('\r\n')}\r\n\r\n`)
  return { socket, answered, closed }
}

/** The HTTP status line's code in a raw answer (`HTTP/1.1 404 Not Found` → 404). */
export function statusOf(answer: string): number {
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)
}

export interface WsUpgrade {
  ws: WebSocket
  /** 101 once the socket opened, or the HTTP status the upgrade was refused with. */
  outcome: Promise<number>
  /** The server's answer to the handshake (101 or refusal), headers included. */
  response: Promise<IncomingMessage>
  /** Frames received (a refused upgrade receives none). */
  received: Buffer[]
  /** Resolves once an opened socket closed. */
  closed: Promise<void>
}

export interface WsUpgradeOptions {
  /** Request headers: Origin, X-Forwarded-For. */
  headers?: Record<string, string>
  protocols?: string[]
  /** The client's own address, another loopback address (127.0.0.2) to be another client. */
  localAddress?: string
}

/** A WebSocket to `path` with the given request headers, subprotocols and source address. */
export function wsUpgrade(
  server: ServerAddress,
  path: string,
  options: WsUpgradeOptions = {},
): WsUpgrade {
  const ws = new WebSocket(`${server.wsUrl}${path}`, options.protocols ?? [], {
    headers: options.headers ?? {},
    ...(options.localAddress === undefined ? {} : { localAddress: options.localAddress }),
  })
  const received: Buffer[] = []
  ws.on('message', (data: Buffer) => received.push(data))
  let answered: (res: IncomingMessage) => void = () => {}
  const response = new Promise<IncomingMessage>((resolve) => (answered = resolve))
  ws.once('upgrade', (res) => answered(res))
  const outcome = new Promise<number>((resolve, reject) => {
    ws.once('open', () => resolve(101))
    ws.once('unexpected-response', (req, res) => {
      answered(res)
      resolve(res.statusCode ?? 0)
      req.destroy()
    })
    ws.on('error', reject)
  })
  const closed = new Promise<void>((resolve) => ws.once('close', () => resolve()))
  return { ws, outcome, response, received, closed }
}
