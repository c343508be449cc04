import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { missingDependency, stateAfter } from '../../../server/sync/missingDependency.ts'
import { decodeUpdate } from '../../../server/sync/updateEffect.ts'

function missing(doc: Y.Doc, update: Uint8Array) {
  const decoded = decodeUpdate(update)
  if (decoded === null) throw new Error('update does not decode')
  return missingDependency(stateAfter(doc), decoded)
}

/** The updates a client emits, one per transaction. */
function edits(clientID: number, ...changes: ((doc: Y.Doc) => void)[]): Uint8Array[] {
  const doc = new Y.Doc()
  doc.clientID = clientID
  const updates: Uint8Array[] = []
  doc.on('update', (u: Uint8Array) => updates.push(u))
  for (const change of changes) change(doc)
  return updates
}

/** A V1 update of hand-made structs of one client, and a delete set. */
function rawUpdate(
  client: number,
  firstClock: number,
  writeStructs: (e: encoding.Encoder) => number,
  deletes: [number, number, number][] = [],
): Uint8Array {
  const body = encoding.createEncoder()
  const count = writeStructs(body)
  const e = encoding.createEncoder()
  if (count === 0) encoding.writeVarUint(e, 0)
  else {
    encoding.writeVarUint(e, 1)
    encoding.writeVarUint(e, count)
    encoding.writeVarUint(e, client)
    encoding.writeVarUint(e, firstClock)
    encoding.writeUint8Array(e, encoding.toUint8Array(body))
  }
  encoding.writeVarUint(e, deletes.length)
  for (const [c, clock, len] of deletes) {
    encoding.writeVarUint(e, c)
    encoding.writeVarUint(e, 1)
    encoding.writeVarUint(e, clock)
    encoding.writeVarUint(e, len)
  }
  return encoding.toUint8Array(e)
}

const gc = (e: encoding.Encoder, len: number) => {
  encoding.writeUint8(e, 0)
  encoding.writeVarUint(e, len)
}
const skip = (e: encoding.Encoder, len: number) => {
  encoding.writeUint8(e, 10)
  encoding.writeVarUint(e, len)
}
/** A string item with its left neighbour's id. */
const charAfter = (e: encoding.Encoder, client: number, clock: number, text = 'x') => {
  encoding.writeUint8(e, 4 | 0x80)
  encoding.writeVarUint(e, client)
  encoding.writeVarUint(e, clock)
  encoding.writeVarString(e, text)
}
/** A value in a map type given by the id of its item. */
const valueIn = (e: encoding.Encoder, client: number, clock: number, key: string) => {
  encoding.writeUint8(e, 8 | 0x20)
  encoding.writeVarUint(e, 0) // parent by id
  encoding.writeVarUint(e, client)
  encoding.writeVarUint(e, clock)
  encoding.writeVarString(e, key)
  encoding.writeVarUint(e, 1)
  encoding.writeUint8(e, 126) // null
}

