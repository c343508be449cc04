// A seeded run of the real Room (server/sync/Room.ts) with the real SQLite store in a temporary
// directory, and several peers speaking the y-websocket protocol over in-memory links: random
// edits, frames delivered late, reordered or dropped, disconnects and reconnects, restarts of
// the room from the store, all chosen by the seed and driven step by step (no timers, no
// sleeps). Then the network heals and the run checks that everyone, the store and a late
// joiner hold the same document, that nothing a view link wrote was stored, and that no frame
// ever carried content the store had not confirmed (DurableMirror).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as Y from 'yjs'
import { loadConfig } from '../../server/config.ts'
import { initialDocument } from '../../server/http/newBoard.ts'
import type { Logger } from '../../server/log.ts'
import type { BoardStore } from '../../server/store/BoardStore.ts'
import { SQLITE_FILE_NAME } from '../../server/store/index.ts'
import { openSqliteBoardStore } from '../../server/store/sqlite.ts'
import { Room } from '../../server/sync/Room.ts'
import { CLOSE_TRY_AGAIN_LATER } from '../../shared/protocol/sync.ts'
import { DurableMirror } from './durableMirror.ts'
import { diffStates, docState } from './fuzzHonest.ts'
import { randomOperation } from './fuzzOps.ts'
import { FuzzRandom } from './fuzzRandom.ts'
import { addBoard } from './memoryStore.ts'
import { RoomNetwork } from './roomNetwork.ts'
import { SyncPeer } from './syncPeer.ts'

export interface RoomFuzzOptions {
  seed: number
  /** Random steps before the network heals. */
  steps: number
  /** People with an edit link (a view link that watches and one that tries to write join them). */
  editors: number
}

/** What a run did, for the test to check that it did something. */
export interface RoomFuzzReport {
  edits: number
  dropped: number
  reordered: number
  reconnects: number
  /** Times the room was unloaded (compacting) and loaded again from the store. */
  restarts: number
  /** Frames with document content the server sent, each checked against the store. */
  checkedFrames: number
  /** Connections the server closed with 1013 (too much waiting for a dropped dependency). */
  closedBusy: number
  /** Compactions of the stored board (at least the one of unloading). */
  compactions: number
}

/** How often each step is taken, relative to the others. */
const STEP_WEIGHTS = {
  edit: 30,
  toServer: 25,
  toPeer: 25,
  drop: 2,
  disconnect: 3,
  reconnect: 4,
  restart: 1,
  turn: 8,
  settle: 3,
} as const

type Step = keyof typeof STEP_WEIGHTS

/** Frames that may overtake the one at the head of a link's queue. */
const REORDER_WINDOW = 3

/** Updates since the last compaction that compact the board: several compactions per run. */
const COMPACT_AFTER_UPDATES = 40

/** Runs one seed; throws an Error naming the seed, the step and what went wrong. */
export async function runRoomFuzz(options: RoomFuzzOptions): Promise<RoomFuzzReport> {
  const run = new RoomFuzzRun(options)
  try {
    return await run.run()
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    throw new Error(
      `sync fuzz, seed ${options.seed}, step ${run.step}: ${message}\n` +
        `  replay: SYNC_FUZZ_SEED=${options.seed} SYNC_FUZZ_STEPS=${options.steps} ` +
        `node_modules/.bin/vitest run test/unit/sync/roomFuzz.test.ts\n` +
        `  last steps: ${run.trace.join(', ')}\n` +
        `  server log: ${run.logLines.slice(-10).join('\n    ')}`,
      { cause: err },
    )
  } finally {
    await run.dispose()
  }
}

