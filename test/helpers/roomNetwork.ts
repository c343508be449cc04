// The wire between the room fuzz test's peers and the real Room: one in-memory link per
// connection, frames queued in both directions, delivered, reordered or dropped only when the
// test says so. The Room and its Connections are the server's own (server/sync/).
import type { Config } from '../../server/config.ts'
import type { Logger } from '../../server/log.ts'
import { Connection } from '../../server/sync/Connection.ts'
import type { Room } from '../../server/sync/Room.ts'
import type { Right } from '../../shared/rights.ts'
import { MemoryTransport, type ServerClose } from './memoryTransport.ts'
import type { SyncPeer } from './syncPeer.ts'

/** One connection of a peer: the server's Connection and both directions of the wire. */
export interface Link {
  peer: SyncPeer
  /** The room this connection joined (a restart brings a new one). */
  room: Room
  conn: Connection
  transport: MemoryTransport
  /** Frames the peer sent that the server has not read yet, oldest first. */
  toServer: Uint8Array[]
}

/** A connection the server closed, and when. */
export interface ClosedByServer extends ServerClose {
  peer: string
  step: number
}

export interface RoomNetworkOptions {
  boardId: string
  config: Config
  log: Logger
  /** Sees every frame the server sends, when it sends it. */
  onServerSend: (frame: Uint8Array, to: SyncPeer) => void
}

export class RoomNetwork {
  readonly #o: RoomNetworkOptions
  /** The room new connections join. */
  room: Room
  readonly #links = new Map<SyncPeer, Link>()
  /** Connections the server closed, in order. */
  readonly serverCloses: ClosedByServer[] = []

  constructor(room: Room, options: RoomNetworkOptions) {
    this.room = room
    this.#o = options
  }

  get links(): Link[] {
    return [...this.#links.values()]
  }

  isConnected(peer: SyncPeer): boolean {
    return this.#links.has(peer)
  }

  /** Opens a new connection for `peer` with `right`, as an accepted upgrade would. */
  connect(peer: SyncPeer, right: Right): void {
    if (this.#links.has(peer)) throw new Error(`${peer.name} is connected already`)
    const { boardId, config, log, onServerSend } = this.#o
    const transport = new MemoryTransport((frame) => onServerSend(frame, peer))
    const conn = new Connection(transport, boardId, right, log, config)
    const link: Link = { peer, room: this.room, conn, transport, toServer: [] }
    this.#links.set(peer, link)
    this.room.join(conn)
    peer.connect((frame) => link.toServer.push(frame))
  }

  /** The connection ends: frames in flight are lost, the room hears the close. */
  disconnect(peer: SyncPeer): void {
    const link = this.#links.get(peer)
    if (link === undefined) return
    this.#links.delete(peer)
    peer.disconnect()
    link.toServer.length = 0
    link.transport.closed()
    link.room.leave(link.conn)
  }

  /** The server reads the `index`th frame in flight from the link's peer. */
  deliverToServer(link: Link, index = 0): void {
    const [frame] = link.toServer.splice(index, 1)
    if (frame !== undefined) link.room.receive(link.conn, frame)
  }

  /** The peer receives the `index`th frame in flight from the server. */
  deliverToPeer(link: Link, index = 0): void {
    const [frame] = link.transport.toPeer.splice(index, 1)
    if (frame !== undefined) link.peer.receive(frame)
  }

  /**
   * Peers whose connection the server closed hear it now (frames in flight are lost, as when
   * a socket closes); recorded with `step`.
   */
  noticeServerCloses(step: number): void {
    for (const link of this.links) {
      const close = link.transport.serverClose
      if (close === null) continue
      this.serverCloses.push({ peer: link.peer.name, step, ...close })
      this.disconnect(link.peer)
    }
  }

  /** Frames in flight in either direction. */
  get inFlight(): number {
    return this.links.reduce((n, l) => n + l.toServer.length + l.transport.toPeer.length, 0)
  }

  /**
   * Delivers everything in flight in order, both ways, letting the room store and publish in
   * between, until nothing is left: a reliable network for a while.
   */
  async deliverAll(idle: () => Promise<void>, step: number): Promise<void> {
    for (let round = 0; round < 1000; round++) {
      for (const link of this.links) {
        if (link.transport.paused) await link.transport.resumed()
        while (link.toServer.length > 0 && this.#links.get(link.peer) === link) {
          this.deliverToServer(link)
        }
      }
      await idle()
      this.noticeServerCloses(step)
      for (const link of this.links) {
        while (link.transport.toPeer.length > 0) this.deliverToPeer(link)
      }
      if (this.inFlight === 0) {
        await idle()
        if (this.inFlight === 0) return
      }
    }
    throw new Error('the network did not come to rest after 1000 rounds')
  }
}
