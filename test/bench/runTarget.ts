import { fork, type ChildProcess } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import type { ClientRunResult, FromClients, ToClients } from './clients/messages.ts'
import type { Workload } from './presets.ts'
import {
  cpuSeconds,
  machineCpu,
  memory,
  treeCpu,
  treeCpuDelta,
  treeRss,
  type MachineCpu,
} from './procStats.ts'
import { socketCensus, type SocketCensus } from './sockets.ts'
import type { BenchTarget, RunningTarget } from './targets/target.ts'
import { withTimeout } from './timeout.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const CLIENTS_ENTRY = fileURLToPath(new URL('./clients/main.ts', import.meta.url))
const RSS_SAMPLE_MS = 250
/** After its result the client process closes its sockets and exits by itself; it gets this long. */
const CLIENT_EXIT_GRACE_MS = 3_000

export interface TargetResult {
  target: string
  label: string
  clients: ClientRunResult
  /** Length of the measured window as the bench process saw it. */
  windowSeconds: number
  /** utime + stime of the server's process tree over the window. */
  serverCpuSeconds: number
  /** RSS of the server's process tree once started, before any client connected. */
  serverIdleRssBytes: number
  /** VmHWM of the server's main process at the end of the run: its peak over its life. */
  serverPeakRssBytes: number
  /** Largest RSS of the server's process tree sampled while the clients were connected. */
  serverMaxSampledRssBytes: number
  /** utime + stime of the client process over the window, to see whether it kept up. */
  clientCpuSeconds: number
  /** CPU the rest of the machine used in the window (busy − server − clients − bench). */
  otherCpuSeconds: number
  /** CPU stolen by the hypervisor in the window. */
  stealSeconds: number
  /** The server's IP sockets at the end of the window. */
  serverSockets: SocketCensus
  notes: string[]
}

interface Sample {
  at: number
  server: Map<number, number>
  clients: number
  bench: number
  machine: MachineCpu
}

/** Processes to stop if the bench is interrupted. */
const live = new Set<() => void>()

export function killEverything(): void {
  for (const kill of live) kill()
}

/** Starts the server, runs the client process against it once, and stops both. */
export async function runTarget(
  target: BenchTarget,
  workload: Workload,
  log: (line: string) => void,
): Promise<TargetResult> {
  log(`${target.name}: starting ${target.label}`)
  const server = await target.start()
  const killServer = (): void => void server.stop()
  live.add(killServer)
  let child: ChildProcess | undefined
  let measured: Omit<TargetResult, 'notes'>
  try {
    child = fork(CLIENTS_ENTRY, [], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    const clientProcess = child
    live.add(() => clientProcess.kill('SIGKILL'))
    measured = await withTimeout(
      drive(target, server, clientProcess, workload, log),
      runBudgetMs(workload),
      `${target.name} run`,
    )
  } catch (err) {
    const output = server.output().split('\n').slice(-30).join('\n')
    throw new Error(
      `${err instanceof Error ? err.message : String(err)}\n--- server output (tail) ---\n${output}`,
      { cause: err },
    )
  } finally {
    if (child) await exitOrKill(child, CLIENT_EXIT_GRACE_MS)
    await server.stop()
    live.delete(killServer)
  }
  return { ...measured, notes: server.notes() }
}

async function exitOrKill(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  await withTimeout(exited, graceMs, 'client process exit').catch(() => {
    child.kill('SIGKILL')
    return exited
  })
}

/** Upper bound of one run: a stuck server or client process must not hang the bench. */
function runBudgetMs(w: Workload): number {
  return (60 + w.warmupSeconds + w.durationSeconds + w.drainSeconds + 30) * 1000
}

function drive(
  target: BenchTarget,
  server: RunningTarget,
  child: ChildProcess,
  workload: Workload,
  log: (line: string) => void,
): Promise<Omit<TargetResult, 'notes'>> {
  const clientPid = child.pid
  if (clientPid === undefined) return Promise.reject(new Error('client process has no pid'))
  const sample = (): Sample => ({
    at: performance.now(),
    server: treeCpu(server.pid),
    clients: cpuSeconds(clientPid),
    bench: cpuSeconds(process.pid),
    machine: machineCpu(),
  })

  const idleRss = treeRss(server.pid)
  return new Promise((resolve, reject) => {
    let start: Sample | undefined
    let end: Sample | undefined
    let sockets: SocketCensus | undefined
    let maxRss = 0
    let rssTimer: NodeJS.Timeout | undefined
    const stopSampling = (): void => clearInterval(rssTimer)

    child.on('message', (message: FromClients) => {
      try {
        switch (message.type) {
          case 'connected':
            log(
              `${target.name}: ${workload.clients} clients synced in ${Math.round(message.connectMs)} ms, warming up ${workload.warmupSeconds} s`,
            )
            rssTimer = setInterval(() => {
              maxRss = Math.max(maxRss, treeRss(server.pid))
            }, RSS_SAMPLE_MS)
            break
          case 'measure-start':
            start = sample()
            log(`${target.name}: measuring ${workload.durationSeconds} s`)
            break
          case 'measure-end':
            end = sample()
            sockets = socketCensus(server.pid)
            log(`${target.name}: draining up to ${workload.drainSeconds} s`)
            break
          case 'result': {
            stopSampling()
            if (!start || !end || !sockets) throw new Error('result before the measured window')
            const mem = memory(server.pid)
            resolve({
              target: target.name,
              label: target.label,
              clients: message.result,
              windowSeconds: (end.at - start.at) / 1000,
              serverCpuSeconds: treeCpuDelta(start.server, end.server),
              serverIdleRssBytes: idleRss,
              serverPeakRssBytes: mem.peakRssBytes,
              serverMaxSampledRssBytes: Math.max(maxRss, treeRss(server.pid)),
              clientCpuSeconds: end.clients - start.clients,
              otherCpuSeconds: Math.max(
                0,
                end.machine.busy -
                  start.machine.busy -
                  treeCpuDelta(start.server, end.server) -
                  (end.clients - start.clients) -
                  (end.bench - start.bench),
              ),
              stealSeconds: end.machine.steal - start.machine.steal,
              serverSockets: sockets,
            })
            break
          }
          case 'error':
            throw new Error(`client process failed: ${message.message}`)
        }
      } catch (err) {
        stopSampling()
        reject(err instanceof Error ? err : new Error(String(err)))
      }
    })
    child.once('exit', (code, signal) => {
      stopSampling()
      reject(new Error(`client process exited (${code ?? signal}) before sending its result`))
    })
    const start_: ToClients = {
      type: 'start',
      config: { serverUrl: server.serverUrl, room: server.room, params: server.params, workload },
    }
    child.send(start_)
  })
}
