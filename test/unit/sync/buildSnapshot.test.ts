import { afterAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { buildSnapshot } from '../../../server/sync/buildSnapshot.ts'
import { SnapshotWorker } from '../../../server/sync/SnapshotWorker.ts'

/** A doc with some history (inserts, deletes) as snapshot + updates, and the doc itself. */
function history(): { snapshot: Uint8Array; updates: Uint8Array[]; doc: Y.Doc } {
  const doc = new Y.Doc()
  const map = doc.getMap<string>('elements')
  for (let i = 0; i < 20; i++) map.set(`a${i}`, 'x'.repeat(100))
  const snapshot = Y.encodeStateAsUpdate(doc)
  const updates: Uint8Array[] = []
  doc.on('update', (u: Uint8Array) => updates.push(u))
  for (let i = 0; i < 20; i++) {
    map.set(`b${i}`, `${i}`)
    if (i % 2 === 0) map.delete(`a${i}`)
  }
  return { snapshot, updates, doc }
}

function json(update: Uint8Array): unknown {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, update)
  return content(doc)
}

function content(doc: Y.Doc): unknown {
  return doc.getMap('elements').toJSON()
}

describe('buildSnapshot', () => {
  it('holds what a doc holds that applied the snapshot and the updates', () => {
    const { snapshot, updates, doc } = history()
    const built = buildSnapshot(snapshot, updates)
    expect(json(built.snapshot)).toEqual(content(doc))
    expect(Y.encodeStateVectorFromUpdate(built.snapshot)).toEqual(Y.encodeStateVector(doc))
  })

  it('refuses to build a snapshot that would lack a stored update that does not apply', () => {
    const { snapshot, updates } = history()
    const broken = [...updates.slice(0, 3), new Uint8Array([1, 2, 3, 250]), ...updates.slice(3)]
    expect(() => buildSnapshot(snapshot, broken)).toThrow(/stored update 4 does not apply/)
    expect(() => buildSnapshot(new Uint8Array([0, 9, 9]), updates)).toThrow(/the snapshot/)
  })
})

describe('SnapshotWorker', () => {
  const worker = new SnapshotWorker()
  afterAll(() => worker.close())

  it('builds in a worker thread, answering requests in order', async () => {
    const { snapshot, updates, doc } = history()
    // Copies: the worker takes over the buffers it is given.
    const [first, second] = await Promise.all([
      worker.build(snapshot.slice(), updates),
      worker.build(null, [snapshot.slice()]),
    ])
    expect(first.threadId).toBeGreaterThan(0)
    expect(json(first.snapshot)).toEqual(content(doc))
    expect(json(second.snapshot)).toEqual(json(snapshot))
  })

  it('starts a new thread when used after close', async () => {
    const { snapshot } = history()
    await worker.close()
    const built = await worker.build(null, [snapshot.slice()])
    expect(json(built.snapshot)).toEqual(json(snapshot))
  })
})
