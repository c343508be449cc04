import type { LatencySummary } from '../latency.ts'
import type { Workload } from '../presets.ts'

/** What the bench process tells the client process: where to connect and what to do. */
export interface ClientConfig {
  serverUrl: string
  room: string
  params: Record<string, string>
  workload: Workload
}

export type ToClients = { type: 'start'; config: ClientConfig }

export type FromClients =
  | { type: 'connected'; connectMs: number }
  | { type: 'measure-start' }
  | { type: 'measure-end' }
  | { type: 'result'; result: ClientRunResult }
  | { type: 'error'; message: string }

/** What the clients saw; times in milliseconds on the client process' monotonic clock. */
export interface ClientRunResult {
  clients: number
  /** From the first connection attempt until every client had synced. */
  connectMs: number
  /** Edits sent inside the measured window. */
  editsSent: number
  /** editsSent × (clients − 1): every other client must see every edit. */
  expectedDeliveries: number
  /** Of those, received before the drain ended. */
  deliveries: number
  editLatency: LatencySummary | null
  /** Cursor updates sent inside the window, and their latency to every client that saw them. */
  cursorsSent: number
  cursorLatency: LatencySummary | null
  /** Times a client's connection closed during the run (each one reconnects on its own). */
  disconnects: number
  /** Clients whose document state equals the most common one after the drain. */
  converged: number
  /** Length of the window on the client process' clock: longer than asked when it lagged. */
  windowMs: number
  /** How late the load timer fired in the window: the client process' own lag. */
  lagP99Ms: number
  lagMaxMs: number
  /** Edits and cursor updates not sent because the client process fell behind (whole run). */
  skipped: { edits: number; cursors: number }
}
