import { compareStacking, type BoardElement } from '../../../../shared/schema/index.ts'

/**
 * The board's elements by id and in stacking order (bottom to top, as drawn). Updated per changed
 * id with binary search, so an edit on a board of 10,000 notes costs a lookup, not a sort.
 */
export class ElementIndex {
  readonly #byId = new Map<string, BoardElement>()
  #ordered: BoardElement[] = []

  get ordered(): readonly BoardElement[] {
    return this.#ordered
  }

  get size(): number {
    return this.#byId.size
  }

  get(id: string): BoardElement | undefined {
    return this.#byId.get(id)
  }

  has(id: string): boolean {
    return this.#byId.has(id)
  }

  /** Replaces everything (first load, or when most of the board changed at once). */
  reset(elements: Iterable<BoardElement>): void {
    this.#byId.clear()
    for (const el of elements) this.#byId.set(el.id, el)
    this.#ordered = [...this.#byId.values()].sort(compareStacking)
  }

  upsert(el: BoardElement): void {
    const old = this.#byId.get(el.id)
    if (old) {
      const at = this.#indexOf(old)
      if (compareStacking(old, el) === 0) {
        // Same place in the order (moved, recoloured, retyped): swap in place.
        this.#ordered[at] = el
        this.#byId.set(el.id, el)
        return
      }
      this.#ordered.splice(at, 1)
    }
    this.#byId.set(el.id, el)
    this.#ordered.splice(this.#insertionPoint(el), 0, el)
  }

  remove(id: string): void {
    const old = this.#byId.get(id)
    if (!old) return
    this.#ordered.splice(this.#indexOf(old), 1)
    this.#byId.delete(id)
  }

  /** First position whose element sorts at or after `el`. */
  #insertionPoint(el: BoardElement): number {
    let lo = 0
    let hi = this.#ordered.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const probe = this.#ordered[mid]
      if (probe && compareStacking(probe, el) < 0) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  #indexOf(el: BoardElement): number {
    const at = this.#insertionPoint(el)
    if (this.#ordered[at]?.id === el.id) return at
    // Only reachable if the order was corrupted; fall back to a scan rather than lose the element.
    return this.#ordered.findIndex((e) => e.id === el.id)
  }
}
