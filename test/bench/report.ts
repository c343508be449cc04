import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { LatencySummary } from './latency.ts'
import type { MachineInfo } from './machine.ts'
import type { Workload } from './presets.ts'
import type { TargetResult } from './runTarget.ts'

export interface BenchRun {
  startedAt: string
  preset: string
  workload: Workload
  machine: MachineInfo
  results: TargetResult[]
  failures: { target: string; error: string }[]
}

/** Above this share of one core, or this event-loop delay, the clients' own lag shows in latency. */
const CLIENT_CPU_SATURATED = 0.85
const CLIENT_LAG_MS = 50
/** Offered load this far off the configured one means the window did not measure what was asked. */
const LOAD_TOLERANCE = 0.05
/** Other work on the machine above this share of a core makes the numbers unreliable. */
const OTHER_CPU_NOTICEABLE = 0.1

const MB = 1024 * 1024

function versionOf(pkg: string): string {
  const require = createRequire(import.meta.url)
  const json = JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as {
    version: string
  }
  return json.version
}

const ms = (v: number | undefined): string => (v === undefined ? '–' : `${v.toFixed(1)} ms`)
const mb = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`
const pct = (v: number): string => `${(v * 100).toFixed(1)} %`
const latency = (s: LatencySummary | null, key: keyof LatencySummary): string =>
  s ? ms(s[key]) : '–'

const ROWS: [string, (r: TargetResult) => string][] = [
  ['Clients synced in', (r) => ms(r.clients.connectMs)],
  ['Measured window (client clock)', (r) => `${(r.clients.windowMs / 1000).toFixed(2)} s`],
  ['Edits sent in window', (r) => String(r.clients.editsSent)],
  [
    'Deliveries received / expected',
    (r) => `${r.clients.deliveries} / ${r.clients.expectedDeliveries}`,
  ],
  ['Delivery ratio', (r) => pct(deliveryRatio(r))],
  ['**Edit latency p50**', (r) => latency(r.clients.editLatency, 'p50')],
  ['**Edit latency p95**', (r) => latency(r.clients.editLatency, 'p95')],
  ['**Edit latency p99**', (r) => latency(r.clients.editLatency, 'p99')],
  ['Edit latency max', (r) => latency(r.clients.editLatency, 'max')],
  ['Cursor updates sent in window', (r) => String(r.clients.cursorsSent)],
  ['Cursor latency p50', (r) => latency(r.clients.cursorLatency, 'p50')],
  ['Cursor latency p99', (r) => latency(r.clients.cursorLatency, 'p99')],
  ['Cursor latency max', (r) => latency(r.clients.cursorLatency, 'max')],
  [
    '**Server CPU in window (process tree)**',
    (r) =>
      `${r.serverCpuSeconds.toFixed(2)} s (${pct(r.serverCpuSeconds / r.windowSeconds)} of a core)`,
  ],
  ['Server RSS before clients (process tree)', (r) => mb(r.serverIdleRssBytes)],
  ['**Server peak RSS (VmHWM, main process)**', (r) => mb(r.serverPeakRssBytes)],
  ['Server max RSS under load (process tree)', (r) => mb(r.serverMaxSampledRssBytes)],
  [
    'Client processes: CPU in window, all / busiest',
    (r) =>
      `${r.clients.processes} processes: ${pct(r.clientCpuSeconds / r.windowSeconds)} / ` +
      `${pct(r.busiestClientCpuSeconds / r.windowSeconds)} of a core`,
  ],
  [
    '**Client timer lag p99 (all / worst process) / max**',
    (r) =>
      `${r.clients.lagP99Ms.toFixed(1)} / ${r.clients.lagWorstProcessP99Ms.toFixed(1)} / ` +
      `${r.clients.lagMaxMs.toFixed(1)} ms`,
  ],
  [
    'Other processes’ CPU in window',
    (r) =>
      `${pct(r.otherCpuSeconds / r.windowSeconds)} of a core (steal ${r.stealSeconds.toFixed(2)} s)`,
  ],
  ['Disconnects during run', (r) => String(r.clients.disconnects)],
  [
    'Clients converged (of those applying edits)',
    (r) => `${r.clients.converged} / ${r.clients.editObservers}`,
  ],
  [
    'Server sockets at window end',
    (r) =>
      `${r.serverSockets.tcp} TCP, ${r.serverSockets.udp} UDP, ` +
      (r.serverSockets.nonLoopback.length === 0 ? 'all loopback' : 'NOT all loopback'),
  ],
]

function deliveryRatio(r: TargetResult): number {
  const expected = r.clients.expectedDeliveries
  return expected === 0 ? 1 : r.clients.deliveries / expected
}

/** What a reader must know before trusting a column. */
function warnings(run: BenchRun): string[] {
  const out: string[] = []
  for (const r of run.results) {
    const missing = r.clients.expectedDeliveries - r.clients.deliveries
    if (missing > 0) {
      out.push(
        `${r.target}: ${missing} deliveries missing or later than the ${run.workload.drainSeconds} s drain.`,
      )
    }
    if (r.clients.disconnects > 0) {
      out.push(`${r.target}: clients lost their connection ${r.clients.disconnects} times.`)
    }
    if (r.clients.converged < r.clients.editObservers) {
      out.push(
        `${r.target}: only ${r.clients.converged} of ${r.clients.editObservers} clients ended with the same document.`,
      )
    }
    const clientCpu = r.busiestClientCpuSeconds / r.windowSeconds
    const lag = r.clients.lagWorstProcessP99Ms
    if (clientCpu > CLIENT_CPU_SATURATED || lag > CLIENT_LAG_MS) {
      out.push(
        `${r.target}: a client process was near saturation (busiest ${pct(clientCpu)} of a core, ` +
          `timer lag p99 ${lag.toFixed(1)} ms in the worst process, max ${r.clients.lagMaxMs.toFixed(1)} ms): ` +
          'latencies include the clients’ own queueing, not only the server’s.',
      )
    }
    const others = (r.otherCpuSeconds + r.stealSeconds) / r.windowSeconds
    if (others > OTHER_CPU_NOTICEABLE) {
      out.push(
        `${r.target}: other processes used ${pct(others)} of a core during the window ` +
          `(${run.machine.cpus} cores in all): its numbers are not from a quiet machine.`,
      )
    }
    const w = run.workload
    const offered = [
      ['edits', r.clients.editsSent, w.editsPerSecond * w.durationSeconds],
      ['cursor updates', r.clients.cursorsSent, w.cursorHz * w.clients * w.durationSeconds],
    ] as const
    for (const [what, sent, asked] of offered) {
      if (asked > 0 && Math.abs(sent - asked) > asked * LOAD_TOLERANCE) {
        out.push(
          `${r.target}: ${sent} ${what} went out in the window instead of ${asked} ` +
            `(window ${(r.clients.windowMs / 1000).toFixed(1)} s, ${r.clients.skipped[what === 'edits' ? 'edits' : 'cursors']} skipped by lagging client processes): ` +
            'the load was not the one configured.',
        )
      }
    }
    if (r.serverSockets.nonLoopback.length > 0) {
      out.push(`${r.target}: non-loopback sockets: ${r.serverSockets.nonLoopback.join('; ')}.`)
    }
  }
  for (const f of run.failures) out.push(`${f.target}: run failed: ${f.error.split('\n')[0]}`)
  return out
}

export function renderMarkdown(run: BenchRun): string {
  const w = run.workload
  const m = run.machine
  const columns = [
    ...run.results.map((r) => r.label),
    ...run.failures.map((f) => `${f.target} (failed)`),
  ]
  const lines = [
    `## Room benchmark, preset \`${run.preset}\`, ${run.startedAt}`,
    '',
    `${w.clients} clients in one room (stock y-websocket ${versionOf('y-websocket')}, ` +
      `yjs ${versionOf('yjs')}, split over ${w.clientProcesses} Node processes separate from the server). ` +
      `${w.editsPerSecond} edits/s in total, round robin over the clients, each moving a note ` +
      `(one Y.Map key); every client moves its cursor (awareness) at ${w.cursorHz} Hz; ` +
      `${Math.min(w.cursorObservers, w.clients)} of them decode the cursors they receive and ` +
      'measure cursor latency (the others receive the same frames and skip decoding). ' +
      'Every client measures edit latency. ' +
      (w.editObservers >= w.clients
        ? 'Every client applies every edit. '
        : `${w.editObservers} of them (the same ones) apply the edits they receive; the others, ` +
          'once synced, read from each update whose edits it carries (fixed Yjs client ids, ' +
          '`Y.parseUpdateMeta`) without applying it (each browser of a workshop has its own ' +
          'machine; here 200 Yjs documents would take a core between them). ') +
      'Clients send only their own awareness state, as Werkraum’s browser client does. ' +
      `${w.warmupSeconds} s warm-up, ${w.durationSeconds} s measured, up to ${w.drainSeconds} s drain. ` +
      'Latency = receive time − send time, both read from CLOCK_MONOTONIC (one clock for all ' +
      'processes of the machine), over every other client.',
    '',
    `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, load average ${m.loadAverage1m} at the end.`,
    '',
    `| Metric | ${columns.join(' | ')} |`,
    `| --- | ${columns.map(() => '---:').join(' | ')} |`,
    ...ROWS.map(
      ([label, cell]) =>
        `| ${label} | ${[...run.results.map(cell), ...run.failures.map(() => '–')].join(' | ')} |`,
    ),
  ]
  const warned = warnings(run)
  if (warned.length > 0) lines.push('', '**Warnings**', '', ...warned.map((w) => `- ${w}`))
  const notes = run.results.flatMap((r) => r.notes.map((n) => `${r.target}: ${n}`))
  if (notes.length > 0) lines.push('', 'Notes:', '', ...notes.map((n) => `- ${n}`))
  return lines.join('\n') + '\n'
}

/** Writes `<time>-<preset>.md/.json` and `latest.md/.json`; returns the paths written. */
export function writeResults(run: BenchRun, markdown: string, outDir: string): string[] {
  mkdirSync(outDir, { recursive: true })
  const stamp = run.startedAt.replace(/[:.]/g, '-')
  const json = JSON.stringify(run, null, 2) + '\n'
  const files: [string, string][] = [
    [`${stamp}-${run.preset}.md`, markdown],
    [`${stamp}-${run.preset}.json`, json],
    ['latest.md', markdown],
    ['latest.json', json],
  ]
  return files.map(([name, text]) => {
    const file = path.join(outDir, name)
    writeFileSync(file, text)
    return file
  })
}
