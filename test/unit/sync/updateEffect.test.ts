import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addsToDoc, decodeUpdate } from '../../../server/sync/updateEffect.ts'

function adds(doc: Y.Doc, update: Uint8Array): boolean {
  const decoded = decodeUpdate(update)
  if (decoded === null) throw new Error('update does not decode')
  return addsToDoc(doc, decoded)
}

function sync(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)))
}

describe('addsToDoc', () => {
  it('is true for new content and false for the same update again', () => {
    const server = new Y.Doc()
    const client = new Y.Doc()
    const updates: Uint8Array[] = []
    client.on('update', (u: Uint8Array) => updates.push(u))
    client.getMap('elements').set('a', 1)
    expect(adds(server, updates[0]!)).toBe(true)
    Y.applyUpdate(server, updates[0]!)
    expect(adds(server, updates[0]!)).toBe(false)
  })

  it('is false for the sync step 2 of a client that reconnects with nothing new', () => {
    const server = new Y.Doc()
    const client = new Y.Doc()
    const text = client.getText('t')
    text.insert(0, 'Bürgerbeteiligung')
    text.delete(0, 6)
    sync(client, server)
    // What the client sends after reconnecting: everything the server lacks, plus its deletes.
    const step2 = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server))
    expect(adds(server, step2)).toBe(false)
  })

  it('is true for a delete of something the doc still shows', () => {
    const server = new Y.Doc()
    const client = new Y.Doc()
    client.getText('t').insert(0, 'Amt')
    sync(client, server)
    const updates: Uint8Array[] = []
    client.on('update', (u: Uint8Array) => updates.push(u))
    client.getText('t').delete(1, 1)
    expect(adds(server, updates[0]!)).toBe(true)
    Y.applyUpdate(server, updates[0]!)
    expect(adds(server, updates[0]!)).toBe(false)
    expect(server.getText('t').toString()).toBe('At')
  })

  it('is true for updates the doc cannot place yet (missing earlier updates)', () => {
    const server = new Y.Doc()
    const client = new Y.Doc()
    const updates: Uint8Array[] = []
    client.on('update', (u: Uint8Array) => updates.push(u))
    client.getText('t').insert(0, 'a')
    client.getText('t').insert(1, 'b')
    expect(adds(server, updates[1]!)).toBe(true)
  })

  it('decodeUpdate refuses bytes that are not an update', () => {
    expect(decodeUpdate(Uint8Array.of(0xff, 0xff, 0xff))).toBe(null)
    expect(decodeUpdate(Uint8Array.of(1, 1, 5))).toBe(null)
  })

  it('is false for a resend of an update the doc holds as pending (waiting for a dependency)', () => {
    const server = new Y.Doc()
    const client = new Y.Doc()
    const updates: Uint8Array[] = []
    client.on('update', (u: Uint8Array) => updates.push(u))
    client.getMap('elements').set('a', 1)
    client.getMap('elements').set('b', 2)
    const second = updates[1]!
    expect(adds(server, second)).toBe(true)
    Y.applyUpdate(server, second)
    expect(server.store.pendingStructs).not.toBeNull()
    expect(adds(server, second)).toBe(false)
    expect(adds(server, updates[0]!)).toBe(true)
  })

  it('is false for a resend of a delete the doc holds as pending', () => {
    const server = new Y.Doc()
    const client = new Y.Doc()
    const updates: Uint8Array[] = []
    client.getMap('elements').set('a', 1)
    client.on('update', (u: Uint8Array) => updates.push(u))
    client.getMap('elements').delete('a')
    const removal = updates[0]!
    Y.applyUpdate(server, removal)
    expect(server.store.pendingDs).not.toBeNull()
    expect(adds(server, removal)).toBe(false)
  })

  it('is false for what an earlier update of the same batch brings', () => {
    const server = new Y.Doc()
    const client = new Y.Doc()
    client.getMap('elements').set('a', 1)
    const update = Y.encodeStateAsUpdate(client)
    const decoded = decodeUpdate(update)!
    expect(addsToDoc(server, decoded)).toBe(true)
    expect(addsToDoc(server, decoded, [decodeUpdate(update)!])).toBe(false)
  })
})
