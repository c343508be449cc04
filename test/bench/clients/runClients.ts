import { createHash } from 'node:crypto'
import * as Y from 'yjs'
import { sharedNow } from '../clock.ts'
import { sleep, withTimeout } from '../timeout.ts'
import { BenchClient } from './BenchClient.ts'
import { CursorLedger } from './CursorLedger.ts'
import { EditLedger } from './EditLedger.ts'
import { startLoad, type RunningLoad } from './load.ts'
import type { ClientConfig, FromClients, ProcessResult, ToClients } from './messages.ts'
import { isObserver } from './observers.ts'

const BATCH_SYNC_TIMEOUT_MS = 20_000
const DRAIN_POLL_MS = 10

/**
 * The clients of one client process, driven through the phases of `ToClients` by the bench
 * process: connect, load, window, drain, finish.
 */
export class ClientProcess {
  readonly #config: ClientConfig
  readonly #report: (message: FromClients) => Promise<void>
  readonly #edits: EditLedger
  readonly #cursors = new CursorLedger()
  readonly #clients: BenchClient[]
  #load: RunningLoad | null = null
  #finished = false

  constructor(config: ClientConfig, report: (message: FromClients) => Promise<void>) {
    this.#config = config
    this.#report = report
    const { workload, from, to } = config
    const appliesEdits = (i: number): boolean =>
      isObserver(i, workload.clients, workload.editObservers)
    this.#edits = new EditLedger(from, to, workload.clients)
    this.#clients = []
    for (let i = from; i < to; i++) {
      const observes = {
        cursors: isObserver(i, workload.clients, workload.cursorObservers),
        edits: appliesEdits(i),
      }
      this.#clients.push(new BenchClient(i, config, this.#edits, this.#cursors, observes))
    }
  }

  /** Handles one message of the bench process; errors go back as an `error` message. */
  async handle(message: ToClients): Promise<void> {
    switch (message.type) {
      case 'start':
        return this.#connect()
      case 'load':
        return this.#startLoad()
      case 'window':
        return this.#window(message.start, message.end)
      case 'expect':
        return this.#drain(message.lastCounted)
      case 'finish':
        return this.#finish()
    }
  }

  async #connect(): Promise<void> {
    const { workload } = this.#config
    const connectStart = sharedNow()
    for (let i = 0; i < this.#clients.length; i += workload.connectBatch) {
      const batch = this.#clients.slice(i, i + workload.connectBatch)
      for (const client of batch) client.connect()
      await withTimeout(
        Promise.all(batch.map((c) => c.whenSynced())),
        BATCH_SYNC_TIMEOUT_MS,
        `sync of clients ${this.#config.from + i}–${this.#config.from + i + batch.length - 1}`,
      )
    }
    for (const client of this.#clients) client.synced()
    await this.#report({ type: 'connected', connectMs: sharedNow() - connectStart })
  }

  #startLoad(): void {
    const { workload } = this.#config
    this.#load = startLoad(this.#clients, this.#edits, this.#cursors, {
      editsPerSecond: (workload.editsPerSecond * this.#clients.length) / workload.clients,
      cursorHz: workload.cursorHz,
    })
  }

  async #window(start: number, end: number): Promise<void> {
    this.#edits.windowStart = this.#cursors.windowStart = start
    this.#edits.windowEnd = this.#cursors.windowEnd = end
    this.#load?.setWindow(start, end)
    // One tick past the end, so that no edit of this process can still count.
    await sleep(Math.max(0, end - sharedNow()) + 10)
    await this.#report({ type: 'sent', lastCounted: this.#edits.lastCounted() })
  }

  async #drain(lastCounted: number[]): Promise<void> {
    while (!this.#finished && !this.#edits.sawAll(lastCounted)) await sleep(DRAIN_POLL_MS)
    if (!this.#finished) await this.#report({ type: 'drained' })
  }

  async #finish(): Promise<void> {
    this.#finished = true
    this.#edits.close()
    this.#load?.stop()
    const result: ProcessResult = {
      clients: this.#clients.length,
      sends: this.#edits.sends(),
      receipts: this.#edits.receipts(),
      cursorsSent: this.#cursors.sent,
      cursorLatencies: this.#cursors.latencies(),
      disconnects: this.#clients.reduce((sum, c) => sum + c.disconnects, 0),
      stateHashes: this.#clients
        .filter((c) => c.appliesEdits)
        .map((c) => createHash('sha1').update(Y.encodeStateVector(c.doc)).digest('base64')),
      lagSamples: this.#load?.lagSamples() ?? new Float64Array(),
      skipped: this.#load?.skipped() ?? { edits: 0, cursors: 0 },
    }
    await this.#report({ type: 'result', result })
  }

  destroy(): void {
    this.#load?.stop()
    for (const client of this.#clients) client.destroy()
  }
}
