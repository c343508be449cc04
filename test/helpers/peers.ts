import * as Y from 'yjs'

/**
 * Two or more in-memory peers that exchange updates the way the network would, but under the
 * test's control: updates queue until `flush()`, optionally shuffled, so convergence and undo can
 * be checked for any delivery order.
 */
export class TestNetwork {
  readonly docs: Y.Doc[]
  readonly #queues: Array<Array<Uint8Array>>

  constructor(count: number) {
    this.docs = Array.from({ length: count }, () => new Y.Doc())
    this.#queues = this.docs.map(() => [])
    this.docs.forEach((doc, from) => {
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === this) return
        this.#queues.forEach((queue, to) => {
          if (to !== from) queue.push(update)
        })
      })
    })
  }

  /** Delivers every queued update; with `random`, in a shuffled order per peer. */
  flush(random?: () => number): void {
    while (this.#queues.some((q) => q.length > 0)) {
      this.#queues.forEach((queue, to) => {
        const batch = queue.splice(0)
        if (random) shuffle(batch, random)
        for (const update of batch) Y.applyUpdate(this.docs[to]!, update, this)
      })
    }
  }
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
}

/** A small seeded PRNG (mulberry32) so a failing convergence run can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
