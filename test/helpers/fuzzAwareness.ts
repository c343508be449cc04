// Awareness updates (y-protocols wire format) as a hostile peer would send them: ids, clocks and
// states the stock client never produces.
import * as encoding from 'lib0/encoding'
import type { FuzzRandom } from './fuzzRandom.ts'

/** One entry as written on the wire; `state` is the raw bytes of the "JSON" text. */
export interface RawAwarenessEntry {
  clientId: number
  clock: number
  state: Uint8Array
}

const utf8 = new TextEncoder()

/** An awareness update payload: varUint count, then id, clock and state bytes per entry. */
export function encodeAwarenessPayload(
  entries: readonly RawAwarenessEntry[],
  count = entries.length,
): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, count)
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(e, clientId)
    encoding.writeVarUint(e, clock)
    encoding.writeVarUint8Array(e, state)
  }
  return encoding.toUint8Array(e)
}

/** The JSON text of a value as UTF-8 bytes. */
export function jsonBytes(value: unknown): Uint8Array {
  return utf8.encode(JSON.stringify(value))
}

/** What a state may be: honest-looking, null (left), not JSON, broken UTF-8, huge, deep. */
export type StateShape = 'presence' | 'null' | 'notJson' | 'badUtf8' | 'huge' | 'deep' | 'empty'

const STATE_SHAPES: readonly StateShape[] = [
  'presence',
  'null',
  'notJson',
  'badUtf8',
  'huge',
  'deep',
  'empty',
]

/** A state of the given shape; `huge` is about a megabyte, as one frame can carry. */
export function stateBytes(shape: StateShape, random: FuzzRandom): Uint8Array {
  switch (shape) {
    case 'presence':
      return jsonBytes({
        user: { name: random.word(random.int(0, 60)), color: '#ff0000' },
        cursor: { x: random.int(-1e6, 1e6), y: random.int(-1e6, 1e6) },
        selection: Array.from({ length: random.int(0, 20) }, () => random.word(12)),
      })
    case 'null':
      return utf8.encode('null')
    case 'notJson':
      return utf8.encode(random.pick(['{nope', '', 'undefined', '{"a":', '\u0000']))
    case 'badUtf8':
      return Uint8Array.of(0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d)
    case 'huge':
      return jsonBytes({ user: { name: 'x'.repeat(random.int(100_000, 1_000_000)) } })
    case 'deep': {
      const depth = random.pick([1000, 10_000, 100_000])
      return utf8.encode('['.repeat(depth) + ']'.repeat(depth))
    }
    case 'empty':
      return utf8.encode('{}')
  }
}

/** A clock at the edges: zero, small, near 2^32 and past 2^53. */
export function edgeClock(random: FuzzRandom): number {
  return random.pick([0, 1, random.int(2, 1000), 2 ** 32 - 1, 2 ** 32, 2 ** 53 - 1])
}

/**
 * A short update of random entries: random or honest people's ids (`othersIds`: taking over,
 * freezing or removing their presence), edge clocks, and states of every shape. Sometimes the
 * count says more entries than follow.
 */
export function randomAwarenessPayload(
  random: FuzzRandom,
  othersIds: readonly number[],
): { payload: Uint8Array; description: string } {
  const entries: RawAwarenessEntry[] = []
  const words: string[] = []
  const length = random.int(1, 6)
  for (let i = 0; i < length; i++) {
    const impersonates = othersIds.length > 0 && random.chance(0.4)
    const clientId = impersonates
      ? random.pick(othersIds)
      : random.pick([0, random.clientId(), 2 ** 32 - 1, 2 ** 53 - 1])
    const clock = edgeClock(random)
    const shape = random.pick(STATE_SHAPES)
    entries.push({ clientId, clock, state: stateBytes(shape, random) })
    words.push(`${impersonates ? 'honest ' : ''}id ${clientId} clock ${clock} ${shape} state`)
  }
  const count = random.chance(0.15) ? random.pick([length + 1, 2 ** 31, 2 ** 53 - 1]) : length
  if (count !== length) words.push(`count ${count}`)
  return { payload: encodeAwarenessPayload(entries, count), description: words.join(', ') }
}

/**
 * `count` new client ids with a small state each, in one update: about 8 bytes an entry, so
 * some 200,000 fit a 2 MiB frame (the finding sent two million in ten frames).
 */
export function floodAwarenessPayload(firstId: number, count: number): Uint8Array {
  const state = utf8.encode('{}')
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, count)
  for (let i = 0; i < count; i++) {
    encoding.writeVarUint(e, firstId + i)
    encoding.writeVarUint(e, 1)
    encoding.writeVarUint8Array(e, state)
  }
  return encoding.toUint8Array(e)
}
