import { machineCpu } from './procStats.ts'
import { sleep } from './timeout.ts'

const PROBE_MS = 1_000
/** Busy cores (of the whole machine, before we start anything) below which we call it quiet. */
const QUIET_CORES = 0.3

/**
 * Waits, at most `maxWaitMs` (`--quiet-wait`, 30 s by default), until the machine is nearly
 * idle, so that a run does not share its cores with someone's test suite. Returns the busy cores
 * last seen; the run goes ahead either way and the report shows how much other work ran during
 * the measured window.
 */
export async function waitForQuietMachine(
  log: (line: string) => void,
  maxWaitMs: number,
): Promise<number> {
  const deadline = Date.now() + maxWaitMs
  let warned = false
  for (;;) {
    const before = machineCpu().busy
    await sleep(PROBE_MS)
    const busyCores = (machineCpu().busy - before) / (PROBE_MS / 1000)
    if (busyCores < QUIET_CORES) return busyCores
    if (Date.now() >= deadline) {
      log(`machine still busy (${busyCores.toFixed(2)} cores), measuring anyway`)
      return busyCores
    }
    if (!warned)
      log(
        `machine busy (${busyCores.toFixed(2)} cores), waiting up to ${Math.round(maxWaitMs / 1000)} s for quiet`,
      )
    warned = true
  }
}
