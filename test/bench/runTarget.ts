import { performance } from 'node:perf_hooks'
import { ClientFleet } from './clientFleet.ts'
import { combineResults, type ClientRunResult } from './clientResults.ts'
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

const RSS_SAMPLE_MS = 250
/** After its result a client process closes its sockets and exits by itself; it gets this long. */
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
  /** utime + stime of all client processes over the window, to see whether they kept up. */
  clientCpuSeconds: number
  /** The same for the busiest client process alone. */
  busiestClientCpuSeconds: number
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
  clients: number[]
  bench: number
  machine: MachineCpu
}

/** Processes to stop if the bench is interrupted. */
const live = new Set<() => void>()

export function killEverything(): void {
  for (const kill of live) kill()
}

/** Starts the server, runs the client processes against it once, and stops them all. */
export async function runTarget(
  target: BenchTarget,
  workload: Workload,
  log: (line: string) => void,
): Promise<TargetResult> {
  log(`${target.name}: starting ${target.label}`)
  const server = await target.start()
  const killServer = (): void => void server.stop()
  live.add(killServer)
  let fleet: ClientFleet | undefined
  let measured: Omit<TargetResult, 'notes'>
  try {
    fleet = new ClientFleet(workload.clients, workload.clientProcesses)
    const clients = fleet
    live.add(() => clients.kill())
    measured = await withTimeout(
      drive(target, server, clients, workload, log),
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
    if (fleet) await fleet.stop(CLIENT_EXIT_GRACE_MS)
    await server.stop()
    live.delete(killServer)
  }
  return { ...measured, notes: server.notes() }
}

/** Upper bound of one run: a stuck server or client process must not hang the bench. */
function runBudgetMs(w: Workload): number {
  return (60 + w.warmupSeconds + w.durationSeconds + w.drainSeconds + 30) * 1000
}

async function drive(
  target: BenchTarget,
  server: RunningTarget,
  fleet: ClientFleet,
  workload: Workload,
  log: (line: string) => void,
): Promise<Omit<TargetResult, 'notes'>> {
  const clientPids = fleet.pids
  const sample = (): Sample => ({
    at: performance.now(),
    server: treeCpu(server.pid),
    clients: clientPids.map(cpuSeconds),
    bench: cpuSeconds(process.pid),
    machine: machineCpu(),
  })
  const idleRss = treeRss(server.pid)
  let start: Sample | undefined
  let end: Sample | undefined
  let sockets: SocketCensus | undefined
  let maxRss = 0
  let rssTimer: NodeJS.Timeout | undefined
  let run
  try {
    run = await fleet.run(
      {
        serverUrl: server.serverUrl,
        room: server.room,
        params: server.params,
        protocol: target.protocol,
        workload,
      },
      {
        connected(connectMs) {
          log(
            `${target.name}: ${workload.clients} clients in ${clientPids.length} processes synced in ` +
              `${Math.round(connectMs)} ms, warming up ${workload.warmupSeconds} s`,
          )
          rssTimer = setInterval(() => {
            maxRss = Math.max(maxRss, treeRss(server.pid))
          }, RSS_SAMPLE_MS)
        },
        measureStart() {
          start = sample()
          log(`${target.name}: measuring ${workload.durationSeconds} s`)
        },
        measureEnd() {
          end = sample()
          sockets = socketCensus(server.pid)
          log(`${target.name}: draining up to ${workload.drainSeconds} s`)
        },
      },
    )
  } finally {
    clearInterval(rssTimer)
  }
  if (!start || !end || !sockets) throw new Error('result before the measured window')
  const mem = memory(server.pid)
  const serverCpu = treeCpuDelta(start.server, end.server)
  const clientCpu = end.clients.map((c, i) => c - (start?.clients[i] ?? c))
  const clientCpuSeconds = clientCpu.reduce((a, b) => a + b, 0)
  const clients: ClientRunResult = combineResults(run, workload)
  return {
    target: target.name,
    label: target.label,
    clients,
    windowSeconds: (end.at - start.at) / 1000,
    serverCpuSeconds: serverCpu,
    serverIdleRssBytes: idleRss,
    serverPeakRssBytes: mem.peakRssBytes,
    serverMaxSampledRssBytes: Math.max(maxRss, treeRss(server.pid)),
    clientCpuSeconds,
    busiestClientCpuSeconds: Math.max(0, ...clientCpu),
    otherCpuSeconds: Math.max(
      0,
      end.machine.busy -
        start.machine.busy -
        serverCpu -
        clientCpuSeconds -
        (end.bench - start.bench),
    ),
    stealSeconds: end.machine.steal - start.machine.steal,
    serverSockets: sockets,
  }
}
