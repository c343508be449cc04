import { STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'

/** Path prefix of the realtime document endpoint: `/yjs/<boardId>?token=<token>`. */
export const SYNC_PATH_PREFIX = '/yjs/'
/** Upgrades under this prefix belong to the control plane (socket.io); the sync server ignores them. */
export const CONTROL_PATH_PREFIX = '/socket.io'

/** Board ids the server generates are [0-9a-z]; anything outside this is refused unread. */
const BOARD_ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/

/** What an upgrade request asks for, judged from its URL alone. */
export type UpgradeTarget =
  | { kind: 'sync'; boardId: string; token: string | null }
  | { kind: 'control' }
  | { kind: 'unknown' }

/** Classifies an upgrade URL (`req.url`, path and query). */
export function parseUpgradeUrl(rawUrl: string | undefined): UpgradeTarget {
  let url: URL
  try {
    url = new URL(rawUrl ?? '/', 'http://localhost')
  } catch {
    return { kind: 'unknown' }
  }
  const path = url.pathname
  if (path === CONTROL_PATH_PREFIX || path.startsWith(`${CONTROL_PATH_PREFIX}/`)) {
    return { kind: 'control' }
  }
  if (!path.startsWith(SYNC_PATH_PREFIX)) return { kind: 'unknown' }
  let boardId: string
  try {
    boardId = decodeURIComponent(path.slice(SYNC_PATH_PREFIX.length))
  } catch {
    return { kind: 'unknown' }
  }
  if (!BOARD_ID_PATTERN.test(boardId)) return { kind: 'unknown' }
  const token = url.searchParams.get('token')
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
