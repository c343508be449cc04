// Seeded sync fuzzing of the real Room with the real SQLite store, over in-memory links (see
// test/helpers/roomFuzz.ts): peers edit, frames arrive late, out of order or never, people
// drop off and come back, the room restarts from the store; afterwards everyone and the store
// agree, and nothing reached anyone before the store confirmed it.
//
//   SYNC_FUZZ_SEED=123     replay one seed (a failure prints it, with the step and the last steps)
//   SYNC_FUZZ_STEPS=5000   a longer run per seed
//   SYNC_FUZZ_LOG=1        print what each run did (edits, drops, reorders, reconnects, …)
import { describe, expect, it } from 'vitest'
import { runRoomFuzz } from '../../helpers/roomFuzz.ts'
import { envInt } from '../../helpers/envInt.ts'

const DEFAULT_SEEDS = [1, 2, 3]
const DEFAULT_STEPS = 800
const EDITORS = 3

const seeds = process.env.SYNC_FUZZ_SEED ? [envInt('SYNC_FUZZ_SEED', 0)] : DEFAULT_SEEDS
const steps = envInt('SYNC_FUZZ_STEPS', DEFAULT_STEPS)

describe('the room under seeded sync fuzzing', () => {
  it.each(seeds)(
    'seed %i: peers and store converge, nothing relayed before it was stored',
    async (seed) => {
      const report = await runRoomFuzz({ seed, steps, editors: EDITORS })
      if (process.env.SYNC_FUZZ_LOG) console.log(`seed ${seed}`, report)
      // The run did what it is for: edits, disorder and losses, each frame checked.
      expect(report.edits).toBeGreaterThan(0)
      expect(report.reordered).toBeGreaterThan(0)
      expect(report.dropped + report.reconnects + report.restarts).toBeGreaterThan(0)
      expect(report.checkedFrames).toBeGreaterThan(0)
      expect(report.compactions).toBeGreaterThan(0)
    },
    30_000 + steps * 20,
  )
})
