import type * as Y from 'yjs'
import type { Connection } from './Connection.ts'
import { Room, type RoomDeps } from './Room.ts'

/**
 * The rooms in memory, by board id. A room comes into memory with its first connection and
 * leaves `roomUnloadMs` after its last one (stored and compacted first), so an idle board costs
 * no memory. A room that is still unloading is waited for before the board loads again, so two
 * instances of one board never write at the same time.
 */
export class RoomRegistry {
  readonly #deps: RoomDeps
  readonly #rooms = new Map<string, Room>()
  readonly #unloadTimers = new Map<Room, ReturnType<typeof setTimeout>>()
  readonly #unloading = new Map<string, Promise<void>>()
  /** Rooms with server writes under way (changeDocument), by count: not unloaded meanwhile. */
  readonly #writing = new Map<Room, number>()
  #closed = false

  constructor(deps: RoomDeps) {
    this.#deps = deps
  }

  /** Rooms in memory (loading, ready or waiting to unload). */
  get size(): number {
    return this.#rooms.size
  }

  /** The room of a board if it is in memory. */
  get(boardId: string): Room | undefined {
    return this.#rooms.get(boardId)
  }

  /** Puts a connection into its board's room, loading the room if needed. */
  join(boardId: string, conn: Connection): Room {
    const room = this.#open(boardId)
    this.#cancelUnload(room)
    room.join(conn)
    return room
  }

  /**
   * Changes a board's document on the server's behalf (see Room.changeFromServer), in its room:
   * the one in memory, or one loaded for it and unloaded `roomUnloadMs` later if nobody joins.
   */
  async changeDocument(boardId: string, change: (doc: Y.Doc) => void): Promise<void> {
    if (this.#closed) throw new Error('server closing')
    const room = this.#open(boardId)
    this.#cancelUnload(room)
    this.#writing.set(room, (this.#writing.get(room) ?? 0) + 1)
    try {
      await room.changeFromServer(change)
    } finally {
      const left = (this.#writing.get(room) ?? 1) - 1
      if (left > 0) this.#writing.set(room, left)
      else this.#writing.delete(room)
      this.#unloadWhenEmpty(room)
    }
  }

  /** Takes a connection out of its room; an empty room is unloaded after `roomUnloadMs`. */
  leave(room: Room, conn: Connection): void {
    room.leave(conn)
    this.#unloadWhenEmpty(room)
  }

  /** The board's room, loaded if it is not in memory. */
  #open(boardId: string): Room {
    let room = this.#rooms.get(boardId)
    if (room === undefined) {
      room = new Room(boardId, this.#deps, {
        after: this.#unloading.get(boardId),
        onFailed: (failed) => this.#forget(failed),
      })
      this.#rooms.set(boardId, room)
    }
    return room
  }

  /** Unloads a room after `roomUnloadMs` once nobody is in it and no server write is under way. */
  #unloadWhenEmpty(room: Room): void {
    if (room.size > 0 || this.#writing.has(room)) return
    if (this.#closed || this.#rooms.get(room.id) !== room) return
    this.#cancelUnload(room)
    const timer = setTimeout(() => {
      this.#unloadTimers.delete(room)
      if (room.size === 0) this.#unload(room)
    }, this.#deps.config.roomUnloadMs)
    timer.unref()
    this.#unloadTimers.set(room, timer)
  }

  /** Unloads every room (after the caller closed the connections) and waits for it. */
  async closeAll(): Promise<void> {
    this.#closed = true
    for (const timer of this.#unloadTimers.values()) clearTimeout(timer)
    this.#unloadTimers.clear()
    for (const room of [...this.#rooms.values()]) this.#unload(room)
    await Promise.all(this.#unloading.values())
  }

  #unload(room: Room): void {
    this.#rooms.delete(room.id)
    const done = room
      .unload()
      .then(
        () => this.#deps.log.info('room unloaded', { boardId: room.id }),
        (err: unknown) => this.#deps.log.error('room unload failed', { boardId: room.id, err }),
      )
      .finally(() => {
        if (this.#unloading.get(room.id) === done) this.#unloading.delete(room.id)
      })
    this.#unloading.set(room.id, done)
  }

  /**
   * A failed room leaves at once, through the unload path (which writes nothing for it), so
   * that a new load of its board waits for whatever it still had in flight.
   */
  #forget(room: Room): void {
    this.#cancelUnload(room)
    if (this.#rooms.get(room.id) === room) this.#unload(room)
  }

  #cancelUnload(room: Room): void {
    const timer = this.#unloadTimers.get(room)
    if (timer === undefined) return
    clearTimeout(timer)
    this.#unloadTimers.delete(room)
  }
}
