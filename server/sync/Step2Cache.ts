/** Answers kept per room at most: a reconnect wave brings a handful of distinct state vectors. */
export const STEP2_CACHE_ENTRIES = 32
/** Bytes of answers kept per room at most; the newest answer is kept even when larger alone. */
export const STEP2_CACHE_BYTES = 16 * 1024 * 1024
/** State vectors longer than this are answered without caching (a key would cost as much). */
export const STEP2_CACHE_MAX_KEY_BYTES = 4096

/**
 * Sync step 2 answers by state vector, for one room, valid until its document changes (the
 * room clears it then). People who reconnect together after a network drop send the same
 * state vectors; each distinct one is encoded once. Least recently used answers go first.
 */
export class Step2Cache {
  readonly #answers = new Map<string, Uint8Array>()
  #bytes = 0

  /** The cached answer for `stateVector`, or the one `encode` makes (and which is kept). */
  answer(stateVector: Uint8Array, encode: () => Uint8Array): Uint8Array {
    if (stateVector.byteLength > STEP2_CACHE_MAX_KEY_BYTES) return encode()
    const key = Buffer.from(
      stateVector.buffer,
      stateVector.byteOffset,
      stateVector.byteLength,
    ).toString('latin1')
    const hit = this.#answers.get(key)
    if (hit !== undefined) {
      // Map order is insertion order: re-inserting marks it most recently used.
      this.#answers.delete(key)
      this.#answers.set(key, hit)
      return hit
    }
    const answer = encode()
    this.#answers.set(key, answer)
    this.#bytes += answer.byteLength
    for (const [oldKey, old] of this.#answers) {
      if (this.#answers.size <= STEP2_CACHE_ENTRIES && this.#bytes <= STEP2_CACHE_BYTES) break
      if (oldKey === key) break
      this.#answers.delete(oldKey)
      this.#bytes -= old.byteLength
    }
    return answer
  }

  /** Forgets every answer: the document changed. */
  clear(): void {
    if (this.#answers.size === 0) return
    this.#answers.clear()
    this.#bytes = 0
  }

  /** Answers kept and their bytes, for tests. */
  get stats(): { entries: number; bytes: number } {
    return { entries: this.#answers.size, bytes: this.#bytes }
  }
}
