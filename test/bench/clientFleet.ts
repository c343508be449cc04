import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { ClientConfig, FromClients, ProcessResult, ToClients } from './clients/messages.ts'
import { sharedNow } from './clock.ts'
import { cpuProfileArgs } from './profiling.ts'
import { sleep } from './timeout.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const CLIENTS_ENTRY = fileURLToPath(new URL('./clients/main.ts', import.meta.url))
/** The window starts this long after it is announced, so every process knows it in time. */
const WINDOW_LEAD_MS = 300

type MessageOf<T extends FromClients['type']> = Extract<FromClients, { type: T }>

/** One forked client process and the messages it sent that nobody has asked for yet. */
class ClientChild {
  readonly process: ChildProcess
  readonly #inbox: FromClients[] = []
  readonly #waiting: { type: string; resolve: (m: FromClients) => void }[] = []
  #failure: Error | null = null
  readonly #rejects = new Set<(err: Error) => void>()

  constructor(index: number) {
    this.process = fork(CLIENTS_ENTRY, [], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx', ...cpuProfileArgs()],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      // Typed arrays of latencies cross as such, not as JSON.
      serialization: 'advanced',
    })
    this.process.on('message', (message: FromClients) => {
      if (message.type === 'error') {
        return this.#fail(new Error(`client process ${index} failed: ${message.message}`))
      }
      const i = this.#waiting.findIndex((w) => w.type === message.type)
      if (i < 0) this.#inbox.push(message)
      else this.#waiting.splice(i, 1)[0]?.resolve(message)
    })
    this.process.once('exit', (code, signal) => {
      this.#fail(new Error(`client process ${index} exited (${code ?? signal})`))
    })
  }

  get pid(): number {
    const pid = this.process.pid
    if (pid === undefined) throw new Error('client process has no pid')
    return pid
  }

  send(message: ToClients): void {
    this.process.send(message)
  }

  /** The next message of this type (also one that arrived before the call). */
  next<T extends FromClients['type']>(type: T): Promise<MessageOf<T>> {
    const i = this.#inbox.findIndex((m) => m.type === type)
    if (i >= 0) return Promise.resolve(this.#inbox.splice(i, 1)[0] as MessageOf<T>)
    if (this.#failure) return Promise.reject(this.#failure)
    return new Promise((resolve, reject) => {
      this.#rejects.add(reject)
      this.#waiting.push({
        type,
        resolve: (m) => {
          this.#rejects.delete(reject)
          resolve(m as MessageOf<T>)
        },
      })
    })
  }

  #fail(err: Error): void {
    this.#failure ??= err
    for (const reject of this.#rejects) reject(this.#failure)
    this.#rejects.clear()
    this.#waiting.length = 0
  }
}

/** The bench process' side of a run: moments to sample the server at. */
export interface FleetHooks {
  connected(connectMs: number): void
  measureStart(): void
  measureEnd(): void
}

export interface FleetRun {
  /** Window on the shared clock. */
  windowStart: number
  windowEnd: number
  connectMs: number
  results: ProcessResult[]
}

/**
 * The clients of one run, split over `processes` forked client processes (contiguous index
 * ranges, as equal as possible), driven in lock step: connect, load, window, drain, finish.
 */
export class ClientFleet {
  readonly #children: ClientChild[]
  readonly #ranges: [number, number][]

  constructor(clients: number, processes: number) {
    const count = Math.max(1, Math.min(processes, clients))
    this.#ranges = Array.from({ length: count }, (_, i) => [
      Math.floor((i * clients) / count),
      Math.floor(((i + 1) * clients) / count),
    ])
    this.#children = this.#ranges.map((_, i) => new ClientChild(i))
  }

  get pids(): number[] {
    return this.#children.map((c) => c.pid)
  }

  async run(base: Omit<ClientConfig, 'from' | 'to'>, hooks: FleetHooks): Promise<FleetRun> {
    const w = base.workload
    const all = <T>(f: (child: ClientChild, i: number) => Promise<T>): Promise<T[]> =>
      Promise.all(this.#children.map(f))
    this.#children.forEach((child, i) => {
      const [from, to] = this.#ranges[i] ?? [0, 0]
      child.send({ type: 'start', config: { ...base, from, to } })
    })
    const connected = await all((c) => c.next('connected'))
    const connectMs = Math.max(...connected.map((m) => m.connectMs))
    hooks.connected(connectMs)

    for (const child of this.#children) child.send({ type: 'load' })
    await sleep(w.warmupSeconds * 1000)
    const windowStart = sharedNow() + WINDOW_LEAD_MS
    const windowEnd = windowStart + w.durationSeconds * 1000
    for (const child of this.#children) {
      child.send({ type: 'window', start: windowStart, end: windowEnd })
    }
    await sleep(windowStart - sharedNow())
    hooks.measureStart()
    await sleep(windowEnd - sharedNow())
    hooks.measureEnd()

    const sent = await all((c) => c.next('sent'))
    const lastCounted = new Array<number>(w.clients).fill(-1)
    for (const m of sent) for (const { sender, seq } of m.lastCounted) lastCounted[sender] = seq
    for (const child of this.#children) child.send({ type: 'expect', lastCounted })
    const drainEnd = windowEnd + w.drainSeconds * 1000
    await Promise.race([all((c) => c.next('drained')), sleep(Math.max(0, drainEnd - sharedNow()))])

    for (const child of this.#children) child.send({ type: 'finish' })
    const results = await all((c) => c.next('result').then((m) => m.result))
    return { windowStart, windowEnd, connectMs, results }
  }

  /** Waits up to `graceMs` for every process to exit, then kills those left. */
  async stop(graceMs: number): Promise<void> {
    await Promise.all(
      this.#children.map(async ({ process: child }) => {
        if (child.exitCode !== null || child.signalCode !== null) return
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
        await exited
        clearTimeout(timer)
      }),
    )
  }

  kill(): void {
    for (const { process: child } of this.#children) child.kill('SIGKILL')
  }
}
