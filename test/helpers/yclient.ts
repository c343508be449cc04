// Clients of the realtime endpoint for tests: the stock y-websocket provider as a browser would
// use it, and a raw WebSocket for what no well-behaved client sends.
import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import type { CreateBoardResponse } from '../../shared/api.ts'
import { until } from './waitFor.ts'

/** Where a server listens (RunningServer, or an in-process server). */
export interface ServerAddress {
  url: string
  wsUrl: string
}

/** Creates a board through the public API. */
export async function createBoard(
  server: ServerAddress,
  body: Record<string, unknown> = {},
): Promise<CreateBoardResponse> {
  const res = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (res.status !== 201) throw new Error(`creating a board answered ${res.status}`)
  return (await res.json()) as CreateBoardResponse
}

export interface YClient {
  doc: Y.Doc
  provider: WebsocketProvider
  /** Resolves once the provider synced with the server (now, if it already has). */
  synced(): Promise<void>
  /** Resolves once `predicate(doc)` holds, checked after every update of the doc. */
  until(predicate: (doc: Y.Doc) => boolean, what: string): Promise<void>
  destroy(): void
}

/**
 * Connects the stock y-websocket client, as the browser does. `disableBc` is essential: two
 * providers in one process would otherwise sync through BroadcastChannel and fake the result.
 */
export function connectClient(
  server: ServerAddress,
  boardId: string,
  token: string,
  doc: Y.Doc = new Y.Doc(),
): YClient {
  const provider = new WebsocketProvider(`${server.wsUrl}/yjs`, boardId, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
  })
  return {
    doc,
    provider,
    synced: () => until(provider, 'sync', () => provider.synced, `${boardId} to sync`),
    until: (predicate, what) => until(doc, 'update', () => predicate(doc), what),
    destroy: () => provider.destroy(),
  }
}

/** Connects and waits for the first sync. */
export async function syncedClient(
  server: ServerAddress,
  boardId: string,
  token: string,
  doc?: Y.Doc,
): Promise<YClient> {
  const client = connectClient(server, boardId, token, doc)
  await client.synced()
  return client
}

export interface CloseInfo {
  code: number
  reason: string
}

export interface RawClient {
  ws: WebSocket
  /** Every frame received, in order. */
  received: Uint8Array[]
  /** 101 once the socket opened, or the HTTP status the upgrade was refused with. */
  outcome: Promise<number>
  /** Resolves when the socket closed after opening (never, when the upgrade was refused). */
  closed: Promise<CloseInfo>
}

/** A raw WebSocket to `/yjs/<boardId>`, for refused upgrades and hostile frames. */
export function rawClient(server: ServerAddress, boardId: string, token?: string): RawClient {
  const query = token === undefined ? '' : `?token=${encodeURIComponent(token)}`
  return rawClientAt(server, `/yjs/${boardId}${query}`)
}

/** A raw WebSocket to any path of the server. */
export function rawClientAt(server: ServerAddress, path: string): RawClient {
  const ws = new WebSocket(`${server.wsUrl}${path}`)
  const received: Uint8Array[] = []
  ws.on('message', (data: Buffer) => received.push(new Uint8Array(data)))
  const outcome = new Promise<number>((resolve, reject) => {
    ws.once('open', () => resolve(101))
    ws.once('unexpected-response', (req, res) => {
      resolve(res.statusCode ?? 0)
      req.destroy()
    })
    ws.on('error', reject)
  })
  const closed = new Promise<CloseInfo>((resolve) => {
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() }))
  })
  return { ws, received, outcome, closed }
}