class RoomFuzzRun {
  readonly trace: string[] = []
  readonly logLines: string[] = []
  step = 0
  readonly #o: RoomFuzzOptions
  readonly #random: FuzzRandom
  readonly #dir = mkdtempSync(path.join(tmpdir(), 'werkraum-room-fuzz-'))
  readonly #sqlite: BoardStore
  readonly #log: Logger
  readonly #report: RoomFuzzReport = {
    edits: 0,
    dropped: 0,
    reordered: 0,
    reconnects: 0,
    restarts: 0,
    checkedFrames: 0,
    closedBusy: 0,
    compactions: 0,
  }
  #room: Room | null = null
  #unloaded = false
  readonly #peers: Array<{ peer: SyncPeer; right: 'edit' | 'view'; writes: boolean }> = []

  constructor(options: RoomFuzzOptions) {
    this.#o = options
    this.#random = new FuzzRandom(options.seed)
    this.#sqlite = openSqliteBoardStore(path.join(this.#dir, SQLITE_FILE_NAME))
    const record = (level: string) => (message: string, fields?: Record<string, unknown>) => {
      this.logLines.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`)
    }
    this.#log = { info: record('info'), warn: record('warn'), error: record('error') }
  }

  async run(): Promise<RoomFuzzReport> {
    const config = loadConfig(
      { DATA_DIR: this.#dir, COMPACT_AFTER_UPDATES: String(COMPACT_AFTER_UPDATES) },
      this.#dir,
    )
    const initial = initialDocument('Fuzz', new Date(0))
    const mirror = new DurableMirror(initial)
    const store = mirror.observe(this.#sqlite)
    const { id: boardId } = await addBoard(store, initial)
    const openRoom = (): Room => (this.#room = new Room(boardId, { store, config, log: this.#log }))
    const network = new RoomNetwork(openRoom(), {
      boardId,
      config,
      log: this.#log,
      onServerSend: (frame, to) => mirror.checkSent(frame, to.name),
    })
    for (let i = 0; i < this.#o.editors; i++) this.#addPeer(`editor${i}`, 'edit', true)
    this.#addPeer('watcher', 'view', false)
    // A view link whose person edits anyway: nothing of it may reach the store or the others.
    const intruder = this.#addPeer('viewWriter', 'view', true)
    for (const { peer, right } of this.#peers) network.connect(peer, right)

    for (this.step = 0; this.step < this.#o.steps; this.step++) {
      const step = this.#pickStep()
      this.trace.push(await this.#take(step, network, openRoom))
      if (this.trace.length > 30) this.trace.shift()
      network.noticeServerCloses(this.step)
      // At once, so that the failure names the step that sent it.
      if (mirror.violations.length > 0) throw new Error(mirror.violations[0])
    }

    // Heal: everyone reconnects (a fresh sync each), and the network delivers everything.
    this.trace.push('heal')
    for (const { peer } of this.#peers) network.disconnect(peer)
    for (const { peer, right } of this.#peers) network.connect(peer, right)
    const room = network.room
    await network.deliverAll(() => room.idle(), this.step)
    const late = new SyncPeer('late joiner', this.#random.clientId())
    network.connect(late, 'view')
    await network.deliverAll(() => room.idle(), this.step)

    this.#checkCloses(network)
    const stored = await this.#storedState(boardId)
    const everyone = [...this.#peers.filter((p) => p.peer !== intruder).map((p) => p.peer), late]
    for (const peer of everyone) this.#expectSame(stored, docState(peer.doc), peer.name)
    this.#expectSame(stored, docState(mirror.doc), 'the confirmed appends')
    if (stored.stateVector.has(intruder.doc.clientID)) {
      throw new Error('the store holds a change sent over a view link')
    }
    if (mirror.violations.length > 0) throw new Error(mirror.violations[0])
    const errors = this.logLines.filter((line) => line.startsWith('error'))
    if (errors.length > 0) throw new Error(`the server logged errors: ${errors.join('; ')}`)

    // Unloading compacts what is pending: the stored document stays the same.
    this.#unloaded = true
    await room.unload()
    this.#expectSame(stored, await this.#storedState(boardId), 'the store after compaction')
    this.#report.checkedFrames = mirror.checked
    this.#report.compactions = this.logLines.filter((l) =>
      l.startsWith('info board compacted'),
    ).length
    return this.#report
  }

  async dispose(): Promise<void> {
    try {
      if (!this.#unloaded) await this.#room?.unload()
    } finally {
      await this.#sqlite.close()
      rmSync(this.#dir, { recursive: true, force: true })
    }
  }

  #addPeer(name: string, right: 'edit' | 'view', writes: boolean): SyncPeer {
    const peer = new SyncPeer(name, this.#random.clientId())
    this.#peers.push({ peer, right, writes })
    return peer
  }

  #pickStep(): Step {
    const steps = Object.keys(STEP_WEIGHTS) as Step[]
    const total = steps.reduce((sum, s) => sum + STEP_WEIGHTS[s], 0)
    let draw = this.#random.next() * total
    for (const step of steps) {
      draw -= STEP_WEIGHTS[step]
      if (draw < 0) return step
    }
    return 'turn'
  }

  /** Takes one step; returns what it did, for the trace. */
  async #take(step: Step, network: RoomNetwork, openRoom: () => Room): Promise<string> {
    const random = this.#random
    const room = network.room
    switch (step) {
      case 'edit': {
        const writer = random.pick(this.#peers.filter((p) => p.writes)).peer
        this.#report.edits++
        return `${writer.name}: ${randomOperation(writer.doc, random)}`
      }
      case 'toServer': {
        const links = network.links.filter((l) => l.toServer.length > 0 && !l.transport.paused)
        if (links.length === 0) return 'nothing to the server'
        const link = random.pick(links)
        const index = this.#index(link.toServer.length)
        network.deliverToServer(link, index)
        return `${link.peer.name} → server #${index}`
      }
      case 'toPeer': {
        const links = network.links.filter((l) => l.transport.toPeer.length > 0)
        if (links.length === 0) return 'nothing to the peers'
        const link = random.pick(links)
        const index = this.#index(link.transport.toPeer.length)
        network.deliverToPeer(link, index)
        return `server → ${link.peer.name} #${index}`
      }
      case 'drop': {
        const links = network.links.filter((l) => l.toServer.length + l.transport.toPeer.length > 0)
        if (links.length === 0) return 'nothing to drop'
        const link = random.pick(links)
        const toServer = link.transport.toPeer.length === 0 || random.chance(0.5)
        const queue: Uint8Array[] = toServer ? link.toServer : link.transport.toPeer
        if (queue.length === 0) return 'nothing to drop'
        queue.splice(random.int(0, queue.length - 1), 1)
        this.#report.dropped++
        return `dropped ${toServer ? 'to the server' : 'to'} ${link.peer.name}`
      }
      case 'disconnect': {
        const connected = this.#peers.filter((p) => network.isConnected(p.peer))
        if (connected.length === 0) return 'nobody to disconnect'
        const { peer } = random.pick(connected)
        network.disconnect(peer)
        return `${peer.name} disconnects`
      }
      case 'reconnect': {
        const away = this.#peers.filter((p) => !network.isConnected(p.peer))
        if (away.length === 0) return 'nobody to reconnect'
        const { peer, right } = random.pick(away)
        network.connect(peer, right)
        this.#report.reconnects++
        return `${peer.name} reconnects`
      }
      case 'restart': {
        // Everyone loses the connection; the room stores, compacts and leaves memory; the next
        // connections load the board from the store again.
        for (const { peer } of this.#peers) network.disconnect(peer)
        await room.unload()
        network.room = openRoom()
        this.#report.restarts++
        return 'restart'
      }
      case 'turn':
        // One turn of the event loop: the room's writer may be half-way through a commit.
        await new Promise((resolve) => setImmediate(resolve))
        return 'turn'
      case 'settle':
        await room.idle()
        return 'settle'
    }
  }

  /** Mostly the oldest frame; sometimes one of the next few overtakes it. */
  #index(length: number): number {
    if (length < 2 || !this.#random.chance(0.25)) return 0
    const index = this.#random.int(1, Math.min(length, REORDER_WINDOW) - 1)
    this.#report.reordered++
    return index
  }

  /**
   * Honest peers are never refused. The one close that is theirs to expect: a dropped frame
   * leaves their later updates waiting for it, and past the holding bound the server closes
   * them with 1013; they reconnect and resend it all in their sync step 2.
   */
  #checkCloses(network: RoomNetwork): void {
    for (const close of network.serverCloses) {
      if (close.code !== CLOSE_TRY_AGAIN_LATER) {
        throw new Error(
          `the server closed ${close.peer} at step ${close.step}: ${close.code} ${close.reason}`,
        )
      }
      this.#report.closedBusy++
    }
  }

  async #storedState(boardId: string): Promise<ReturnType<typeof docState>> {
    const stored = await this.#sqlite.loadDocument(boardId)
    const doc = new Y.Doc()
    if (stored.snapshot !== null) Y.applyUpdate(doc, stored.snapshot)
    for (const update of stored.updates) Y.applyUpdate(doc, update)
    const state = docState(doc)
    doc.destroy()
    return state
  }

  #expectSame(
    expected: ReturnType<typeof docState>,
    actual: ReturnType<typeof docState>,
    who: string,
  ): void {
    const diffs = diffStates(expected, actual)
    if (diffs.length > 0) throw new Error(`${who} differs from the store: ${diffs.join('; ')}`)
  }
}
