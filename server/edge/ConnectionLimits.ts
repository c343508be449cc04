/** Why a socket was not admitted: its address holds too many, or too many on this board. */
export type LimitExceeded = 'address' | 'board'

/** Gives back an admitted socket's place; calling it again does nothing. */
export type Release = () => void

/**
 * Counts the realtime sockets each client address holds, all of them and per board, so that one
 * address cannot exhaust the process (memory, file descriptors) or flood one board's room. The
 * counts live only while sockets are open: an address without sockets costs nothing.
 */
export class ConnectionLimits {
  readonly #perAddress: number
  readonly #perBoard: number
  readonly #byAddress = new Map<string, number>()
  readonly #byBoard = new Map<string, number>()

  /**
   * @param perAddress sockets one address may hold in all
   * @param perBoard sockets one address may hold on one board
   */
  constructor(perAddress: number, perBoard: number) {
    this.#perAddress = perAddress
    this.#perBoard = perBoard
  }

  /**
   * Admits one more socket of `address` (on `boardId`, when the socket names its board before it
   * opens) or says which limit it would exceed.
   */
  admit(address: string, boardId: string | null): Release | LimitExceeded {
    if ((this.#byAddress.get(address) ?? 0) >= this.#perAddress) return 'address'
    // Board ids cannot contain a space (server/sync/upgrade.ts), so the key is unambiguous.
    const boardKey = boardId === null ? null : `${address} ${boardId}`
    if (boardKey !== null && (this.#byBoard.get(boardKey) ?? 0) >= this.#perBoard) return 'board'
    increment(this.#byAddress, address)
    if (boardKey !== null) increment(this.#byBoard, boardKey)
    let released = false
    return () => {
      if (released) return
      released = true
      decrement(this.#byAddress, address)
      if (boardKey !== null) decrement(this.#byBoard, boardKey)
    }
  }

  /** Addresses holding at least one socket. */
  get addresses(): number {
    return this.#byAddress.size
  }
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1)
}

function decrement(counts: Map<string, number>, key: string): void {
  const n = (counts.get(key) ?? 1) - 1
  if (n <= 0) counts.delete(key)
  else counts.set(key, n)
}
