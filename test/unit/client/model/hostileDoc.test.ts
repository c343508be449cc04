// The client's readers of the document (Board, its domain model and cache, selection) on what a
// hostile editor can write: they keep working, show junk as placeholders and cap texts.
import { afterEach, describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { Board } from '../../../../client/src/lib/model/board.svelte.ts'
import { BoardDomain } from '../../../../client/src/lib/domain/boardDomain.svelte.ts'
import { DomainCache } from '../../../../client/src/lib/model/domainCache.ts'
import { createNote } from '../../../../shared/ops/createNote.ts'
import { ACTOR_NAME_MAX, NOTE_TEXT_MAX, elementsMap } from '../../../../shared/schema/index.ts'
import { HOSTILE_IDS, writeHostileElements } from '../../../helpers/hostileDoc.ts'
import { TestNetwork } from '../../../helpers/peers.ts'

const opened: { board: Board; domain: BoardDomain }[] = []
function open(doc: Y.Doc): { board: Board; domain: BoardDomain } {
  const board = new Board(doc, { canEdit: true })
  const domain = new BoardDomain(board)
  opened.push({ board, domain })
  return { board, domain }
}
afterEach(() => {
  for (const { board, domain } of opened.splice(0)) {
    domain.destroy()
    board.destroy()
  }
})

function expectReadable(board: Board, domain: BoardDomain, good: string): void {
  const ids = new Set(board.elements.map((e) => e.id))
  for (const id of Object.values(HOSTILE_IDS)) expect(ids.has(id)).toBe(true)
  expect(board.get(good)).toMatchObject({ kind: 'note', text: 'Stadtwerke' })
  expect(board.get(HOSTILE_IDS.string)).toMatchObject({ kind: 'unknown' })
  const note = board.get(HOSTILE_IDS.enormousNote)
  expect(note?.kind === 'note' && note.text.length).toBe(NOTE_TEXT_MAX)
  const model = domain.model
  expect(model.actors.map((a) => a.id)).toEqual([HOSTILE_IDS.enormousActor])
  expect(model.actors[0]!.name).toHaveLength(ACTOR_NAME_MAX)
}

describe('the client on a document a hostile editor wrote', () => {
  test('opening it: the board and its domain model read everything, junk as placeholders', () => {
    const doc = new Y.Doc()
    const good = createNote(doc, { x: 0, y: 0, text: 'Stadtwerke' })
    writeHostileElements(doc)
    const { board, domain } = open(doc)
    expectReadable(board, domain, good)
  })

  test('receiving it from another person while the board is open', () => {
    const net = new TestNetwork(2)
    const [mine, theirs] = net.docs as [Y.Doc, Y.Doc]
    const { board, domain } = open(mine)
    const good = createNote(mine, { x: 0, y: 0, text: 'Stadtwerke' })
    net.flush()
    writeHostileElements(theirs)
    net.flush()
    expectReadable(board, domain, good)
    // And back: junk replaced by junk of another kind, then deleted.
    theirs.transact(() => {
      elementsMap(theirs).set(HOSTILE_IDS.enormousActor, 'now a string')
      elementsMap(theirs).delete(HOSTILE_IDS.string)
    })
    net.flush()
    expect(domain.model.actors).toEqual([])
    expect(board.get(HOSTILE_IDS.string)).toBeUndefined()
    expect(board.get(HOSTILE_IDS.enormousActor)).toMatchObject({ kind: 'unknown' })
  })

  test('DomainCache takes any value under an id', () => {
    const cache = new DomainCache()
    for (const value of ['x', 42, null, [1], new Y.Text(), {}]) {
      expect(cache.read('a', value)).toBe(false)
    }
  })

  test('selection skips what is not an element map', () => {
    const doc = new Y.Doc()
    const board = new Board(doc, { canEdit: true })
    const good = createNote(doc, { x: 0, y: 0, text: 'Stadtwerke' })
    writeHostileElements(doc)
    const all = [...elementsMap(doc).keys()]
    expect(() => board.selectable(all)).not.toThrow()
    expect(board.selectable(all)).toContain(good)
    board.destroy()
  })
})
