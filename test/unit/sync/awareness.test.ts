import * as encoding from 'lib0/encoding'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import { AwarenessBatcher } from '../../../server/sync/AwarenessBatcher.ts'
import { AwarenessStates } from '../../../server/sync/AwarenessStates.ts'
import {
  decodeClientMessage,
  encodeAwarenessMessage,
  type AwarenessEntry,
} from '../../../server/sync/protocol.ts'
import { seededRandom } from '../../helpers/peers.ts'

function entry(clientId: number, clock: number, state: unknown): AwarenessEntry {
  return { clientId, clock, state: state === null ? null : JSON.stringify(state) }
}

function entriesOf(frame: Uint8Array): AwarenessEntry[] {
  const message = decodeClientMessage(frame)
  if (message.kind !== 'awareness') throw new Error(`not awareness: ${message.kind}`)
  return message.entries
}

/** One-entry awareness update as y-protocols encodes it. */
function wireUpdate(e: AwarenessEntry): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint(encoder, e.clientId)
  encoding.writeVarUint(encoder, e.clock)
  encoding.writeVarString(encoder, e.state ?? 'null')
  return encoding.toUint8Array(encoder)
}

describe('AwarenessStates', () => {
  it('follows the clock rules of y-protocols (random sequences against its Awareness)', () => {
    const random = seededRandom(2024)
    for (let run = 0; run < 50; run++) {
      const reference = new awarenessProtocol.Awareness(new Y.Doc())
      reference.setLocalState(null)
      const ours = new AwarenessStates()
      for (let step = 0; step < 60; step++) {
        const e = entry(
          1 + Math.floor(random() * 3),
          Math.floor(random() * 6),
          random() < 0.3 ? null : { n: Math.floor(random() * 3) },
        )
        let emitted = false
        const onUpdate = (): void => {
          emitted = true
        }
        reference.on('update', onUpdate)
        awarenessProtocol.applyAwarenessUpdate(reference, wireUpdate(e), 'test')
        reference.off('update', onUpdate)
        expect(ours.apply(e, step)).toBe(emitted)
      }
      const theirs = [...reference.getStates()].map(([id, s]) => [id, s]).sort()
      const mine = [...ours.liveEntries()].map((e) => [e.clientId, JSON.parse(e.state!)]).sort()
      expect(mine).toEqual(theirs)
      expect(ours.size).toBe(reference.getStates().size)
      reference.destroy()
    }
  })

  it('keeps the clock of a client that left, so an old state cannot come back', () => {
    const states = new AwarenessStates()
    expect(states.apply(entry(5, 2, { name: 'Ada' }), 0)).toBe(true)
    expect(states.remove(5)).toBe(true)
    expect(states.remove(5)).toBe(false)
    expect(states.apply(entry(5, 2, { name: 'Ada' }), 1)).toBe(false)
    expect(states.size).toBe(0)
    expect([...states.entries([5])]).toEqual([{ clientId: 5, clock: 2, state: null }])
    expect(states.apply(entry(5, 3, { name: 'Ada' }), 2)).toBe(true)
    expect(states.size).toBe(1)
  })

  it('drops states that were not renewed in time', () => {
    const states = new AwarenessStates()
    states.apply(entry(1, 1, { name: 'alt' }), 0)
    states.apply(entry(2, 1, { name: 'neu' }), 20_000)
    const removed: number[] = []
    states.sweep(30_000, 30_000, (id) => removed.push(id))
    expect(removed).toEqual([1])
    expect([...states.liveEntries()].map((e) => e.clientId)).toEqual([2])
  })
})

describe('AwarenessBatcher', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('sends one message per tick with the latest state of each client', () => {
    const states = new AwarenessStates()
    const sent: Uint8Array[] = []
    const batcher = new AwarenessBatcher(
      (ids) => sent.push(encodeAwarenessMessage(states.entries(ids))),
      40,
    )
    const move = (clientId: number, clock: number, x: number): void => {
      if (states.apply(entry(clientId, clock, { cursor: { x } }), Date.now()))
        batcher.mark(clientId)
    }
    move(1, 1, 10)
    move(2, 1, 50)
    move(1, 2, 11)
    move(1, 3, 12)
    expect(sent).toEqual([])

    vi.advanceTimersByTime(40)
    expect(sent).toHaveLength(1)
    expect(entriesOf(sent[0]!)).toEqual([
      entry(1, 3, { cursor: { x: 12 } }),
      entry(2, 1, { cursor: { x: 50 } }),
    ])

    vi.advanceTimersByTime(200)
    expect(sent).toHaveLength(1)
    move(2, 2, 51)
    vi.advanceTimersByTime(40)
    expect(sent.map((m) => entriesOf(m).length)).toEqual([2, 1])
  })

  it('sends nothing after it was disposed', () => {
    const flushed: number[][] = []
    const batcher = new AwarenessBatcher((ids) => flushed.push([...ids]), 40)
    batcher.mark(1)
    batcher.dispose()
    vi.advanceTimersByTime(100)
    expect(flushed).toEqual([])
  })
})
