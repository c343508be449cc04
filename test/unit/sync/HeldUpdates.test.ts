import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  HeldUpdates,
  MAX_HELD_BYTES_PER_CONNECTION,
  MAX_HELD_UPDATES_PER_CONNECTION,
  MAX_HELD_UPDATES_PER_ROOM,
} from '../../../server/sync/HeldUpdates.ts'
import { missingDependency, stateAfter } from '../../../server/sync/missingDependency.ts'
import { decodeUpdate } from '../../../server/sync/updateEffect.ts'

function held(sender: string, update: Uint8Array, doc = new Y.Doc()) {
  const decoded = decodeUpdate(update)!
  const waitingFor = missingDependency(stateAfter(doc), decoded)
  if (waitingFor === null) throw new Error('nothing missing')
  return { sender, update, decoded, waitingFor }
}

/** Successive edits of one client: each update needs the ones before it. */
function chain(clientID: number, count: number): Uint8Array[] {
  const doc = new Y.Doc()
  doc.clientID = clientID
  const updates: Uint8Array[] = []
  doc.on('update', (u: Uint8Array) => updates.push(u))
  for (let i = 0; i < count; i++) doc.getText('t').insert(i, 'x')
  return updates
}

describe('HeldUpdates', () => {
  it('releases a chain once its first dependency arrives, in order, in one take', () => {
    const [first, ...rest] = chain(1, 4) as [Uint8Array, ...Uint8Array[]]
    const doc = new Y.Doc()
    const holding = new HeldUpdates<string>()
    for (const update of rest.reverse()) expect(holding.hold(held('anna', update))).toBe('held')
    expect(holding.takeReady(doc)).toEqual([])
    Y.applyUpdate(doc, first)
    const ready = holding.takeReady(doc)
    expect(ready.map((r) => r.update)).toEqual(chain(1, 4).slice(1))
    expect(holding.count).toBe(0)
    expect(holding.bytes).toBe(0)
  })

  it('drops what a sender held', () => {
    const holding = new HeldUpdates<string>()
    const [, second] = chain(1, 2) as [Uint8Array, Uint8Array]
    holding.hold(held('anna', second))
    holding.hold(held('ben', second))
    expect(holding.drop('anna')).toBe(1)
    expect(holding.decodedOf('anna')).toEqual([])
    expect(holding.count).toBe(1)
    expect(holding.bytes).toBe(second.byteLength)
  })

  it('bounds count and bytes per sender and per room', () => {
    const updates = chain(1, MAX_HELD_UPDATES_PER_CONNECTION + 2).slice(1)
    const holding = new HeldUpdates<string>()
    for (const update of updates.slice(0, MAX_HELD_UPDATES_PER_CONNECTION)) {
      expect(holding.hold(held('anna', update))).toBe('held')
    }
    expect(holding.hold(held('anna', updates.at(-1)!))).toBe('over sender bound')
    const big = held('ben', updates[0]!)
    big.update = new Uint8Array(MAX_HELD_BYTES_PER_CONNECTION + 1)
    expect(holding.hold(big)).toBe('over sender bound')
    const room = new HeldUpdates<number>()
    const one = held('x', updates[0]!)
    for (let i = 0; i < MAX_HELD_UPDATES_PER_ROOM; i++) room.hold({ ...one, sender: i })
    expect(room.hold({ ...one, sender: -1 })).toBe('over room bound')
  })

  it('lets a server that holds and releases converge with Yjs, and never go pending', () => {
    let seed = 7
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed % n
    }
    for (let round = 0; round < 30; round++) {
      // Three people who see each other's edits in turns, so edits build on one another.
      const peers = [1, 2, 3].map((id) => {
        const doc = new Y.Doc()
        doc.clientID = id
        return doc
      })
      const sent: Uint8Array[] = []
      for (const peer of peers) peer.on('update', (u: Uint8Array) => sent.push(u))
      for (let step = 0; step < 40; step++) {
        const peer = peers[random(3)]!
        const text = peer.getText('t')
        if (text.length > 0 && random(3) === 0) text.delete(random(text.length), 1)
        else text.insert(random(text.length + 1), 'ab'.slice(random(2)))
        if (random(4) === 0) {
          const other = peers[random(3)]!
          Y.applyUpdate(other, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(other)))
        }
      }
      const server = new Y.Doc()
      const holding = new HeldUpdates<string>()
      const order = sent.map((u) => [random(1 << 30), u] as const).sort((a, b) => a[0] - b[0])
      const admit = (update: Uint8Array): void => {
        const decoded = decodeUpdate(update)!
        const waitingFor = missingDependency(stateAfter(server), decoded)
        if (waitingFor !== null) {
          holding.hold({ sender: 'p', update, decoded, waitingFor })
          return
        }
        Y.applyUpdate(server, update)
        expect(server.store.pendingStructs).toBe(null)
        expect(server.store.pendingDs).toBe(null)
        for (const ready of holding.takeReady(server)) admit(ready.update)
      }
      for (const [, update] of order) admit(update)
      expect(holding.count).toBe(0)
      const all = new Y.Doc()
      for (const update of sent) Y.applyUpdate(all, update)
      expect(server.getText('t').toString()).toBe(all.getText('t').toString())
    }
  })
})
