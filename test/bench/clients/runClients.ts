import { performance } from 'node:perf_hooks'
import * as Y from 'yjs'
import { summarize } from '../latency.ts'
import { sleep, withTimeout } from '../timeout.ts'
import { BenchClient } from './BenchClient.ts'
import { CursorLedger } from './CursorLedger.ts'
import { EditLedger } from './EditLedger.ts'
import { startLoad } from './load.ts'
import type { ClientConfig, ClientRunResult, FromClients } from './messages.ts'

const BATCH_SYNC_TIMEOUT_MS = 20_000
const DRAIN_POLL_MS = 20

/**
 * The whole client side of one run: fill the room, warm up, measure, drain, check convergence.
 * `report` announces the window's start and end so the bench process can sample the server.
 */
export async function runClients(
  config: ClientConfig,
  report: (message: FromClients) => void,
): Promise<ClientRunResult> {
  const workload = config.workload
  const edits = new EditLedger(workload.clients)
  const cursors = new CursorLedger()
  const clients = Array.from(
    { length: workload.clients },
    (_, i) => new BenchClient(i, config, edits, cursors, i < workload.cursorObservers),
  )
  try {
    const connectStart = performance.now()
    for (let i = 0; i < clients.length; i += workload.connectBatch) {
      const batch = clients.slice(i, i + workload.connectBatch)
      for (const client of batch) client.connect()
      await withTimeout(
        Promise.all(batch.map((c) => c.whenSynced())),
        BATCH_SYNC_TIMEOUT_MS,
        `sync of clients ${i}–${i + batch.length - 1}`,
      )
    }
    const connectMs = performance.now() - connectStart
    report({ type: 'connected', connectMs })

    const load = startLoad(clients, edits, cursors, workload)
    await sleep(workload.warmupSeconds * 1000)

    load.recordLag()
    edits.counting = true
    cursors.windowStart = performance.now()
    report({ type: 'measure-start' })
    await sleep(workload.durationSeconds * 1000)
    edits.counting = false
    cursors.windowEnd = performance.now()
    load.stopEdits()
    const lag = summarize(load.lagSamples())
    report({ type: 'measure-end' })

    const drainEnd = performance.now() + workload.drainSeconds * 1000
    while (!edits.complete() && performance.now() < drainEnd) await sleep(DRAIN_POLL_MS)
    edits.close()
    load.stop()

    return {
      clients: clients.length,
      connectMs,
      editsSent: edits.countedEdits,
      expectedDeliveries: edits.expectedDeliveries,
      deliveries: edits.deliveries,
      editLatency: summarize(edits.latencies),
      cursorsSent: cursors.sent,
      cursorLatency: summarize(cursors.latencies),
      disconnects: clients.reduce((sum, c) => sum + c.disconnects, 0),
      converged: largestAgreeingGroup(clients),
      windowMs: cursors.windowEnd - cursors.windowStart,
      lagP99Ms: lag?.p99 ?? 0,
      lagMaxMs: lag?.max ?? 0,
      skipped: load.skipped(),
    }
  } finally {
    for (const client of clients) client.destroy()
  }
}

/** How many clients hold the most common document state (equal state vectors). */
function largestAgreeingGroup(clients: BenchClient[]): number {
  const groups = new Map<string, number>()
  for (const client of clients) {
    const key = Buffer.from(Y.encodeStateVector(client.doc)).toString('base64')
    groups.set(key, (groups.get(key) ?? 0) + 1)
  }
  return Math.max(0, ...groups.values())
}
