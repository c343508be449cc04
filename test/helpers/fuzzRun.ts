// One seeded fuzz run against the real server: plan, send, check after every send and round,
// restart, compare. Every failure says what was sent (seed, round, send, kind, detail).
import { SCHEMA_VERSION } from '../../shared/schema/version.ts'
import { metaMap } from '../../shared/schema/doc.ts'
import * as Y from 'yjs'
import { makeSend, STEP1_FLOOD_FRAMES, type FuzzSend } from './fuzzFrames.ts'
import type { FuzzKind } from './fuzzKinds.ts'
import { syncFrame } from './fuzzWire.ts'
import { docState, diffStates, HonestRoom } from './fuzzHonest.ts'
import { planRun, type PlannedSend } from './fuzzPlan.ts'
import { FuzzRandom } from './fuzzRandom.ts'
import { healthStatus, isRunning, lastStoredSeq, residentMiB, resetUpgrade } from './fuzzServer.ts'
import { startServer, type RunningServer } from './startServer.ts'
import { until } from './waitFor.ts'
import { createBoard, rawClient, syncedClient, type RawClient } from './yclient.ts'

/**
 * Resident memory the server may reach. A board like this run's (a few hundred notes, three
 * people) keeps the server near 130 MiB; one frame of 296,717 empty maps took it to 650 MiB,
 * two million new presence ids in ten frames past 1.5 GiB (and /healthz stopped answering).
 */
export const MEMORY_BOUND_MIB = 400
/**
 * Full answers the server may give to the `step1Flood`'s frames: an honest client sends one
 * sync step 1 per connection; a limit that allows a burst of retries stays far below this.
 */
export const STEP1_ANSWERS_ALLOWED = 50
/** How long the server may take to answer a probe (or close) after a send. */
export const ANSWER_WAIT_MS = 15_000
/**
 * How long a flood may take to reach everyone: the server reads a sender beyond its edit rate
 * slowly (3,000 small updates at 240 a second after a burst of 1,200: about 8 s), longer on a
 * loaded machine.
 */
const FLOOD_SETTLE_MS = 60_000
/** Updates a resent update may add to the store: the first send, not the repeats. */
const RESENT_STORED_AT_MOST = 1

/**
 * Server settings for a run: compaction after few updates, so that snapshots of fuzzed content
 * are written and loaded within a short run.
 */
const SERVER_ENV = { COMPACT_AFTER_UPDATES: '40' }

/** What a run does; every choice in it follows from `seed`. */
export interface FuzzRunOptions {
  seed: number
  rounds: number
  sendsPerRound: number
  kinds?: readonly FuzzKind[]
  /** Instead of a plan: this one send alone (FUZZ_SEND=<kind>:<seed> from a failure). */
  only?: PlannedSend
  /** One line per send, for a long local run. */
  log?: (line: string) => void
}

/** A failed check, with everything needed to replay it. */
export class FuzzFailure extends Error {
  constructor(where: string, what: string) {
    super(`${what}\n  at ${where}`)
    this.name = 'FuzzFailure'
  }
}

/** The sync step 1 that ends every send: answered in order, it shows the frames before were read. */
const PROBE = syncFrame(0, Uint8Array.of(0))

