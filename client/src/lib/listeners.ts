/**
 * The listeners of one event. `add` returns the unsubscribe. `emit` calls the listeners that
 * were added when it began: one added or removed by a listener takes effect from the next emit.
 */
export class Listeners<Args extends unknown[] = []> {
  #list: readonly ((...args: Args) => void)[] = []

  add(listener: (...args: Args) => void): () => void {
    this.#list = [...this.#list, listener]
    return () => {
      this.#list = this.#list.filter((l) => l !== listener)
    }
  }

  emit(...args: Args): void {
    for (const listener of this.#list) listener(...args)
  }

  clear(): void {
    this.#list = []
  }
}
