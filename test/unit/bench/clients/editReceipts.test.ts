import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import {
  benchClientId,
  clockAfterEdit,
  lastEditsIn,
  updateOfSyncMessage,
} from '../../../../test/bench/clients/editReceipts.ts'

/** A bench client's document after `edits` moves of its notes (as BenchClient.moveNote does). */
function sender(index: number, edits: number): Y.Doc {
  const doc = new Y.Doc()
  doc.clientID = benchClientId(index)
  const notes = doc.getMap('notes')
  for (let seq = 0; seq < edits; seq++) notes.set(`note-${index}-${seq % 5}`, { seq })
  return doc
}

describe('edit receipts without applying the update', () => {
  it('one edit is one clock step of its sender', () => {
    const doc = sender(7, 12)
    expect(Y.getState(doc.store, doc.clientID)).toBe(clockAfterEdit(11))
  })

  it('names the last edit of each bench sender in an update, merged or not', () => {
    const a = sender(2, 3)
    const b = sender(5, 8)
    const onlyNew = Y.encodeStateAsUpdate(a, Y.encodeStateVector(sender(2, 1)))
    expect(lastEditsIn(onlyNew, 10)).toEqual([{ sender: 2, seq: 2 }])
    const merged = Y.mergeUpdates([Y.encodeStateAsUpdate(a), Y.encodeStateAsUpdate(b)])
    expect(lastEditsIn(merged, 10).sort((x, y) => x.sender - y.sender)).toEqual([
      { sender: 2, seq: 2 },
      { sender: 5, seq: 7 },
    ])
  })

  it('ignores writers that are not clients of this room', () => {
    const stranger = new Y.Doc()
    stranger.getMap('notes').set('x', 1)
    expect(lastEditsIn(Y.encodeStateAsUpdate(stranger), 10)).toEqual([])
    expect(lastEditsIn(Y.encodeStateAsUpdate(sender(12, 1)), 10)).toEqual([])
  })

  it('reads the update of a sync step 2 or update message, nothing from a step 1', () => {
    const doc = sender(1, 2)
    const message = (write: (encoder: encoding.Encoder) => void): decoding.Decoder => {
      const encoder = encoding.createEncoder()
      write(encoder)
      return decoding.createDecoder(encoding.toUint8Array(encoder))
    }
    const update = Y.encodeStateAsUpdate(doc)
    expect(updateOfSyncMessage(message((e) => syncProtocol.writeUpdate(e, update)))).toEqual(update)
    expect(updateOfSyncMessage(message((e) => syncProtocol.writeSyncStep2(e, doc)))).toEqual(update)
    expect(updateOfSyncMessage(message((e) => syncProtocol.writeSyncStep1(e, doc)))).toBeNull()
  })
})
