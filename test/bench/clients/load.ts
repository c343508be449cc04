import { sharedNow } from '../clock.ts'
import type { BenchClient } from './BenchClient.ts'
import type { CursorLedger } from './CursorLedger.ts'
import type { EditLedger } from './EditLedger.ts'
import { Pacer } from './Pacer.ts'

/** Timer granularity of the load; events due within one tick go out together. */
const TICK_MS = 5

export interface LoadRates {
  /** Edits per second of this process, round robin over its clients. */
  editsPerSecond: number
  /** Cursor updates per second of each client. */
  cursorHz: number
}

export interface RunningLoad {
  /** Ticks in [start, end) record how late they fire; edits stop at `end`, cursors go on. */
  setWindow(start: number, end: number): void
  /** Lateness of each tick in the window, in ms: this process' own lag. */
  lagSamples(): Float64Array
  stop(): void
  /** Events the pacers dropped because the client process fell behind. */
  skipped(): { edits: number; cursors: number }
}

/** Edits round robin across this process' clients; every client's cursor at `cursorHz`. */
export function startLoad(
  clients: BenchClient[],
  edits: EditLedger,
  cursors: CursorLedger,
  rates: LoadRates,
): RunningLoad {
  const start = sharedNow()
  const editPacer = new Pacer(rates.editsPerSecond, start)
  const cursorPacer = new Pacer(rates.cursorHz * clients.length, start)
  let windowStart = Infinity
  let windowEnd = Infinity
  let nextEditor = 0
  let nextCursor = 0
  let lastTick = start
  const lag: number[] = []
  const timer = setInterval(() => {
    const now = sharedNow()
    if (now >= windowStart && now < windowEnd) lag.push(Math.max(0, now - lastTick - TICK_MS))
    lastTick = now
    const editing = now < windowEnd
    for (let n = editPacer.due(now); editing && n > 0; n--) {
      clients[nextEditor++ % clients.length]?.moveNote(edits)
    }
    for (let n = cursorPacer.due(now); n > 0; n--) {
      clients[nextCursor++ % clients.length]?.moveCursor(cursors)
    }
  }, TICK_MS)
  return {
    setWindow: (s, e) => {
      windowStart = s
      windowEnd = e
    },
    lagSamples: () => Float64Array.from(lag),
    stop: () => clearInterval(timer),
    skipped: () => ({ edits: editPacer.skipped, cursors: cursorPacer.skipped }),
  }
}
