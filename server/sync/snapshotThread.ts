// The snapshot worker's entry (a worker_threads worker, see SnapshotWorker): builds compaction
// snapshots off the main thread, one request at a time, in the order they arrive.
import { parentPort, threadId } from 'node:worker_threads'
import { buildSnapshot } from './buildSnapshot.ts'
import type { SnapshotReply, SnapshotRequest } from './SnapshotWorker.ts'

const port = parentPort
if (port === null) throw new Error('snapshotThread runs as a worker thread only')

port.on('message', (request: SnapshotRequest) => {
  let reply: SnapshotReply
  try {
    const started = performance.now()
    const built = buildSnapshot(request.snapshot, request.updates)
    reply = { id: request.id, ...built, threadId, buildMs: performance.now() - started }
  } catch (err) {
    reply = { id: request.id, error: err instanceof Error ? err.message : String(err) }
  }
  const transfer = 'snapshot' in reply ? [reply.snapshot.buffer as ArrayBuffer] : []
  port.postMessage(reply, transfer)
})
