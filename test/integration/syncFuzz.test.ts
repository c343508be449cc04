// Seeded fuzzing of the realtime server's update and awareness paths: hostile, random and
// damaged frames from view and edit links while honest people edit, then checks that the
// server lives, stays within its memory, keeps everyone in agreement and reloads the board as
// it was. Every kind of attack a finding reproduced is in every run (see FUZZ_KINDS in
// test/helpers/fuzzKinds.ts, which names the finding each attack reproduces).
//
//   FUZZ_SEED=123          replay one seed (a failure prints it, with round, send and kind)
//   FUZZ_KINDS=deepAny,…   only these kinds (to re-run one finding's attack)
//   FUZZ_ROUNDS=40         a longer run (default 3 rounds of 6 sends)
//   FUZZ_SEND=deepAny:42   one send alone, as a failure names it (with its FUZZ_SEED)
//   FUZZ_LOG=1             print each send as it goes out
import { describe, it } from 'vitest'
import { parseKinds, parseSend } from '../helpers/fuzzPlan.ts'
import { runFuzz } from '../helpers/fuzzRun.ts'
import { envInt } from '../helpers/envInt.ts'

const DEFAULT_SEEDS = [1, 2]
const DEFAULT_ROUNDS = 3
const SENDS_PER_ROUND = 6

const seeds = process.env.FUZZ_SEED ? [envInt('FUZZ_SEED', 0)] : DEFAULT_SEEDS
const rounds = envInt('FUZZ_ROUNDS', DEFAULT_ROUNDS)
const kinds = parseKinds(process.env.FUZZ_KINDS)
const only = parseSend(process.env.FUZZ_SEND)
// A run's own waits are bounded (10–15 s each); this only caps a run that keeps going.
const RUN_TIMEOUT_MS = 60_000 + rounds * 30_000

describe('realtime server under seeded fuzzing', () => {
  it.each(seeds)(
    'seed %i: stays up, bounded, in agreement, and reloads the board as it was',
    async (seed) => {
      await runFuzz({
        seed,
        rounds,
        sendsPerRound: SENDS_PER_ROUND,
        kinds,
        only,
        log: process.env.FUZZ_LOG ? (line) => console.log(line) : undefined,
      })
    },
    RUN_TIMEOUT_MS,
  )
})
