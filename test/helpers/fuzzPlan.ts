import { FUZZ_KINDS, HEAVY_KINDS, PLAIN_KINDS, type FuzzKind } from './fuzzKinds.ts'
import { shuffleInPlace, type FuzzRandom } from './fuzzRandom.ts'

/** One planned send: its kind and the seed its frames are built from. */
export interface PlannedSend {
  kind: FuzzKind
  seed: number
}

export interface PlanOptions {
  rounds: number
  sendsPerRound: number
  /** The kinds to use; every kind by default. */
  kinds?: readonly FuzzKind[]
}

/**
 * The sends of a run, round by round. Every attack kind (one that reproduces a finding) is in
 * every run once, at a seeded place, so that any seed attacks every known weakness; the rest of
 * the rounds is filled with plain kinds. Heavy kinds come once per run, never more.
 */
export function planRun(random: FuzzRandom, options: PlanOptions): PlannedSend[][] {
  const kinds = new Set(options.kinds ?? (Object.keys(FUZZ_KINDS) as FuzzKind[]))
  const attacks = (Object.keys(FUZZ_KINDS) as FuzzKind[]).filter(
    (kind) => kinds.has(kind) && FUZZ_KINDS[kind] !== null,
  )
  const fillers = PLAIN_KINDS.filter((kind) => kinds.has(kind))
  const total = Math.max(options.rounds * options.sendsPerRound, attacks.length)
  const sends: FuzzKind[] = shuffleInPlace([...attacks], random)
  while (sends.length < total && fillers.length > 0) sends.push(random.pick(fillers))
  // Heavy attacks once each, anywhere; the light ones mixed among the fillers.
  shuffleInPlace(sends, random)
  const heavy = new Set<FuzzKind>(HEAVY_KINDS)
  const seen = new Set<FuzzKind>()
  const kept = sends.filter((kind) => !heavy.has(kind) || (!seen.has(kind) && seen.add(kind)))
  const rounds: PlannedSend[][] = Array.from({ length: options.rounds }, () => [])
  kept.forEach((kind, i) => {
    rounds[i % options.rounds]!.push({ kind, seed: random.int(0, 0xffffffff) })
  })
  return rounds
}

/** Parses `FUZZ_KINDS=a,b` into known kinds; throws on a name that is not one. */
export function parseKinds(raw: string | undefined): FuzzKind[] | undefined {
  if (raw === undefined || raw.trim() === '') return undefined
  const names = raw.split(',').map((name) => name.trim())
  for (const name of names) {
    if (!Object.hasOwn(FUZZ_KINDS, name)) {
      throw new Error(
        `FUZZ_KINDS: unknown kind "${name}"; known: ${Object.keys(FUZZ_KINDS).join(', ')}`,
      )
    }
  }
  return names as FuzzKind[]
}

/** Parses `FUZZ_SEND=<kind>:<seed>`, the single send a failure message names. */
export function parseSend(raw: string | undefined): PlannedSend | undefined {
  if (raw === undefined || raw.trim() === '') return undefined
  const match = /^(\w+):(\d+)$/.exec(raw.trim())
  const kind = match?.[1]
  if (!match || kind === undefined || !Object.hasOwn(FUZZ_KINDS, kind)) {
    throw new Error(`FUZZ_SEND must be <kind>:<seed> as a failure prints it, got "${raw}"`)
  }
  return { kind: kind as FuzzKind, seed: Number(match[2]) }
}
