import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PRESETS, PRESET_NAMES, isPresetName, type PresetName, type Workload } from './presets.ts'
import { TARGET_NAMES, isTargetName, type TargetName } from './targets/index.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface BenchOptions {
  preset: PresetName
  workload: Workload
  /** Servers to measure, in this order. */
  targets: TargetName[]
  /** Where the Markdown and JSON results go (git-ignored). */
  outDir: string
  /** How long to wait for an idle machine before each server's run. */
  quietWaitSeconds: number
}

export class UsageError extends Error {}

/** Flag name, environment variable and workload key of each numeric setting. */
const NUMERIC: { flag: string; env: string; key: keyof Workload; min: number }[] = [
  { flag: 'clients', env: 'BENCH_CLIENTS', key: 'clients', min: 2 },
  { flag: 'edits-per-second', env: 'BENCH_EDITS_PER_SECOND', key: 'editsPerSecond', min: 0 },
  { flag: 'cursor-hz', env: 'BENCH_CURSOR_HZ', key: 'cursorHz', min: 0 },
  { flag: 'warmup', env: 'BENCH_WARMUP', key: 'warmupSeconds', min: 0 },
  { flag: 'duration', env: 'BENCH_DURATION', key: 'durationSeconds', min: 1 },
  { flag: 'drain', env: 'BENCH_DRAIN', key: 'drainSeconds', min: 0 },
  { flag: 'connect-batch', env: 'BENCH_CONNECT_BATCH', key: 'connectBatch', min: 1 },
  { flag: 'cursor-observers', env: 'BENCH_CURSOR_OBSERVERS', key: 'cursorObservers', min: 0 },
  { flag: 'edit-observers', env: 'BENCH_EDIT_OBSERVERS', key: 'editObservers', min: 1 },
  { flag: 'client-processes', env: 'BENCH_CLIENT_PROCESSES', key: 'clientProcesses', min: 1 },
]

export const USAGE = `Usage: npm run bench -- [--preset=${PRESET_NAMES.join('|')}] [--servers=${TARGET_NAMES.join(',')}]
       [--clients=N] [--edits-per-second=N] [--cursor-hz=N] [--warmup=S] [--duration=S]
       [--drain=S] [--connect-batch=N] [--cursor-observers=N] [--edit-observers=N]
       [--client-processes=N] [--quiet-wait=S] [--out=DIR]
Every flag also reads from the environment: BENCH_PRESET, BENCH_SERVERS, BENCH_CLIENTS, ...
Precedence: preset defaults < environment < flags.`

/** Reads `--name=value` / `--name value` flags over `BENCH_*` variables over the preset. */
export function parseOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const flags = parseFlags(argv)
  const known = new Set(['preset', 'servers', 'out', 'quiet-wait', ...NUMERIC.map((n) => n.flag)])
  for (const name of flags.keys()) {
    if (!known.has(name)) throw new UsageError(`unknown flag --${name}`)
  }
  const pick = (flag: string, envName: string): string | undefined =>
    flags.get(flag) ?? (env[envName] || undefined)

  const presetName = pick('preset', 'BENCH_PRESET') ?? 'default'
  if (!isPresetName(presetName)) {
    throw new UsageError(`unknown preset "${presetName}" (known: ${PRESET_NAMES.join(', ')})`)
  }
  const workload: Workload = { ...PRESETS[presetName] }
  for (const { flag, env: envName, key, min } of NUMERIC) {
    const raw = pick(flag, envName)
    if (raw === undefined) continue
    const value = Number(raw)
    if (!Number.isFinite(value) || value < min) {
      throw new UsageError(`--${flag} must be a number >= ${min}, got "${raw}"`)
    }
    const whole =
      key === 'clients' ||
      key === 'connectBatch' ||
      key === 'cursorObservers' ||
      key === 'editObservers' ||
      key === 'clientProcesses'
    workload[key] = whole ? Math.round(value) : value
  }

  const targets = (pick('servers', 'BENCH_SERVERS') ?? TARGET_NAMES.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  for (const t of targets) {
    if (!isTargetName(t)) {
      throw new UsageError(`unknown server "${t}" (known: ${TARGET_NAMES.join(', ')})`)
    }
  }
  if (targets.length === 0) throw new UsageError('--servers names no server')

  const outDir = path.resolve(ROOT, pick('out', 'BENCH_OUT') ?? 'bench-results')
  const quietRaw = pick('quiet-wait', 'BENCH_QUIET_WAIT') ?? '30'
  const quietWaitSeconds = Number(quietRaw)
  if (!Number.isFinite(quietWaitSeconds) || quietWaitSeconds < 0) {
    throw new UsageError(`--quiet-wait must be a number >= 0, got "${quietRaw}"`)
  }
  return {
    preset: presetName,
    workload,
    targets: targets as TargetName[],
    outDir,
    quietWaitSeconds,
  }
}

function parseFlags(argv: string[]): Map<string, string> {
  const flags = new Map<string, string>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--help' || arg === '-h') throw new UsageError('')
    const m = /^--([a-z0-9-]+)(?:=(.*))?$/.exec(arg)
    if (!m?.[1]) throw new UsageError(`unexpected argument "${arg}"`)
    let value = m[2]
    if (value === undefined) {
      value = argv[i + 1]
      if (value === undefined || value.startsWith('--')) {
        throw new UsageError(`--${m[1]} needs a value`)
      }
      i++
    }
    flags.set(m[1], value)
  }
  return flags
}
