// What the fuzz test reads from the server process from outside: liveness, memory, health,
// and how many updates its store has appended for a board.
import { readFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import Database from 'better-sqlite3'
import { SQLITE_FILE_NAME } from '../../server/store/index.ts'
import type { RunningServer } from './startServer.ts'

/** How long /healthz may take to answer before the server counts as hung. */
export const HEALTH_TIMEOUT_MS = 5000

/**
 * Resident memory of a process in MiB (VmRSS of /proc/<pid>/status; Linux), or null when the
 * process is gone or exiting (a zombie has no VmRSS).
 */
export function residentMiB(pid: number): number | null {
  let status: string
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8')
  } catch {
    return null
  }
  const kib = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)
  return kib === null ? null : Number(kib[1]) / 1024
}

/** Whether the server process still runs (it has not exited or been killed). */
export function isRunning(server: RunningServer): boolean {
  return server.child.exitCode === null && server.child.signalCode === null
}

/** The status /healthz answers with, or a description of why it did not answer. */
export async function healthStatus(server: RunningServer): Promise<number | string> {
  try {
    const res = await fetch(`${server.url}/healthz`, {
      signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS),
    })
    await res.arrayBuffer()
    return res.status
  } catch (err) {
    return `no answer (${err instanceof Error ? err.message : String(err)})`
  }
}

/**
 * The sequence number of the last update the store appended for a board (it survives
 * compaction in the snapshot's upto_seq, so it counts every append ever). Read through a
 * read-only connection beside the server's (SQLite in WAL mode allows it).
 */
export function lastStoredSeq(dataDir: string, boardId: string): number {
  const db = new Database(path.join(dataDir, SQLITE_FILE_NAME), {
    readonly: true,
    fileMustExist: true,
  })
  try {
    const row = db
      .prepare<[string, string], { seq: number }>(
        `SELECT max(
           coalesce((SELECT max(seq) FROM updates WHERE board_id = ?), 0),
           coalesce((SELECT upto_seq FROM snapshots WHERE board_id = ?), 0)
         ) AS seq`,
      )
      .get(boardId, boardId)
    return row?.seq ?? 0
  } finally {
    db.close()
  }
}

/**
 * Sends a raw HTTP upgrade request for `requestPath`, waits until the server answered it or
 * took it (a /healthz round trip later), then resets the TCP connection: the way a dropped
 * network ends a half-open upgrade.
 */
export async function resetUpgrade(server: RunningServer, requestPath: string): Promise<void> {
  const socket = net.connect(server.port, '127.0.0.1')
  socket.on('error', () => {})
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve)
    socket.once('error', reject)
  })
  socket.write(
    `GET ${requestPath} HTTP/1.1\r\n` +
      `Host: 127.0.0.1:${server.port}\r\n` +
      'Connection: Upgrade\r\n' +
      'Upgrade: websocket\r\n' +
      'Sec-WebSocket-Version: 13\r\n' +
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n' +
      '\r\n',
  )
  // No event says that the server read the request; a request on another connection that
  // it answered after this one was written is the next best thing.
  await healthStatus(server)
  if (!socket.destroyed) socket.resetAndDestroy()
}
