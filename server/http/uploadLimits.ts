import type { UploadLimits } from '../config.ts'
import { HttpError } from './errors.ts'

const HOUR_MS = 60 * 60 * 1000
/** Above this many remembered addresses, expired ones are swept before a new one is added. */
const SWEEP_ABOVE = 1000

/** Which limit refused an upload, in the `details.limit` of the error for programs. */
export type UploadLimitName =
  | 'concurrent_per_address'
  | 'concurrent_total'
  | 'address_bytes_per_hour'
  | 'board_bytes'
  | 'image_bytes'
  | 'image_pixels'

/** The error for a limit: 413, 429 or 507 with `details: { limit, max }`. */
export function uploadLimitError(
  status: 413 | 429 | 507,
  code: string,
  message: string,
  limit: UploadLimitName,
  max: number,
  headers: Record<string, string> = {},
): HttpError {
  return new HttpError(status, code, message, { limit, max }, headers)
}

/**
 * The in-memory, per-process side of the upload limits: uploads under way (per client address
 * and in total) and bytes received per address in the current hour. The per-board quota lives in
 * the store, which knows every board's images. Time is passed in, so tests need no clock.
 */
export class UploadGate {
  readonly #limits: UploadLimits
  readonly #running = new Map<string, number>()
  #total = 0
  readonly #hourly = new Map<string, { start: number; bytes: number }>()

  constructor(limits: UploadLimits) {
    this.#limits = limits
  }

  /** Takes a slot for an upload from `address`, or throws 429; call the result exactly once. */
  enter(address: string): () => void {
    const mine = this.#running.get(address) ?? 0
    if (mine >= this.#limits.concurrentPerAddress) {
      throw uploadLimitError(
        429,
        'too_many_uploads',
        `At most ${this.#limits.concurrentPerAddress} uploads at a time from one address; wait for one to finish.`,
        'concurrent_per_address',
        this.#limits.concurrentPerAddress,
        { 'Retry-After': '1' },
      )
    }
    if (this.#total >= this.#limits.concurrentTotal) {
      throw uploadLimitError(
        429,
        'server_busy',
        'The server is receiving as many uploads as it takes at once; try again in a moment.',
        'concurrent_total',
        this.#limits.concurrentTotal,
        { 'Retry-After': '1' },
      )
    }
    this.#running.set(address, mine + 1)
    this.#total++
    let released = false
    return () => {
      if (released) return
      released = true
      this.#total--
      const left = (this.#running.get(address) ?? 1) - 1
      if (left > 0) this.#running.set(address, left)
      else this.#running.delete(address)
    }
  }

  /** Throws 429 when `bytes` more would exceed the address's bytes for this hour. */
  checkBudget(address: string, bytes: number, now: number): void {
    const used = this.#window(address, now)?.bytes ?? 0
    if (used + bytes <= this.#limits.addressBytesPerHour) return
    const start = this.#window(address, now)?.start ?? now
    const seconds = Math.max(1, Math.ceil((start + HOUR_MS - now) / 1000))
    throw uploadLimitError(
      429,
      'upload_quota_exceeded',
      `This address uploaded ${this.#limits.addressBytesPerHour} bytes of images this hour, as much as it may; try again later.`,
      'address_bytes_per_hour',
      this.#limits.addressBytesPerHour,
      { 'Retry-After': String(seconds) },
    )
  }

  /** Counts bytes received from an address (an upload refused after reading counts too). */
  spend(address: string, bytes: number, now: number): void {
    const window = this.#window(address, now)
    if (window) {
      window.bytes += bytes
      return
    }
    if (this.#hourly.size >= SWEEP_ABOVE) this.#sweep(now)
    this.#hourly.set(address, { start: now, bytes })
  }

  /** Uploads under way, for tests and diagnostics. */
  get running(): number {
    return this.#total
  }

  #window(address: string, now: number): { start: number; bytes: number } | undefined {
    const window = this.#hourly.get(address)
    if (window && now - window.start >= HOUR_MS) {
      this.#hourly.delete(address)
      return undefined
    }
    return window
  }

  #sweep(now: number): void {
    for (const [address, window] of this.#hourly) {
      if (now - window.start >= HOUR_MS) this.#hourly.delete(address)
    }
  }
}
