import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Logger } from '../../../server/log.ts'
import { BoardUnreadableError, loadBoardDoc } from '../../../server/sync/loadBoardDoc.ts'
import { createNote } from '../../../shared/ops/createNote.ts'
import { elementsMap, metaMap, readSchemaVersion } from '../../../shared/schema/doc.ts'
import { SCHEMA_VERSION } from '../../../shared/schema/version.ts'
import { deepJsonUpdate } from '../../helpers/hostileUpdates.ts'
import { MemoryBoardStore, addBoard } from '../../helpers/memoryStore.ts'

const quiet: Logger = { info: () => {}, warn: () => {}, error: () => {} }

function boardState(schemaVersion: unknown = SCHEMA_VERSION): Uint8Array {
  const doc = new Y.Doc()
  metaMap(doc).set('schemaVersion', schemaVersion)
  createNote(doc, { x: 0, y: 0, id: 'kept' })
  return Y.encodeStateAsUpdate(doc)
}

describe('loadBoardDoc', () => {
  it('throws BoardUnreadableError for a snapshot that does not apply, and writes nothing', async () => {
    const store = new MemoryBoardStore()
    const state = boardState()
    const board = await addBoard(store, state.subarray(0, state.length - 20))
    await expect(loadBoardDoc(store, board.id, quiet)).rejects.toBeInstanceOf(BoardUnreadableError)
    expect(store.calls.append).toBe(0)
  })

  it('throws for a stored update that does not apply, naming it', async () => {
    const store = new MemoryBoardStore()
    const board = await addBoard(store, boardState())
    await store.appendUpdate(board.id, Uint8Array.of(1, 1, 5))
    await expect(loadBoardDoc(store, board.id, quiet)).rejects.toMatchObject({
      part: 'update 1 of 1',
    })
  })

  it('throws for content that applies but does not encode again', async () => {
    const store = new MemoryBoardStore()
    const board = await addBoard(store, boardState())
    await store.appendUpdate(board.id, deepJsonUpdate(20_000))
    await expect(loadBoardDoc(store, board.id, quiet)).rejects.toBeInstanceOf(BoardUnreadableError)
  })

  it('opens a board from a newer schema read-only, without migrating or writing', async () => {
    const store = new MemoryBoardStore()
    const board = await addBoard(store, boardState(SCHEMA_VERSION + 1))
    const loaded = await loadBoardDoc(store, board.id, quiet)
    expect(loaded.readOnly).toBe(true)
    expect(readSchemaVersion(loaded.doc)).toBe(SCHEMA_VERSION + 1)
    expect(elementsMap(loaded.doc).has('kept')).toBe(true)
    expect(store.calls.append).toBe(0)
  })

  it('migrates a board whose version is unusable, and stores the migration', async () => {
    for (const version of [-1, 1.5, 'zwei']) {
      const store = new MemoryBoardStore()
      const board = await addBoard(store, boardState(version))
      const loaded = await loadBoardDoc(store, board.id, quiet)
      expect(loaded.readOnly).toBe(false)
      expect(readSchemaVersion(loaded.doc)).toBe(SCHEMA_VERSION)
      expect(elementsMap(loaded.doc).has('kept')).toBe(true)
      expect(store.calls.append).toBe(1)
    }
  })
})
