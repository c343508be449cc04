// The export worker's entry (a worker_threads worker, see ExportPool): loads a stored board and
// writes one export at a time, or builds a new board from an imported file, so neither ever
// runs on the realtime event loop.
import { readFile } from 'node:fs/promises'
import { setPriority } from 'node:os'
import path from 'node:path'
import { parentPort } from 'node:worker_threads'
import { SchemaTooNewError } from '../../shared/schema/migrations.ts'
import { ASSET_HASH } from '../assets/assetFiles.ts'
import {
  WORKER_READY,
  type ExportFailureKind,
  type ExportReply,
  type ExportRequest,
  type WorkerRequest,
} from './exportMessages.ts'
import { buildImport } from './importJob.ts'
import { EXPORT_WRITERS, ExportRefused } from './formats.ts'
import { loadExportDoc } from './loadExportDoc.ts'
import './index.ts'

const port = parentPort
if (port === null) throw new Error('exportThread runs as a worker thread only')

/**
 * How much this thread defers to the rest of the process (a nice value, 0 to 19): an export takes
 * seconds of CPU, and on a small server it would otherwise take them from the event loop that
 * relays edits. On Linux, setpriority of "process 0" sets the calling thread alone, so the rooms
 * keep their priority. Where the system does not allow it, exports run at the normal priority.
 */
const EXPORT_THREAD_NICE = 10
try {
  setPriority(0, EXPORT_THREAD_NICE)
} catch {
  // Not permitted here (a container without the capability): the same work, unniced.
}

// Every module is loaded (the registry with its fonts and writers): the pool's clock may run.
port.postMessage(WORKER_READY)

port.on('message', (request: WorkerRequest) => {
  if (request.kind === 'import') {
    void buildImport(request).then((reply) => {
      const transfer = reply.ok
        ? [reply.state, ...reply.images.map((image) => image.bytes)].map(
            (bytes) => bytes.buffer as ArrayBuffer,
          )
        : []
      port.postMessage(reply, [...new Set(transfer)])
    })
    return
  }
  void runExport(request).then((reply) => {
    port.postMessage(reply, reply.ok ? [reply.body.buffer as ArrayBuffer] : [])
  })
})

async function runExport(request: ExportRequest): Promise<ExportReply> {
  const { id } = request
  const writer = EXPORT_WRITERS[request.options.format]
  if (!writer) {
    return fail(id, 'refused', 'format_unavailable', 'no writer')
  }
  let doc
  try {
    doc = loadExportDoc({ ...request.stored, lastSeq: 0 })
  } catch (err) {
    if (err instanceof SchemaTooNewError) {
      return fail(id, 'schema_too_new', 'schema_too_new', err.message)
    }
    return fail(id, 'unreadable', 'board_unreadable', String(err))
  }
  // Only the board's own images: a hash of another board's image is not this board's.
  const allowed = new Set(request.assets.map((asset) => asset.hash))
  const started = performance.now()
  const headers: Record<string, string> = {}
  try {
    const written = await writer.write({
      doc,
      boardId: request.boardId,
      title: request.title,
      options: request.options,
      now: new Date(request.now),
      boardUrl: request.boardUrl,
      assets: request.assets,
      readAsset: async (hash) => {
        if (!ASSET_HASH.test(hash) || !allowed.has(hash)) return null
        return readFile(path.join(request.assetDir, hash)).catch(() => null)
      },
      header: (name, value) => {
        headers[name] = value
      },
    })
    // A view of a larger buffer (a Buffer from the pool) is copied, so only its bytes move.
    const body =
      written.byteOffset === 0 && written.byteLength === written.buffer.byteLength
        ? written
        : written.slice()
    return { id, kind: 'export', ok: true, body, ms: performance.now() - started, headers }
  } catch (err) {
    if (err instanceof ExportRefused) {
      return fail(id, 'refused', err.code, err.message)
    }
    const message = err instanceof Error ? (err.stack ?? err.message) : String(err)
    return fail(id, 'failed', 'export_failed', message)
  } finally {
    doc.destroy()
  }
}

function fail(id: number, failure: ExportFailureKind, code: string, message: string): ExportReply {
  return { id, kind: 'export', ok: false, failure, code, message }
}