describe('missingDependency', () => {
  it('finds nothing missing in an update that builds on the document or a root by name', () => {
    const server = new Y.Doc()
    const [first, second] = edits(
      1,
      (doc) => doc.getMap('m').set('a', new Y.Map()),
      (doc) => (doc.getMap('m').get('a') as Y.Map<number>).set('b', 1),
    ) as [Uint8Array, Uint8Array]
    expect(missing(server, first)).toBe(null)
    Y.applyUpdate(server, first)
    expect(missing(server, second)).toBe(null)
  })

  it('finds the clock before a client’s first new struct', () => {
    const [, second] = edits(
      1,
      (doc) => doc.getText('t').insert(0, 'ab'),
      (doc) => doc.getMap('m').set('k', 1),
    ) as [Uint8Array, Uint8Array]
    expect(missing(new Y.Doc(), second)).toEqual({ client: 1, clock: 2 - 2 })
  })

  it('finds a neighbour of another client the document does not have', () => {
    const server = new Y.Doc()
    const anna = new Y.Doc()
    anna.clientID = 1
    anna.getText('t').insert(0, 'abc')
    const mallory = new Y.Doc()
    mallory.clientID = 2
    Y.applyUpdate(mallory, Y.encodeStateAsUpdate(anna))
    const before = Y.encodeStateVector(mallory)
    mallory.getText('t').insert(2, 'X')
    const update = Y.encodeStateAsUpdate(mallory, before)
    // Its left neighbour is (1, 1), its right one (1, 2).
    expect(missing(server, update)).toEqual({ client: 1, clock: 1 })
    Y.applyUpdate(server, Y.encodeStateAsUpdate(anna))
    expect(missing(server, update)).toBe(null)
  })

  it('finds a parent given by id, not one given by name', () => {
    const byId = rawUpdate(2, 0, (e) => (valueIn(e, 1, 4, 'schemaVersion'), 1))
    expect(missing(new Y.Doc(), byId)).toEqual({ client: 1, clock: 4 })
    const [byName] = edits(2, (doc) => doc.getMap('meta').set('x', 1))
    expect(missing(new Y.Doc(), byName!)).toBe(null)
  })

  it('counts references within the update as present, also to later structs of it', () => {
    const chain = rawUpdate(3, 0, (e) => {
      gc(e, 1)
      charAfter(e, 3, 0) // after the GC struct
      charAfter(e, 3, 1) // after the previous character
      return 3
    })
    expect(missing(new Y.Doc(), chain)).toBe(null)
  })

  it('treats GC structs as covering their clocks and Skip structs as a gap', () => {
    const afterGc = rawUpdate(3, 0, (e) => (gc(e, 5), charAfter(e, 3, 4), 2))
    expect(missing(new Y.Doc(), afterGc)).toBe(null)
    const afterSkip = rawUpdate(3, 0, (e) => (gc(e, 2), skip(e, 3), charAfter(e, 3, 1), 3))
    expect(missing(new Y.Doc(), afterSkip)).toEqual({ client: 3, clock: 2 })
  })

  it('ignores the references of structs the document has whole, as Yjs skips them', () => {
    const server = new Y.Doc()
    Y.applyUpdate(
      server,
      rawUpdate(3, 0, (e) => (gc(e, 2), 1)),
    )
    // Clock 1 is known: its (missing) neighbour does not matter.
    const known = rawUpdate(3, 1, (e) => (charAfter(e, 9, 9), 1))
    expect(missing(server, known)).toBe(null)
    // Clocks 1 and 2 in one struct: Yjs still looks at its neighbour before cutting it at 2.
    const overlap = rawUpdate(3, 1, (e) => (charAfter(e, 9, 9, 'xy'), 1))
    expect(missing(server, overlap)).toEqual({ client: 9, clock: 9 })
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(server))
    Y.applyUpdate(copy, overlap)
    expect(copy.store.pendingStructs).not.toBe(null)
    // Clock 2 alone is new, and its neighbour counts.
    const beyond = rawUpdate(3, 1, (e) => (charAfter(e, 3, 0), charAfter(e, 9, 9), 2))
    expect(missing(server, beyond)).toEqual({ client: 9, clock: 9 })
  })

  it('finds deletes of clocks nobody sent, but not of clocks the update itself adds', () => {
    const server = new Y.Doc()
    server.clientID = 1
    server.getText('t').insert(0, 'abc')
    expect(
      missing(
        server,
        rawUpdate(0, 0, () => 0, [[1, 0, 3]]),
      ),
    ).toBe(null)
    expect(
      missing(
        server,
        rawUpdate(0, 0, () => 0, [[1, 2, 5]]),
      ),
    ).toEqual({ client: 1, clock: 3 })
    expect(
      missing(
        server,
        rawUpdate(0, 0, () => 0, [[7, 10, 1]]),
      ),
    ).toEqual({
      client: 7,
      clock: 10,
    })
    // An empty range beyond the state: Yjs would keep it pending, and throws doing so.
    expect(
      missing(
        server,
        rawUpdate(0, 0, () => 0, [[1, 3, 0]]),
      ),
    ).toEqual({ client: 1, clock: 3 })
    expect(
      missing(
        server,
        rawUpdate(0, 0, () => 0, [[1, 1, 0]]),
      ),
    ).toBe(null)
    const addsAndDeletes = rawUpdate(4, 0, (e) => (gc(e, 1), charAfter(e, 4, 0), 2), [[4, 0, 2]])
    expect(missing(server, addsAndDeletes)).toBe(null)
    const deletesBeyond = rawUpdate(4, 0, (e) => (gc(e, 1), 1), [[4, 0, 2]])
    expect(missing(server, deletesBeyond)).toEqual({ client: 4, clock: 1 })
  })

  it('agrees with Yjs: what it calls complete leaves nothing pending', () => {
    const [a, b, c] = edits(
      5,
      (doc) => doc.getArray('list').insert(0, [1, 2, 3]),
      (doc) => doc.getArray('list').delete(1, 1),
      (doc) => doc.getArray('list').insert(1, ['x']),
    ) as [Uint8Array, Uint8Array, Uint8Array]
    for (const order of [
      [a, b, c],
      [c, b, a],
      [b, a, c],
      [a, c, b],
    ]) {
      const server = new Y.Doc()
      for (const update of order) {
        const complete = missing(server, update) === null
        Y.applyUpdate(server, update)
        if (complete) {
          expect(server.store.pendingStructs).toBe(null)
          expect(server.store.pendingDs).toBe(null)
        }
      }
    }
  })

  it('does not count a first section of a client listed twice, which Yjs ignores', () => {
    const e = encoding.createEncoder()
    encoding.writeVarUint(e, 3) // sections
    for (const [client, length] of [
      [3, 10],
      [4, 1],
      [3, 2],
    ] as const) {
      encoding.writeVarUint(e, 1) // one struct
      encoding.writeVarUint(e, client)
      encoding.writeVarUint(e, 0) // first clock
      if (client === 4) charAfter(e, 3, 5)
      else gc(e, length)
    }
    encoding.writeVarUint(e, 0)
    const update = encoding.toUint8Array(e)
    expect(missing(new Y.Doc(), update)).toEqual({ client: 3, clock: 10 })
    const server = new Y.Doc()
    Y.applyUpdate(server, update)
    expect(server.store.pendingStructs).not.toBe(null)
  })

  it('counts the updates to be applied first as present', () => {
    const [first, second] = edits(
      1,
      (doc) => doc.getText('t').insert(0, 'ab'),
      (doc) => doc.getText('t').insert(2, 'c'),
    ) as [Uint8Array, Uint8Array]
    const decodedSecond = decodeUpdate(second)!
    expect(missingDependency(stateAfter(new Y.Doc()), decodedSecond)).not.toBe(null)
    const state = stateAfter(new Y.Doc(), [decodeUpdate(first)!])
    expect(missingDependency(state, decodedSecond)).toBe(null)
  })
})
