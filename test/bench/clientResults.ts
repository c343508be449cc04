import type { FleetRun } from './clientFleet.ts'
import { joinDeliveries } from './deliveries.ts'
import { summarize, type LatencySummary } from './latency.ts'
import type { Workload } from './presets.ts'

/** What the clients of one run saw, all client processes together. Times in ms. */
export interface ClientRunResult {
  clients: number
  /** Client processes the clients were split over. */
  processes: number
  /** From the first connection attempt until every client had synced (slowest process). */
  connectMs: number
  /** Edits sent inside the measured window. */
  editsSent: number
  /** Clients that apply the edits they receive (see `Workload.editObservers`). */
  editObservers: number
  /** Every counted edit at every other client. */
  expectedDeliveries: number
  /** Of those, received before the drain ended. */
  deliveries: number
  editLatency: LatencySummary | null
  /** Cursor updates sent inside the window, and their latency to every observer that saw them. */
  cursorsSent: number
  cursorLatency: LatencySummary | null
  /** Times a client's connection closed during the run (each one reconnects on its own). */
  disconnects: number
  /** Clients applying edits whose document state equals the most common one after the drain. */
  converged: number
  /** Length of the window on the shared clock. */
  windowMs: number
  /** How late the 5 ms load timers fired in the window, all processes' ticks together. */
  lagP99Ms: number
  /** The same for the most lagging process alone. */
  lagWorstProcessP99Ms: number
  lagMaxMs: number
  /** Edits and cursor updates not sent because a client process fell behind (whole run). */
  skipped: { edits: number; cursors: number }
}

/** Joins what every client process reported into the numbers of the table. */
export function combineResults(run: FleetRun, workload: Workload): ClientRunResult {
  const { results } = run
  const { clients, editObservers } = workload
  const deliveries = joinDeliveries(
    clients,
    results.flatMap((r) => r.sends),
    results.map((r) => r.receipts),
    run.windowStart,
    run.windowEnd,
  )
  const pooledLag = summarize(concat(results.map((r) => r.lagSamples)))
  const hashes = new Map<string, number>()
  for (const hash of results.flatMap((r) => r.stateHashes)) {
    hashes.set(hash, (hashes.get(hash) ?? 0) + 1)
  }
  return {
    clients: results.reduce((sum, r) => sum + r.clients, 0),
    processes: results.length,
    connectMs: run.connectMs,
    editsSent: deliveries.editsSent,
    editObservers: Math.min(clients, editObservers),
    expectedDeliveries: deliveries.expected,
    deliveries: deliveries.delivered,
    editLatency: summarize(deliveries.latencies),
    cursorsSent: results.reduce((sum, r) => sum + r.cursorsSent, 0),
    cursorLatency: summarize(concat(results.map((r) => r.cursorLatencies))),
    disconnects: results.reduce((sum, r) => sum + r.disconnects, 0),
    converged: Math.max(0, ...hashes.values()),
    windowMs: run.windowEnd - run.windowStart,
    lagP99Ms: pooledLag?.p99 ?? 0,
    lagWorstProcessP99Ms: Math.max(0, ...results.map((r) => summarize(r.lagSamples)?.p99 ?? 0)),
    lagMaxMs: pooledLag?.max ?? 0,
    skipped: {
      edits: results.reduce((sum, r) => sum + r.skipped.edits, 0),
      cursors: results.reduce((sum, r) => sum + r.skipped.cursors, 0),
    },
  }
}

function concat(arrays: Float64Array[]): Float64Array {
  const out = new Float64Array(arrays.reduce((n, a) => n + a.length, 0))
  let at = 0
  for (const a of arrays) {
    out.set(a, at)
    at += a.length
  }
  return out
}