/** Runs one seeded fuzz run; resolves when every check held, throws FuzzFailure otherwise. */
export async function runFuzz(options: FuzzRunOptions): Promise<void> {
  const { seed } = options
  const random = new FuzzRandom(seed)
  const fullPlan = planRun(random.fork(), options)
  const plan = options.only ? [[options.only]] : fullPlan
  const kinds = options.kinds ? ` FUZZ_KINDS=${options.kinds.join(',')}` : ''
  const replay = (send?: PlannedSend): string =>
    `replay: FUZZ_SEED=${seed} FUZZ_ROUNDS=${options.rounds}${kinds}` +
    (send ? `, or this send alone: FUZZ_SEED=${seed} FUZZ_SEND=${send.kind}:${send.seed}` : '')
  const first = await startServer({ env: SERVER_ENV })
  let second: RunningServer | null = null
  let room: HonestRoom | null = null
  try {
    const board = await createBoard(first)
    room = await HonestRoom.join(first, board, random.fork())
    const honest = room
    const edits = random.fork()
    // Honest operations that threw: reported after the server's checks ran to the end.
    const clientProblems: string[] = honest.edit(edits, 10)
    await honest.converge('start').catch((err: unknown) => {
      throw new FuzzFailure(`seed ${seed}, before any send`, String(err))
    })
    for (const [r, round] of plan.entries()) {
      for (const [i, planned] of round.entries()) {
        const send = makeSend(planned.kind, new FuzzRandom(planned.seed), {
          honestClientIds: honest.clientIds,
          honestDoc: honest.anna.client.doc,
        })
        const where = `seed ${seed}, round ${r}, send ${i}: ${send.kind} over the ${send.right} link (${send.detail}); ${replay(planned)}`
        options.log?.(where)
        // The honest people keep editing between the attacks, not only between rounds (but
        // not while the store is counted).
        if (!send.resent) {
          for (const problem of honest.edit(edits, 1))
            clientProblems.push(`${problem} (round ${r})`)
        }
        await deliver(first, board, send, honest, where)
        await checkProcess(first, where)
        checkBoard(honest, where)
      }
      const roundWhere = `seed ${seed}, round ${r} (sends: ${round.map((s) => s.kind).join(', ')}); ${replay()}`
      for (const problem of honest.edit(edits, 5)) clientProblems.push(`${problem} (round ${r})`)
      await honest.converge(`r${r}`).catch((err: unknown) => {
        throw new FuzzFailure(roundWhere, `honest people no longer agree: ${String(err)}`)
      })
      checkBoard(honest, roundWhere)
      await checkProcess(first, roundWhere)
    }

    const where = `seed ${seed}, restart after all rounds; ${replay()}`
    const converged = docState(honest.anna.client.doc)
    honest.destroy()
    room = null
    const code = await first.stop()
    if (code !== 0)
      fail(where, `the server exited with ${code} on SIGTERM:\n${tail(first.output())}`)
    second = await startServer({ dataDir: first.dataDir, env: SERVER_ENV })
    const fresh = await syncedClient(second, board.id, board.viewToken).catch((err: unknown) =>
      fail(
        where,
        `the board does not open after a restart (${String(err)}):\n${tail(second!.output())}`,
      ),
    )
    const diffs = diffStates(converged, docState(fresh.doc))
    fresh.destroy()
    if (diffs.length > 0) {
      fail(
        where,
        `the board reloaded differently from what the honest people had: ${diffs.join('; ')}`,
      )
    }
    if (clientProblems.length > 0) {
      fail(
        `seed ${seed}; ${replay()}`,
        `the server held up, but honest operations (shared/ops) threw on what hostile editors left on the board:\n  ${[...new Set(clientProblems)].slice(0, 5).join('\n  ')}`,
      )
    }
  } finally {
    room?.destroy()
    await second?.cleanup()
    await first.cleanup()
  }
}

