import * as Y from 'yjs'
import { expect, test } from 'vitest'
import { createNote, editText, moveElements } from '../../../../shared/ops/index.ts'
import { PendingChanges } from '../../../../client/src/lib/sync/pendingChanges.ts'
import { memoryStore } from '../../../../client/src/lib/storage/safeStorage.ts'

const REMOTE = Symbol('provider')

function setup(store = memoryStore()): { doc: Y.Doc; pending: PendingChanges; counts: number[] } {
  const doc = new Y.Doc()
  const pending = new PendingChanges(doc, 'b1', store, (origin) => origin === REMOTE)
  const counts: number[] = []
  pending.onChange((c) => counts.push(c))
  return { doc, pending, counts }
}

test('offline, each element changed here counts once, however often it changed', () => {
  const { doc, pending } = setup()
  const a = createNote(doc, { x: 0, y: 0, text: 'Stadtwerke' })
  for (let i = 0; i < 60; i++) moveElements(doc, { positions: [{ id: a, x: i, y: 0 }] })
  editText(doc, { id: a, text: 'Stadtwerke GmbH' })
  createNote(doc, { x: 300, y: 0 })
  expect(pending.count).toBe(2)
})

test('changes from the server do not count', () => {
  const { doc, pending } = setup()
  const other = new Y.Doc()
  createNote(other, { x: 0, y: 0 })
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), REMOTE)
  expect(pending.count).toBe(0)
})

test('a completed sync clears the count; while synced nothing is counted', () => {
  const { doc, pending, counts } = setup()
  createNote(doc, { x: 0, y: 0 })
  pending.setSynced(true)
  expect(pending.count).toBe(0)
  createNote(doc, { x: 0, y: 0 })
  expect(pending.count).toBe(0)
  pending.setSynced(false)
  createNote(doc, { x: 0, y: 0 })
  expect(counts).toEqual([1, 0, 1])
})

test('the count survives a reload (a new tracker on the same store)', () => {
  const store = memoryStore()
  const first = setup(store)
  createNote(first.doc, { x: 0, y: 0 })
  createNote(first.doc, { x: 0, y: 0 })
  first.pending.destroy()
  const second = setup(store)
  expect(second.pending.count).toBe(2)
  second.pending.setSynced(true)
  expect(setup(store).pending.count).toBe(0)
})
