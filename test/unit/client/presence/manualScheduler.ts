import type { Scheduler } from '../../../../client/src/lib/presence/coalesce.ts'

/** A clock and frame queue the test advances by hand. */
export function manualScheduler(): Scheduler & {
  advance(ms: number): void
  runFrame(): void
  readonly time: number
} {
  let time = 0
  let frames: (() => void)[] = []
  let timers: { at: number; run: () => void }[] = []
  return {
    get time() {
      return time
    },
    now: () => time,
    frame: (cb) => void frames.push(cb),
    after: (ms, cb) => void timers.push({ at: time + ms, run: cb }),
    advance(ms) {
      const end = time + ms
      for (;;) {
        const due = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0]
        if (!due) break
        time = due.at
        timers = timers.filter((t) => t !== due)
        due.run()
      }
      time = end
    },
    runFrame() {
      const run = frames
      frames = []
      for (const cb of run) cb()
    },
  }
}
