import { seededRandom } from './peers.ts'

/**
 * The seeded source of every choice a fuzz run makes, so that a failing run replays from its
 * seed alone. Wraps the project's mulberry32 (`seededRandom`) with the draws a generator needs.
 */
export class FuzzRandom {
  readonly seed: number
  readonly #next: () => number

  constructor(seed: number) {
    this.seed = seed >>> 0
    this.#next = seededRandom(this.seed)
  }

  /** A float in [0, 1). */
  next(): number {
    return this.#next()
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.#next() * (max - min + 1))
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.#next() < p
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[Math.floor(this.#next() * items.length)]!
  }

  /** `length` random bytes. */
  bytes(length: number): Uint8Array {
    const out = new Uint8Array(length)
    for (let i = 0; i < length; i++) out[i] = Math.floor(this.#next() * 256)
    return out
  }

  /** A lowercase [a-z0-9] string, for ids and keys. */
  word(length: number): string {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
    let out = ''
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.#next() * alphabet.length)]
    return out
  }

  /** A Yjs client id in [1, 2^32 - 1], as Yjs draws them. */
  clientId(): number {
    return this.int(1, 0xffffffff)
  }

  /** An independent stream for a sub-task, so adding draws in one place does not shift others. */
  fork(): FuzzRandom {
    return new FuzzRandom(this.int(0, 0xffffffff))
  }
}

/** Shuffles `items` in place with `random`. */
export function shuffleInPlace<T>(items: T[], random: FuzzRandom): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(0, i)
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
  return items
}
