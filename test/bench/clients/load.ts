import { performance } from 'node:perf_hooks'
import type { Workload } from '../presets.ts'
import type { BenchClient } from './BenchClient.ts'
import type { CursorLedger } from './CursorLedger.ts'
import type { EditLedger } from './EditLedger.ts'
import { Pacer } from './Pacer.ts'

/** Timer granularity of the load; events due within one tick go out together. */
const TICK_MS = 5

export interface RunningLoad {
  /** From now on, record how late each tick fires: the client process' own lag. */
  recordLag(): void
  /** Lateness of each tick since `recordLag`, in ms. */
  lagSamples(): number[]
  /** Edits stop; cursors go on, so the drain sees the same background traffic. */
  stopEdits(): void
  stop(): void
  /** Events the pacers dropped because the client process fell behind. */
  skipped(): { edits: number; cursors: number }
}

/** Edits round robin across clients at the total rate; every client's cursor at cursorHz. */
export function startLoad(
  clients: BenchClient[],
  edits: EditLedger,
  cursors: CursorLedger,
  workload: Workload,
): RunningLoad {
  const start = performance.now()
  const editPacer = new Pacer(workload.editsPerSecond, start)
  const cursorPacer = new Pacer(workload.cursorHz * clients.length, start)
  let editing = true
  let nextEditor = 0
  let nextCursor = 0
  let lastTick = start
  let lag: number[] | null = null
  const timer = setInterval(() => {
    const now = performance.now()
    lag?.push(Math.max(0, now - lastTick - TICK_MS))
    lastTick = now
    for (let n = editPacer.due(now); editing && n > 0; n--) {
      clients[nextEditor++ % clients.length]?.moveNote(edits)
    }
    for (let n = cursorPacer.due(now); n > 0; n--) {
      clients[nextCursor++ % clients.length]?.moveCursor(cursors)
    }
  }, TICK_MS)
  return {
    recordLag: () => (lag = []),
    lagSamples: () => lag ?? [],
    stopEdits: () => (editing = false),
    stop: () => clearInterval(timer),
    skipped: () => ({ edits: editPacer.skipped, cursors: cursorPacer.skipped }),
  }
}
