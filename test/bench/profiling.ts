import path from 'node:path'

/**
 * Node flags that write a CPU profile of a process into `BENCH_CPU_PROF` (a directory), for the
 * client processes and the Werkraum server; none when it is unset. For finding where a run's
 * time goes (open the `.cpuprofile` files in Chrome's DevTools), not for the numbers: profiling
 * slows every process down.
 */
export function cpuProfileArgs(env: NodeJS.ProcessEnv = process.env): string[] {
  const dir = env.BENCH_CPU_PROF
  if (!dir) return []
  return ['--cpu-prof', `--cpu-prof-dir=${path.resolve(dir)}`]
}
