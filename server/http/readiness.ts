import { open, rm, statfs } from 'node:fs/promises'
import path from 'node:path'
import type { RequestHandler } from 'express'
import type { Logger } from '../log.ts'
import type { BoardStore } from '../store/BoardStore.ts'
import { sendError } from './errors.ts'

/** How long one probe's verdict is reused: a load balancer polling every second costs one
 * SQLite commit and one small file write every few seconds, not one per poll. */
export const READY_PROBE_CACHE_MS = 3000
/** Below this much free space in DATA_DIR the server stops taking new work: the next images
 * and updates would fail half-way. */
export const READY_MIN_FREE_BYTES = 16 * 1024 * 1024
/** The probe file in DATA_DIR, rewritten by each probe. */
export const READY_PROBE_FILE = '.readyz-probe'

/** Why the server is not ready, as `error` of the 503 answer. */
export type NotReady = 'draining' | 'storage_unwritable' | 'disk_full'

export type Verdict = { ready: true } | { ready: false; reason: NotReady; message: string }

export interface ReadinessDeps {
  store: BoardStore
  dataDir: string
  log: Logger
  now?: () => number
}

/**
 * Readiness (`GET /readyz`): whether this instance should get new work. Liveness (`/healthz`)
 * only says the process runs; readiness writes for real (a commit to the store, a file in
 * DATA_DIR, enough free space), because a full or read-only disk leaves the process alive but
 * unable to keep what people draw. Draining (SIGTERM) is not ready either.
 */
export class Readiness {
  readonly #deps: ReadinessDeps
  readonly #now: () => number
  #draining = false
  #cached: { at: number; verdict: Verdict } | null = null
  #probing: Promise<Verdict> | null = null

  constructor(deps: ReadinessDeps) {
    this.#deps = deps
    this.#now = deps.now ?? Date.now
  }

  /** From now on not ready: the process is shutting down. */
  drain(): void {
    this.#draining = true
  }

  /** The current verdict: probed at most once per READY_PROBE_CACHE_MS, one probe at a time. */
  async check(): Promise<Verdict> {
    if (this.#draining) {
      return { ready: false, reason: 'draining', message: 'The server is shutting down.' }
    }
    const now = this.#now()
    if (this.#cached && now - this.#cached.at < READY_PROBE_CACHE_MS) return this.#cached.verdict
    this.#probing ??= this.#probe().then((verdict) => {
      this.#cached = { at: this.#now(), verdict }
      this.#probing = null
      return verdict
    })
    return this.#probing
  }

  async #probe(): Promise<Verdict> {
    const { store, dataDir, log } = this.#deps
    try {
      await store.probeWrite(new Date(this.#now()))
      await writeProbeFile(path.join(dataDir, READY_PROBE_FILE))
    } catch (err) {
      const full = isFull(err)
      log.warn('not ready: storage refuses writes', { err })
      return full
        ? { ready: false, reason: 'disk_full', message: 'The server has no space left to store.' }
        : {
            ready: false,
            reason: 'storage_unwritable',
            message: 'The server cannot write to its storage.',
          }
    }
    const free = await freeBytes(dataDir)
    if (free !== null && free < READY_MIN_FREE_BYTES) {
      log.warn('not ready: data directory almost full', { free })
      return {
        ready: false,
        reason: 'disk_full',
        message: `Less than ${READY_MIN_FREE_BYTES} bytes are free for storage.`,
      }
    }
    return { ready: true }
  }
}

/** Writes, fsyncs and removes a small file: proves the directory takes new data. */
async function writeProbeFile(file: string): Promise<void> {
  const handle = await open(file, 'w', 0o600)
  try {
    await handle.writeFile(`${Date.now()}\n`)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rm(file, { force: true })
}

async function freeBytes(dir: string): Promise<number | null> {
  try {
    const stats = await statfs(dir)
    return stats.bavail * stats.bsize
  } catch {
    return null // a file system that cannot say: the write probe decides alone
  }
}

function isFull(err: unknown): boolean {
  for (let e: unknown = err; e; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code
    if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') return true
  }
  return false
}

/** `GET /readyz`: 200 `{"ready":true}`, or 503 with the reason as `error`. Never cached. */
export function readyz(readiness: Readiness): RequestHandler {
  return async (_req, res) => {
    const verdict = await readiness.check()
    if (verdict.ready) {
      res.set('Cache-Control', 'no-store').json({ ready: true })
      return
    }
    sendError(res, 503, { error: verdict.reason, message: verdict.message })
  }
}
