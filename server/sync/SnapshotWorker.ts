import { Worker } from 'node:worker_threads'
import type { BuiltSnapshot } from './buildSnapshot.ts'

/** What the main thread asks the snapshot worker for: a board's stored form, to be compacted. */
export interface SnapshotRequest {
  id: number
  snapshot: Uint8Array | null
  updates: Uint8Array[]
}

/** The worker's answer: the snapshot with where and how long it was built, or why it failed. */
export type SnapshotReply =
  | (BuiltSnapshot & { id: number; threadId: number; buildMs: number })
  | { id: number; error: string }

/** A snapshot built in the worker, with the worker's thread id and its time in ms. */
export type WorkerSnapshot = BuiltSnapshot & { threadId: number; buildMs: number }

interface Job {
  resolve(built: WorkerSnapshot): void
  reject(err: Error): void
}

/**
 * The worker's entry. From the TypeScript sources (development, tests) it is `snapshotThread.ts`
 * beside this file; in the bundle (`vite build --ssr`, see vite.config.ts) this module is part
 * of dist/server/main.js and the entry is dist/server/snapshotThread.js beside it.
 */
function workerEntry(): URL {
  const fromSources = import.meta.url.endsWith('.ts')
  return new URL(`./snapshotThread.${fromSources ? 'ts' : 'js'}`, import.meta.url)
}

function spawn(): Worker {
  const entry = workerEntry()
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry)
  // Node 20 does not hand tsx's loader (from `--import tsx`, or vitest's) on to workers:
  // register it in the worker first, then load the TypeScript entry.
  const tsx = import.meta.resolve('tsx/esm/api')
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}) })`
  return new Worker(boot, { eval: true, execArgv: [] })
}

/**
 * Builds compaction snapshots in one worker thread for the whole process, so the event loop
 * never decodes and encodes a whole board to compact it (tens of milliseconds for a few MB,
 * during which nobody's edits are relayed and /healthz does not answer). Requests are
 * answered in order. The worker starts on first use, keeps the process alive only while it has
 * work, and is started again after a crash.
 */
export class SnapshotWorker {
  #worker: Worker | null = null
  readonly #jobs = new Map<number, Job>()
  #nextId = 1

  /**
   * Builds the snapshot of a board's stored form (its snapshot, then its updates in order). The
   * buffers are moved to the worker where possible: the caller must not use them afterwards.
   */
  build(snapshot: Uint8Array | null, updates: Uint8Array[]): Promise<WorkerSnapshot> {
    const worker = (this.#worker ??= this.#start())
    const id = this.#nextId++
    return new Promise<WorkerSnapshot>((resolve, reject) => {
      this.#jobs.set(id, { resolve, reject })
      if (this.#jobs.size === 1) worker.ref()
      const request: SnapshotRequest = { id, snapshot, updates }
      try {
        worker.postMessage(request, transferable([snapshot, ...updates]))
      } catch (err) {
        this.#settled(id, worker)
        reject(err instanceof Error ? err : new Error(String(err)))
      }
    })
  }

  /** Stops the worker; requests still open fail. */
  async close(): Promise<void> {
    const worker = this.#worker
    this.#worker = null
    await worker?.terminate()
  }

  #start(): Worker {
    const worker = spawn()
    worker.unref()
    worker.on('message', (reply: SnapshotReply) => {
      const job = this.#jobs.get(reply.id)
      if (job === undefined) return
      this.#settled(reply.id, worker)
      if ('error' in reply) job.reject(new Error(`snapshot worker: ${reply.error}`))
      else job.resolve(reply)
    })
    const fail = (err: Error): void => {
      if (this.#worker === worker) this.#worker = null
      const jobs = [...this.#jobs.values()]
      this.#jobs.clear()
      for (const job of jobs) job.reject(err)
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`snapshot worker exited (${code})`)))
    return worker
  }

  #settled(id: number, worker: Worker): void {
    this.#jobs.delete(id)
    if (this.#jobs.size === 0) worker.unref()
  }
}

/**
 * The buffers that may be moved to the worker instead of copied (a 4 MB snapshot costs
 * milliseconds to copy): those that span their whole ArrayBuffer. A smaller view may share its
 * ArrayBuffer with unrelated data (Node's Buffer pool): moving it would take that away. The
 * request's buffers are not used after the request, as they are read for it alone.
 */
function transferable(buffers: Array<Uint8Array | null>): ArrayBuffer[] {
  const whole = new Set<ArrayBuffer>()
  for (const buffer of buffers) {
    if (buffer === null || !(buffer.buffer instanceof ArrayBuffer)) continue
    if (buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength) {
      whole.add(buffer.buffer)
    }
  }
  return [...whole]
}

/** The process's snapshot worker, shared by every room. */
export const snapshotWorker = new SnapshotWorker()
