import { Worker, type ResourceLimits } from 'node:worker_threads'
import {
  WORKER_READY,
  type ExportReply,
  type ExportRequest,
  type ImportReply,
  type ImportRequest,
  type WorkerReply,
  type WorkerRequest,
} from './exportMessages.ts'

/** Limits of the export workers (EXPORT_* variables, see server/config.ts). */
export interface ExportPoolLimits {
  /** Exports written at the same time, one worker thread each (EXPORT_CONCURRENCY). */
  concurrency: number
  /** Exports that may wait for a worker; one more is refused (EXPORT_QUEUE_MAX). */
  queueMax: number
  /** Longest an export may run before its worker is stopped (EXPORT_TIMEOUT_MS). */
  timeoutMs: number
  /** Heap of one worker, in MB (EXPORT_MEMORY_MB): past it the worker dies, not the server. */
  memoryMb: number
}

/** The queue is full: answered 503 with Retry-After. */
export class ExportQueueFull extends Error {
  constructor(readonly waiting: number) {
    super(`${waiting} exports are waiting already`)
    this.name = 'ExportQueueFull'
  }
}

/** The export ran past the time limit; its worker was stopped. */
export class ExportTimedOut extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the export ran longer than ${timeoutMs} ms`)
    this.name = 'ExportTimedOut'
  }
}

/** The worker died while writing the export (out of memory, a crash); it is started anew. */
export class ExportCrashed extends Error {
  constructor(reason: string) {
    super(`the export worker stopped: ${reason}`)
    this.name = 'ExportCrashed'
  }
}

/** Starts one worker thread running the export entry. */
export type SpawnExportThread = (resourceLimits: ResourceLimits) => Worker

/** A request as the caller gives it: the pool numbers it. */
type Unnumbered<R> = R extends { id: number } ? Omit<R, 'id'> : never

interface Job {
  request: Unnumbered<WorkerRequest>
  resolve(reply: WorkerReply): void
  reject(err: Error): void
}

interface Slot {
  worker: Worker | null
  /** The worker has loaded its modules (it says so once): its exports' time runs from then. */
  ready: boolean
  job: (Job & { id: number; timer: NodeJS.Timeout | null }) | null
}

/**
 * Runs exports in worker threads, `concurrency` at a time, each worker one export at a time, so
 * a long export never stalls a room's event loop and a stuck or crashed one can be stopped
 * alone (its worker is terminated and started again for the next export). Exports beyond the
 * workers wait in a bounded queue, in order; a full queue refuses at once. Idle workers do not
 * keep the process alive.
 */
export class ExportPool {
  readonly #limits: ExportPoolLimits
  readonly #spawn: SpawnExportThread
  readonly #slots: Slot[]
  readonly #queue: Job[] = []
  #nextId = 1
  #closed = false

  constructor(limits: ExportPoolLimits, spawn: SpawnExportThread = spawnExportThread) {
    this.#limits = limits
    this.#spawn = spawn
    this.#slots = Array.from({ length: Math.max(1, limits.concurrency) }, () => ({
      worker: null,
      ready: false,
      job: null,
    }))
  }

  /** Exports waiting for a worker now. */
  get waiting(): number {
    return this.#queue.length
  }

  /**
   * Writes one export; resolves with the worker's reply (a file or why not). Rejects with
   * ExportQueueFull, ExportTimedOut or ExportCrashed.
   */
  run(request: Unnumbered<ExportRequest>): Promise<ExportReply> {
    return this.#run(request) as Promise<ExportReply>
  }

  /**
   * Builds a new board from an imported file (parsing, checking, building and encoding a large
   * board takes seconds); the same queue and limits as exports.
   */
  runImport(request: Unnumbered<ImportRequest>): Promise<ImportReply> {
    return this.#run(request) as Promise<ImportReply>
  }

  #run(request: Unnumbered<WorkerRequest>): Promise<WorkerReply> {
    if (this.#closed) return Promise.reject(new ExportCrashed('the server is shutting down'))
    const free = this.#slots.find((slot) => slot.job === null)
    if (free === undefined && this.#queue.length >= this.#limits.queueMax) {
      return Promise.reject(new ExportQueueFull(this.#queue.length))
    }
    return new Promise<WorkerReply>((resolve, reject) => {
      const job: Job = { request, resolve, reject }
      if (free) this.#start(free, job)
      else this.#queue.push(job)
    })
  }

  /** Stops every worker; exports running or waiting fail. */
  async close(): Promise<void> {
    this.#closed = true
    const waiting = this.#queue.splice(0)
    for (const job of waiting) job.reject(new ExportCrashed('the server is shutting down'))
    await Promise.all(
      this.#slots.map(async (slot) => {
        const worker = slot.worker
        slot.worker = null
        this.#fail(slot, new ExportCrashed('the server is shutting down'))
        await worker?.terminate()
      }),
    )
  }

  #start(slot: Slot, job: Job): void {
    const id = this.#nextId++
    const worker = (slot.worker ??= this.#startWorker(slot))
    slot.job = { ...job, id, timer: null }
    // Loading the formats (fonts, PDF and PNG writers) takes a new worker a while; that is not
    // the export's time.
    if (slot.ready) this.#startClock(slot, worker)
    worker.ref()
    try {
      const request = { ...job.request, id } as WorkerRequest
      worker.postMessage(request, transferable(request))
    } catch (err) {
      this.#fail(slot, err instanceof Error ? err : new Error(String(err)))
    }
  }

  /** The time limit of the slot's export, from now. */
  #startClock(slot: Slot, worker: Worker): void {
    const job = slot.job
    if (job === null || job.timer !== null) return
    job.timer = setTimeout(() => {
      // A format busy in a loop never yields: only stopping its thread ends it.
      slot.worker = null
      void worker.terminate()
      this.#fail(slot, new ExportTimedOut(this.#limits.timeoutMs))
    }, this.#limits.timeoutMs)
  }

  #startWorker(slot: Slot): Worker {
    const worker = this.#spawn({ maxOldGenerationSizeMb: this.#limits.memoryMb })
    slot.ready = false
    worker.unref()
    worker.on('message', (reply: WorkerReply | typeof WORKER_READY) => {
      if (reply === WORKER_READY) {
        if (slot.worker !== worker) return
        slot.ready = true
        this.#startClock(slot, worker)
        return
      }
      const job = slot.job
      if (slot.worker !== worker || job === null || job.id !== reply.id) return
      if (job.timer !== null) clearTimeout(job.timer)
      slot.job = null
      job.resolve(reply)
      this.#next(slot)
    })
    const died = (reason: string): void => {
      if (slot.worker !== worker) return
      slot.worker = null
      this.#fail(slot, new ExportCrashed(reason))
    }
    worker.on('error', (err) => died(err.message))
    worker.on('exit', (code) => died(`exit code ${code}`))
    return worker
  }

  /** Fails the slot's export, if any, and hands the slot the next one waiting. */
  #fail(slot: Slot, err: Error): void {
    const job = slot.job
    if (job === null) return
    if (job.timer !== null) clearTimeout(job.timer)
    slot.job = null
    job.reject(err)
    this.#next(slot)
  }

  #next(slot: Slot): void {
    const job = this.#closed ? undefined : this.#queue.shift()
    if (job) this.#start(slot, job)
    else slot.worker?.unref()
  }
}

/**
 * An import's bytes move to the worker instead of being copied, when they are all of their
 * buffer (a Buffer from Node's pool shares its buffer with other data: it is copied).
 */
function transferable(request: WorkerRequest): ArrayBuffer[] {
  if (request.kind !== 'import' || !('bytes' in request.source)) return []
  const { bytes } = request.source
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
  return whole && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : []
}

/**
 * The worker's entry. This module must stay out of the worker's imports: the bundle would put it
 * in a chunk of its own under dist/server/assets/, where this relative URL finds no entry.
 * From the TypeScript sources (development, tests) it is `exportThread.ts`
 * beside this file; in the bundle (`vite build --ssr`, see vite.config.ts) this module is part of
 * dist/server/main.js and the entry is dist/server/exportThread.js beside it.
 */
function spawnExportThread(resourceLimits: ResourceLimits): Worker {
  const fromSources = import.meta.url.endsWith('.ts')
  const entry = new URL(`./exportThread.${fromSources ? 'ts' : 'js'}`, import.meta.url)
  if (!fromSources) return new Worker(entry, { resourceLimits })
  // Node 20 does not hand tsx's loader on to workers: register it in the worker first (as the
  // snapshot worker does), then load the TypeScript entry.
  const tsx = import.meta.resolve('tsx/esm/api')
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}) })`
  return new Worker(boot, { eval: true, execArgv: [], resourceLimits })
}
