import * as encoding from 'lib0/encoding'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import {
  AWARENESS_MAX_TICK_MS,
  AWARENESS_STATES_PER_SECOND,
  AWARENESS_TICK_MS,
  AwarenessBatcher,
  statesPerTick,
  tickMs,
} from '../../../../server/sync/awareness/AwarenessBatcher.ts'
import {
  AWARENESS_FORGET_MS,
  AWARENESS_MAX_STATE_BYTES,
  AwarenessStates,
} from '../../../../server/sync/awareness/AwarenessStates.ts'
import {
  ProtocolError,
  decodeClientMessage,
  encodeAwarenessMessage,
  type ReceivedAwareness,
} from '../../../../server/sync/protocol.ts'
import { seededRandom } from '../../../helpers/peers.ts'

const utf8 = new TextEncoder()

/** An entry as a client sends it. */
function entry(clientId: number, clock: number, state: unknown): ReceivedAwareness {
  return { clientId, clock, json: utf8.encode(JSON.stringify(state)) }
}

/** What a relayed awareness message carries, states parsed. */
function entriesOf(frame: Uint8Array): { clientId: number; clock: number; state: unknown }[] {
  const message = decodeClientMessage(frame)
  if (message.kind !== 'awareness') throw new Error(`not awareness: ${message.kind}`)
  return message.entries.map(({ clientId, clock, json }) => ({
    clientId,
    clock,
    state: JSON.parse(new TextDecoder().decode(json)) as unknown,
  }))
}

/** One-entry awareness update as y-protocols encodes it. */
function wireUpdate(e: ReceivedAwareness): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint(encoder, e.clientId)
  encoding.writeVarUint(encoder, e.clock)
  encoding.writeVarUint8Array(encoder, e.json)
  return encoding.toUint8Array(encoder)
}