/** Sends one send's frames on a fresh connection and waits until the server dealt with them. */
async function deliver(
  server: RunningServer,
  board: { id: string; editToken: string; viewToken: string },
  send: FuzzSend,
  honest: HonestRoom,
  where: string,
): Promise<void> {
  if (send.upgradePath !== undefined) {
    await resetUpgrade(server, send.upgradePath)
    return
  }
  let seqBefore = 0
  if (send.resent) {
    // Everything the honest people wrote so far is stored before the store is counted.
    await honest
      .barrier(true)
      .catch((err: unknown) => fail(where, `before the send: ${String(err)}`))
    seqBefore = lastStoredSeq(server.dataDir, board.id)
  }
  const raw = rawClient(server, board.id, send.right === 'view' ? board.viewToken : board.editToken)
  const status = await raw.outcome.catch((err: unknown) => String(err))
  if (status !== 101) fail(where, `the upgrade was answered with ${status}`)
  let closed = false
  void raw.closed.then(() => (closed = true))
  for (const frame of send.frames) raw.ws.send(frame)
  try {
    if (send.pace === 'flood') {
      // While the flood is read, an honest edit must still reach everyone.
      await honest
        .barrier()
        .catch((err: unknown) =>
          fail(where, `honest edits stopped reaching the others during the flood: ${String(err)}`),
        )
      // Then the whole flood must have arrived everywhere (or its sender been closed), before
      // the round compares documents: the server reads a fast sender slowly, not less.
      const { settles } = send
      if (settles !== undefined) {
        const arrived = Promise.all(
          honest.people.map((person) =>
            until(
              person.client.doc,
              'update',
              () => Y.getState(person.client.doc.store, settles.client) >= settles.clock,
              `${person.name} to receive the whole flood`,
              FLOOD_SETTLE_MS,
            ),
          ),
        )
        await Promise.race([arrived, raw.closed]).catch((err: unknown) => fail(where, String(err)))
      }
      return
    }
    raw.ws.send(PROBE)
    const step1Frames = send.frames.filter((f) => f[0] === 0 && f[1] === 0).length
    await answered(raw, step1Frames + 1, () => closed).catch((err: unknown) =>
      fail(where, String(err)),
    )
    if (send.kind === 'step1Flood') {
      const answers = raw.received.filter(isStep2)
      const bytes = answers.reduce((sum, f) => sum + f.length, 0)
      if (answers.length > STEP1_ANSWERS_ALLOWED + 1) {
        fail(
          where,
          `the server answered ${answers.length - 1} of ${STEP1_FLOOD_FRAMES} sync step 1 frames with the board (${(bytes / 1e6).toFixed(1)} MB); at most ${STEP1_ANSWERS_ALLOWED} allowed`,
        )
      }
    }
    // Whatever was sent, an honest edit must still reach everyone; and an update sent before
    // it has been stored and applied (or refused) by the time it did.
    const barrierUpdates = await honest
      .barrier()
      .catch((err: unknown) =>
        fail(
          where,
          `honest edits no longer reach the others after this send: ${String(err)}\nserver log:\n${tail(server.output())}`,
        ),
      )
    for (const client of send.foreignClients) {
      for (const person of honest.people) {
        if (Y.getState(person.client.doc.store, client) > 0) {
          fail(where, `${person.name} received an update a view link sent (client ${client})`)
        }
      }
    }
    if (send.resent) {
      const added = lastStoredSeq(server.dataDir, board.id) - seqBefore - barrierUpdates
      if (added > RESENT_STORED_AT_MOST) {
        fail(where, `the same update, sent ${send.frames.length} times, was stored ${added} times`)
      }
    }
  } finally {
    raw.ws.terminate()
  }
}

function isStep2(frame: Uint8Array): boolean {
  return frame[0] === 0 && frame[1] === 1
}

/** Resolves once `count` sync step 2 answers arrived or the socket closed. */
function answered(raw: RawClient, count: number, isClosed: () => boolean): Promise<void> {
  const done = (): boolean => isClosed() || raw.received.filter(isStep2).length >= count
  if (done()) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (!done()) return
      cleanup()
      resolve()
    }
    const onClose = (): void => {
      cleanup()
      resolve()
    }
    const timer = setTimeout(() => {
      cleanup()
      reject(
        new Error(`the server neither answered the probe nor closed within ${ANSWER_WAIT_MS} ms`),
      )
    }, ANSWER_WAIT_MS)
    const cleanup = (): void => {
      clearTimeout(timer)
      raw.ws.off('message', check)
      raw.ws.off('close', onClose)
    }
    // After `rawClient`'s own listener, so `received` already holds the frame.
    raw.ws.on('message', check)
    raw.ws.once('close', onClose)
  })
}

/** The server is alive, answers /healthz and stays within MEMORY_BOUND_MIB. */
async function checkProcess(server: RunningServer, where: string): Promise<void> {
  const pid = server.child.pid ?? -1
  const health = await healthStatus(server)
  const rss = residentMiB(pid)
  if (!isRunning(server) || rss === null) {
    const exit = server.child.exitCode ?? server.child.signalCode ?? 'exiting'
    fail(where, `the server process died (${exit}):\n${tail(server.output())}`)
  }
  if (health !== 200) {
    fail(
      where,
      `/healthz answered ${health} (${rss.toFixed(0)} MiB resident):\n${tail(server.output())}`,
    )
  }
  if (rss > MEMORY_BOUND_MIB) {
    fail(
      where,
      `the server holds ${rss.toFixed(0)} MiB, more than the bound of ${MEMORY_BOUND_MIB} MiB`,
    )
  }
}

/** What the board must look like to honest people after a round, whatever was sent. */
function checkBoard(honest: HonestRoom, where: string): void {
  for (const person of honest.people) {
    const version = metaMap(person.client.doc).get('schemaVersion')
    if (version !== SCHEMA_VERSION) {
      fail(
        where,
        `${person.name} reads meta.schemaVersion ${JSON.stringify(version)}, not ${SCHEMA_VERSION}: a client wrote it`,
      )
    }
  }
}

function fail(where: string, what: string): never {
  throw new FuzzFailure(where, what)
}

function tail(output: string): string {
  return output.split('\n').slice(-15).join('\n')
}
