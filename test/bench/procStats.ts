import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'

/** Clock ticks per second of utime/stime in /proc/<pid>/stat (almost always 100). */
const CLOCK_TICKS = ((): number => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
  } catch {
    return 100
  }
})()

/** Fields of /proc/<pid>/stat from field 3 (state) on; field n of proc(5) is at index n − 3. */
function statFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // The command name is in parentheses and may contain spaces: split after the last ')'.
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')
}

/** User plus system CPU time a process (all its threads) has used so far, in seconds. */
export function cpuSeconds(pid: number): number {
  const fields = statFields(pid)
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS // utime (14) + stime (15)
}

/**
 * A process and all its descendants (a server under tsx keeps an esbuild helper, others may
 * fork workers). Processes that vanish while we look are left out.
 */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const ppid = Number(statFields(Number(entry))[1]) // ppid is field 4
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      // exited meanwhile
    }
  }
  const tree: number[] = []
  const visit = (pid: number): void => {
    tree.push(pid)
    for (const child of children.get(pid) ?? []) visit(child)
  }
  visit(root)
  return tree
}

/** CPU seconds used so far by each process of a tree, by pid. */
export function treeCpu(root: number): Map<number, number> {
  const cpu = new Map<number, number>()
  for (const pid of processTree(root)) {
    try {
      cpu.set(pid, cpuSeconds(pid))
    } catch {
      // exited meanwhile
    }
  }
  return cpu
}

/** CPU a process tree used between two `treeCpu` readings (processes born in between count whole). */
export function treeCpuDelta(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0
  for (const [pid, seconds] of after) sum += seconds - (before.get(pid) ?? 0)
  return sum
}

/** Resident set size of a whole process tree now. */
export function treeRss(root: number): number {
  let sum = 0
  for (const pid of processTree(root)) {
    try {
      sum += memory(pid).rssBytes
    } catch {
      // exited meanwhile
    }
  }
  return sum
}

export interface MachineCpu {
  /** CPU seconds all cores spent busy (anything but idle and iowait) since boot. */
  busy: number
  /** CPU seconds the hypervisor gave to other guests while we wanted to run. */
  steal: number
}

/** Machine-wide CPU time from /proc/stat, to see what else ran during a measurement. */
export function machineCpu(): MachineCpu {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? ''
  // cpu user nice system idle iowait irq softirq steal guest guest_nice (guest is within user)
  const [user, nice, system, , , irq, softirq, steal] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number)
  const ticks = (v: number | undefined): number => (v ?? 0) / CLOCK_TICKS
  return {
    busy: ticks(user) + ticks(nice) + ticks(system) + ticks(irq) + ticks(softirq),
    steal: ticks(steal),
  }
}

export interface MemorySample {
  /** Resident set size now. */
  rssBytes: number
  /** Peak resident set size over the process' life (VmHWM). */
  peakRssBytes: number
}

export function memory(pid: number): MemorySample {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (key: string): number => {
    const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)
    return m ? Number(m[1]) * 1024 : 0
  }
  return { rssBytes: kb('VmRSS'), peakRssBytes: kb('VmHWM') }
}
