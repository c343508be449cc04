/**
 * Counts, per board, how often a right was revoked (a link rotated). A token lookup that was on
 * its way while a rotation happened may have read the old hash; `lookUpSettled` then looks again.
 * The rotation stores the new hash before it revokes, so the second lookup sees it.
 */
export class Revocations {
  readonly #counts = new Map<string, number>()

  /** Called when a right of `boardId` is revoked, before connections are closed. */
  record(boardId: string): void {
    this.#counts.set(boardId, (this.#counts.get(boardId) ?? 0) + 1)
  }

  /** Runs `lookup` until no revocation of the board happened while it ran. */
  async lookUpSettled<T>(boardId: string, lookup: () => Promise<T>): Promise<T> {
    for (;;) {
      const before = this.#counts.get(boardId)
      const outcome = await lookup()
      if (this.#counts.get(boardId) === before) return outcome
    }
  }
}