function liveStates(states: AwarenessStates): [number, unknown][] {
  return [...states.liveEntries()].map((e) => [
    e.clientId,
    JSON.parse(new TextDecoder().decode(e.state!)) as unknown,
  ])
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
        expect(ours.apply(e, step) !== 'unchanged').toBe(emitted)
      }
      const theirs = [...reference.getStates()].map(([id, s]) => [id, s]).sort()
      const mine = liveStates(ours).sort()
      expect(mine).toEqual(theirs)
      expect(ours.size).toBe(reference.getStates().size)
      reference.destroy()
    }
  })

  it('keeps the clock of a client that left, so an old state cannot come back', () => {
    const states = new AwarenessStates()
    expect(states.apply(entry(5, 2, { name: 'Ada' }), 0)).toBe('updated')
    expect(states.remove(5)).toBe(true)
    expect(states.remove(5)).toBe(false)
    expect(states.apply(entry(5, 2, { name: 'Ada' }), 1)).toBe('unchanged')
    expect(states.size).toBe(0)
    expect([...states.entries([5])]).toEqual([{ clientId: 5, clock: 2, state: null }])
    expect(states.apply(entry(5, 3, { name: 'Ada' }), 2)).toBe('updated')
    expect(states.size).toBe(1)
    expect(states.apply(entry(5, 4, null), 3)).toBe('left')
    expect(states.size).toBe(0)
  })

  it('checks only states newer than the known one, and refuses a newer one that is not JSON', () => {
    const states = new AwarenessStates()
    states.apply(entry(7, 3, { cursor: { x: 1 } }), 0)
    const notJson = { clientId: 7, clock: 3, json: utf8.encode('{nope') }
    // What a stock client sends back after receiving it: the same clock, never parsed.
    expect(states.apply(notJson, 1)).toBe('unchanged')
    expect(states.apply({ ...notJson, clock: 2 }, 1)).toBe('unchanged')
    expect(() => states.apply({ ...notJson, clock: 4 }, 1)).toThrow(ProtocolError)
    const notUtf8 = { clientId: 7, clock: 4, json: Uint8Array.of(0x22, 0xc3, 0x28, 0x22) }
    expect(() => states.apply(notUtf8, 1)).toThrow(/not JSON in UTF-8/)
    expect(liveStates(states)).toEqual([[7, { cursor: { x: 1 } }]])
  })

  it('keeps a copy of the state, not the frame it arrived in', () => {
    const states = new AwarenessStates()
    const received = entry(1, 1, { n: 1 })
    states.apply(received, 0)
    received.json.fill(0x20)
    expect(liveStates(states)).toEqual([[1, { n: 1 }]])
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

describe('AwarenessStates, bounded', () => {
  it('forgets the clock of a released client after the grace, not before', () => {
    const states = new AwarenessStates()
    states.apply(entry(5, 3, { name: 'Ada' }), 0)
    states.apply(entry(6, 1, { name: 'Bo' }), 0)
    expect(states.release(5, 1000)).toBe(true)
    expect(states.release(6, 2000)).toBe(true)
    expect(states.known).toBe(2)
    // Within the grace a late duplicate of the old state cannot bring Ada back.
    states.forgetReleased(1000 + AWARENESS_FORGET_MS - 1, AWARENESS_FORGET_MS)
    expect(states.isNews(entry(5, 3, { name: 'Ada' }))).toBe(false)
    expect(states.apply(entry(5, 3, { name: 'Ada' }), 1)).toBe('unchanged')
    states.forgetReleased(1000 + AWARENESS_FORGET_MS, AWARENESS_FORGET_MS)
    expect(states.has(5)).toBe(false)
    expect(states.has(6)).toBe(true)
    expect(states.known).toBe(1)
  })

  it('keeps a client that came back within the grace', () => {
    const states = new AwarenessStates()
    states.apply(entry(5, 3, { name: 'Ada' }), 0)
    states.release(5, 0)
    expect(states.apply(entry(5, 4, { name: 'Ada' }), 10)).toBe('updated')
    states.forgetReleased(AWARENESS_FORGET_MS * 2, AWARENESS_FORGET_MS)
    expect(liveStates(states)).toEqual([[5, { name: 'Ada' }]])
  })

  it('refuses a state larger than the cap, and takes one at the cap', () => {
    const states = new AwarenessStates()
    const atCap = {
      clientId: 1,
      clock: 1,
      json: utf8.encode(`"${'a'.repeat(AWARENESS_MAX_STATE_BYTES - 2)}"`),
    }
    expect(states.apply(atCap, 0)).toBe('updated')
    const over = {
      clientId: 2,
      clock: 1,
      json: utf8.encode(`"${'a'.repeat(AWARENESS_MAX_STATE_BYTES)}"`),
    }
    expect(() => states.apply(over, 0)).toThrow(/too large/)
    expect(states.has(2)).toBe(false)
  })

  it('tells news (a newer clock, or removing a live state) from echoes', () => {
    const states = new AwarenessStates()
    expect(states.isNews(entry(1, 0, { n: 1 }))).toBe(false)
    expect(states.isNews(entry(1, 1, { n: 1 }))).toBe(true)
    states.apply(entry(1, 2, { n: 1 }), 0)
    expect(states.isNews(entry(1, 2, { n: 1 }))).toBe(false)
    expect(states.isNews(entry(1, 2, null))).toBe(true)
    expect(states.isNews(entry(1, 1, null))).toBe(false)
    expect(states.isNews(entry(1, 3, { n: 2 }))).toBe(true)
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
      if (states.apply(entry(clientId, clock, { cursor: { x } }), Date.now()) !== 'unchanged')
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
      { clientId: 1, clock: 3, state: { cursor: { x: 12 } } },
      { clientId: 2, clock: 1, state: { cursor: { x: 50 } } },
    ])

    vi.advanceTimersByTime(200)
    expect(sent).toHaveLength(1)
    move(2, 2, 51)
    vi.advanceTimersByTime(40)
    expect(sent.map((m) => entriesOf(m).length)).toEqual([2, 1])
  })

  it('relays each person less often as more people move, so each receiver gets a bounded rate', () => {
    expect(statesPerTick(AWARENESS_TICK_MS)).toBe(20)
    expect(statesPerTick(AWARENESS_MAX_TICK_MS)).toBe(50)

    for (const people of [10, 50, 200, 500]) {
      const relayed: { at: number; count: number }[] = []
      const batcher = new AwarenessBatcher((ids) =>
        relayed.push({ at: Date.now(), count: ids.size }),
      )
      // Everyone moves at 10 Hz for 5 s, at phases spread over the 100 ms.
      const start = Date.now()
      for (let t = 0; t < 5000; t++) {
        for (let id = 1; id <= people; id++) if ((t + id * 7) % 100 === 0) batcher.mark(id)
        vi.advanceTimersByTime(1)
      }
      batcher.dispose()
      // States a second each receiver gets, after the first second (the count of movers warms up).
      const states = relayed.filter((r) => r.at - start > 1000).reduce((a, r) => a + r.count, 0)
      const perSecond = states / 4
      expect(perSecond).toBeLessThanOrEqual(AWARENESS_STATES_PER_SECOND * 1.05)
      // Nobody is left out: each person is relayed at least at the rate the cap allows.
      expect(perSecond).toBeGreaterThanOrEqual(
        Math.min(people * 10, AWARENESS_STATES_PER_SECOND) * 0.9,
      )
    }
  })

  it('hands over the people who waited longest first, and a departure at the next tick', () => {
    const seen: { at: number; ids: number[] }[] = []
    const batcher = new AwarenessBatcher((ids) => seen.push({ at: Date.now(), ids: [...ids] }), 40)
    // 400 people move at 10 Hz: ticks of 100 ms hand over 50 each, everyone every 800 ms.
    for (let t = 0; t < 2000; t++) {
      for (let id = 1; id <= 400; id++) if ((t + id * 7) % 100 === 0) batcher.mark(id)
      vi.advanceTimersByTime(1)
    }
    expect(tickMs(400)).toBe(AWARENESS_MAX_TICK_MS)
    expect(seen.at(-1)?.ids).toHaveLength(statesPerTick(AWARENESS_MAX_TICK_MS))
    const lastOf = new Map<number, number>()
    const gaps: number[] = []
    for (const { at, ids } of seen.slice(-40)) {
      for (const id of ids) {
        if (lastOf.has(id)) gaps.push(at - lastOf.get(id)!)
        lastOf.set(id, at)
      }
    }
    // Everyone in turn: 400 people / 50 a tick = 8 ticks (a timer starts with the next change).
    expect(gaps.length).toBeGreaterThan(500)
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(750)
    expect(Math.max(...gaps)).toBeLessThanOrEqual(850)

    batcher.mark(8, true)
    seen.length = 0
    vi.advanceTimersByTime(AWARENESS_MAX_TICK_MS)
    expect(seen[0]?.ids).toContain(8)
    batcher.dispose()
  })

  it('hands the waiting over in the order they started waiting, a repeated change keeping its place', () => {
    const seen: number[][] = []
    const batcher = new AwarenessBatcher((ids) => seen.push([...ids]), 40)
    const cap = statesPerTick(AWARENESS_TICK_MS)
    // 3 × cap people change in one tick; the first ones change again (keeping their place).
    for (let id = 1; id <= 3 * cap; id++) batcher.mark(id)
    for (let id = 1; id <= 5; id++) batcher.mark(id)
    vi.advanceTimersByTime(AWARENESS_TICK_MS)
    expect(seen[0]).toEqual(Array.from({ length: cap }, (_, i) => i + 1))
    // Someone handed over who changes again queues behind everyone still waiting.
    batcher.mark(1)
    vi.advanceTimersByTime(AWARENESS_TICK_MS)
    expect(seen[1]).toEqual(Array.from({ length: cap }, (_, i) => cap + i + 1))
    vi.advanceTimersByTime(AWARENESS_TICK_MS)
    expect(seen[2]).toEqual(Array.from({ length: cap }, (_, i) => 2 * cap + i + 1))
    vi.advanceTimersByTime(AWARENESS_TICK_MS)
    expect(seen[3]).toEqual([1])
    batcher.dispose()
  })

  it('hands a long queue over once each, in order, a bounded share per tick', () => {
    const handed: number[] = []
    let largest = 0
    const batcher = new AwarenessBatcher((ids) => {
      handed.push(...ids)
      largest = Math.max(largest, ids.size)
    }, 40)
    for (let id = 1; id <= 20_000; id++) batcher.mark(id)
    vi.advanceTimersByTime(60_000)
    expect(handed).toEqual(Array.from({ length: 20_000 }, (_, i) => i + 1))
    expect(largest).toBeLessThanOrEqual(statesPerTick(AWARENESS_MAX_TICK_MS))
    batcher.dispose()
  })

  it('ticks every 40 ms in a small room and less often as more people move', () => {
    expect(tickMs(1)).toBe(AWARENESS_TICK_MS)
    expect(tickMs(50)).toBe(AWARENESS_TICK_MS)
    expect(tickMs(100)).toBe(50)
    expect(tickMs(200)).toBe(AWARENESS_MAX_TICK_MS)
    const ticks: number[] = []
    const batcher = new AwarenessBatcher(() => ticks.push(Date.now()), 40)
    // 200 people move at 10 Hz, each at their own phase.
    for (let t = 0; t < 3000; t++) {
      for (let id = 1; id <= 200; id++) if ((t + id * 7) % 100 === 0) batcher.mark(id)
      vi.advanceTimersByTime(1)
    }
    batcher.dispose()
    const gaps = ticks.slice(-10).map((t, i, all) => (i === 0 ? 0 : t - all[i - 1]!))
    expect(gaps.slice(1)).toEqual(Array(9).fill(AWARENESS_MAX_TICK_MS))
  })

  it('hands a tick over early, once more than half of it passed, to ride along with an update', () => {
    const flushed: number[][] = []
    const batcher = new AwarenessBatcher((ids) => flushed.push([...ids]), 40)
    expect(batcher.takeEarly()).toBeNull()
    batcher.mark(1)
    vi.advanceTimersByTime(10)
    expect(batcher.takeEarly()).toBeNull()
    vi.advanceTimersByTime(15)
    expect([...(batcher.takeEarly() ?? [])]).toEqual([1])
    vi.advanceTimersByTime(100)
    expect(flushed).toEqual([])
    batcher.mark(2)
    vi.advanceTimersByTime(40)
    expect(flushed).toEqual([[2]])
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
