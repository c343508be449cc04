import { STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'
import { SYNC_PATH_PREFIX } from '../../shared/protocol/sync.ts'

/**
 * The control plane's (socket.io's) path, as engine.io computes it from socket.io's default
 * `/socket.io` (a trailing slash added). engine.io takes an upgrade as its own exactly when the
 * raw `req.url` starts with it, unparsed and unnormalised; the classification below uses the
 * same test, so that no upgrade is claimed by both planes or by neither.
 */
export const CONTROL_PATH = '/socket.io/'

/** Board ids the server generates are [0-9a-z]; anything outside this is refused unread. */
const BOARD_ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/

/** What an upgrade request asks for, judged from its URL alone. */
export type UpgradeTarget =
  | { kind: 'sync'; boardId: string; token: string | null }
  | { kind: 'control' }
  | { kind: 'unknown' }

/**
 * Classifies an upgrade by its raw request target (`req.url`, path and query). Nothing is
 * decoded or normalised: `/x/../yjs/<id>`, `/yjs/%61` or `/socket.io` (no slash) are unknown, as
 * they are to every client Werkraum knows.
 */
export function parseUpgradeUrl(rawUrl: string | undefined): UpgradeTarget {
  if (rawUrl === undefined) return { kind: 'unknown' }
  if (rawUrl.startsWith(CONTROL_PATH)) return { kind: 'control' }
  const queryAt = rawUrl.indexOf('?')
  const path = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt)
  if (!path.startsWith(SYNC_PATH_PREFIX)) return { kind: 'unknown' }
  const boardId = path.slice(SYNC_PATH_PREFIX.length)
  if (!BOARD_ID_PATTERN.test(boardId)) return { kind: 'unknown' }
  const query = queryAt === -1 ? '' : rawUrl.slice(queryAt + 1)
  const token = new URLSearchParams(query).get('token')
  return { kind: 'sync', boardId, token: token === '' ? null : token }
}

/**
 * Answers an upgrade with a plain HTTP error and closes the socket. Nothing of the board is
 * sent: the WebSocket never opens.
 */
export function rejectUpgrade(socket: Duplex, status: number): void {
  if (socket.destroyed) return
  const body = STATUS_CODES[status] ?? 'Error'
  socket.once('finish', () => socket.destroy())
  socket.end(
    `HTTP/1.1 ${status} ${body}\r\n` +
      'Connection: close\r\n' +
      'Content-Type: text/plain; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      '\r\n' +
      body,
  )
}
