import type { FuzzRandom } from './fuzzRandom.ts'

/** How a valid byte string was damaged, for the failure message. */
export type MutationName =
  | 'bit flips'
  | 'truncation'
  | 'duplicated range'
  | 'removed range'
  | 'varint changed'
  | 'bytes overwritten'

/** A damaged copy of valid bytes; never equal to the input. */
export interface Mutated {
  mutation: MutationName
  bytes: Uint8Array
}

const MUTATIONS: readonly MutationName[] = [
  'bit flips',
  'truncation',
  'duplicated range',
  'removed range',
  'varint changed',
  'bytes overwritten',
]

/**
 * Values a changed varint takes: the edges where decoders overflow, allocate or loop (0, one
 * byte, two bytes, 2^31, 2^32 and past 2^53, where lib0 refuses).
 */
const VARINT_VALUES = [0, 1, 0x7f, 0x80, 0x3fff, 0x4000, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 53 - 1]

/** Damages `valid` one way, chosen by `random`; the result always differs from `valid`. */
export function mutateBytes(valid: Uint8Array, random: FuzzRandom): Mutated {
  const mutation = random.pick(MUTATIONS)
  let bytes = applyMutation(mutation, valid, random)
  // Some draws change nothing (a duplicated empty range, a varint replaced by itself).
  if (equalBytes(bytes, valid)) bytes = flipOneBit(valid, random)
  return { mutation, bytes }
}

function applyMutation(mutation: MutationName, valid: Uint8Array, random: FuzzRandom): Uint8Array {
  if (valid.length === 0) return Uint8Array.of(random.int(0, 255))
  switch (mutation) {
    case 'bit flips': {
      const out = valid.slice()
      const flips = random.int(1, 8)
      for (let i = 0; i < flips; i++) out[random.int(0, out.length - 1)]! ^= 1 << random.int(0, 7)
      return out
    }
    case 'truncation':
      return valid.slice(0, random.int(0, valid.length - 1))
    case 'duplicated range': {
      const start = random.int(0, valid.length - 1)
      const end = random.int(start + 1, Math.min(valid.length, start + 64))
      const at = random.int(0, valid.length)
      return concat(valid.subarray(0, at), valid.subarray(start, end), valid.subarray(at))
    }
    case 'removed range': {
      const start = random.int(0, valid.length - 1)
      const end = random.int(start + 1, Math.min(valid.length, start + 16))
      return concat(valid.subarray(0, start), valid.subarray(end))
    }
    case 'varint changed': {
      const starts = varintStarts(valid)
      const at = random.pick(starts)
      const end = varintEnd(valid, at)
      const value = random.pick(VARINT_VALUES)
      return concat(valid.subarray(0, at), encodeVarUint(value), valid.subarray(end))
    }
    case 'bytes overwritten': {
      const out = valid.slice()
      const at = random.int(0, out.length - 1)
      const count = random.int(1, Math.min(8, out.length - at))
      const fill = random.pick([0x00, 0xff, 0x7f, 0x80])
      out.fill(fill, at, at + count)
      return out
    }
  }
}

function flipOneBit(valid: Uint8Array, random: FuzzRandom): Uint8Array {
  if (valid.length === 0) return Uint8Array.of(random.int(0, 255))
  const out = valid.slice()
  out[random.int(0, out.length - 1)]! ^= 1 << random.int(0, 7)
  return out
}

/**
 * Where varints start if the bytes are read as a sequence of varints: lib0 and Yjs (v1) write
 * mostly varints, so these offsets hit message types, lengths, client ids, clocks and counts.
 */
function varintStarts(bytes: Uint8Array): number[] {
  const starts: number[] = []
  for (let at = 0; at < bytes.length; at = varintEnd(bytes, at)) starts.push(at)
  return starts
}

function varintEnd(bytes: Uint8Array, at: number): number {
  let end = at
  while (end < bytes.length && bytes[end]! >= 0x80) end++
  return Math.min(end + 1, bytes.length)
}

/** lib0's varUint encoding (7 bits a byte, low bits first). */
export function encodeVarUint(value: number): Uint8Array {
  const out: number[] = []
  let n = value
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80)
    n = Math.floor(n / 0x80)
  }
  out.push(n)
  return Uint8Array.from(out)
}

/** Joins byte strings. */
export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

/** Byte-wise equality. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i])
}
