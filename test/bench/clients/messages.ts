import type { Workload } from '../presets.ts'

/** How the clients frame their messages: plain y-websocket, or Hocuspocus' multiplexed frames. */
export type WireProtocol = 'y-websocket' | 'hocuspocus'

/** What the bench process tells one client process: where to connect and which clients it runs. */
export interface ClientConfig {
  serverUrl: string
  room: string
  params: Record<string, string>
  protocol: WireProtocol
  workload: Workload
  /** Global indices [from, to) of the clients this process runs, out of `workload.clients`. */
  from: number
  to: number
}

/**
 * The bench process drives every client process through the same phases. Times are on the
 * shared clock (`clock.ts`), so every process applies the same window.
 */
export type ToClients =
  /** Create the clients and connect them; answered with `connected`. */
  | { type: 'start'; config: ClientConfig }
  /** Every process has connected: start edits and cursors. */
  | { type: 'load' }
  /** Edits and cursors sent in [start, end) count; edits stop at `end`. Answered with `sent`. */
  | { type: 'window'; start: number; end: number }
  /**
   * The last counted edit of every sender (−1: none), by global index; answered with `drained`
   * once every client of this process has seen all of them.
   */
  | { type: 'expect'; lastCounted: number[] }
  /** Stop recording, stop the load, answer with `result` and exit. */
  | { type: 'finish' }

export type FromClients =
  | { type: 'connected'; connectMs: number }
  /** The window ended; the last counted edit of each of this process' senders (−1: none). */
  | { type: 'sent'; lastCounted: { sender: number; seq: number }[] }
  | { type: 'drained' }
  | { type: 'result'; result: ProcessResult }
  | { type: 'error'; message: string }

/** What one client process saw. Times are on the shared clock, in milliseconds. */
export interface ProcessResult {
  clients: number
  /** Send time of every edit of this process' senders, by global sender index and seq. */
  sends: { sender: number; sentAt: Float64Array }[]
  /**
   * Flat groups of five: receiver, sender, first seq, last seq, time. A receiver saw the edits
   * first…last of that sender at that time (Yjs applies one sender's edits in order, so seeing
   * edit q means having every earlier one). Only groups that may hold a counted edit.
   */
  receipts: Float64Array
  /** Cursor updates this process sent inside the window. */
  cursorsSent: number
  /** Latency of every cursor update sent in the window, to every observer that saw it. */
  cursorLatencies: Float64Array
  /** Times a client's connection closed during the run (each one reconnects on its own). */
  disconnects: number
  /** SHA-1 of each client's encoded state vector after the drain, for the convergence check. */
  stateHashes: string[]
  /** Lateness of each 5 ms tick of the load timer in the window: this process' own lag. */
  lagSamples: Float64Array
  /** Edits and cursor updates not sent because this process fell behind (whole run). */
  skipped: { edits: number; cursors: number }
}
