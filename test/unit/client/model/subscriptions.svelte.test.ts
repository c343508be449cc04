// Reads of the Board re-run what read them, as on the page: this file runs in the `svelte` test
// project (vite.config.ts), with runes compiled for the browser and Svelte's browser runtime.
import { afterEach, describe, expect, test } from 'vitest'
import { flushSync } from 'svelte'
import * as Y from 'yjs'
import { Board } from '../../../../client/src/lib/model/board.svelte.ts'
import { assignRole } from '../../../../shared/ops/assignRole.ts'
import { createNote } from '../../../../shared/ops/createNote.ts'
import { createPerson } from '../../../../shared/ops/createPerson.ts'
import { createRole } from '../../../../shared/ops/createRole.ts'
import { editText } from '../../../../shared/ops/editText.ts'
import { setElementsLocked } from '../../../../shared/ops/setElementsLocked.ts'
import { TestNetwork } from '../../../helpers/peers.ts'

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

/** Reads in an effect, as a component or `$derived` would; returns what each run saw. */
function watch<T>(read: () => T): T[] {
  const seen: T[] = []
  cleanups.push(
    $effect.root(() => {
      $effect(() => {
        seen.push(read())
      })
    }),
  )
  flushSync()
  return seen
}

function open(doc: Y.Doc): Board {
  const board = new Board(doc, { canEdit: true })
  cleanups.push(() => board.destroy())
  return board
}

describe('Board reads subscribe', () => {
  test('an effect reading the elements runs again after a local or a remote change', () => {
    const net = new TestNetwork(2)
    const [docA, docB] = net.docs as [Y.Doc, Y.Doc]
    const a = open(docA)
    const b = open(docB)
    const counts = watch(() => b.elements.length)
    const id = b.run(createNote, { x: 0, y: 0, text: 'Stadtwerke' })!
    flushSync()
    a.run(createNote, { x: 300, y: 0 })
    net.flush()
    flushSync()
    expect(counts).toEqual([0, 1, 2])

    const texts = watch(() => b.note(id)?.text)
    const locked = watch(() => b.get(id)?.locked === true)
    a.run(editText, { id, text: 'Stadtwerke Musterstadt' })
    a.run(setElementsLocked, { ids: [id], locked: true })
    net.flush()
    flushSync()
    expect(texts).toEqual(['Stadtwerke', 'Stadtwerke Musterstadt'])
    expect(locked).toEqual([false, true])
  })

  test('the title, undo and the assignments are read reactively too', () => {
    const doc = new Y.Doc()
    const board = open(doc)
    const titles = watch(() => board.title)
    const person = board.run(createPerson, { x: 0, y: 0, name: 'Frau Berg' })!
    const role = board.run(createRole, { x: 300, y: 0, catalogueId: 'cio' })!
    const held = watch(() => board.assignments.forRole(role).length)
    const undo = watch(() => board.canUndo)
    doc.getMap('meta').set('title', 'Rollenklärung')
    board.run(assignRole, { personId: person, roleId: role })
    flushSync()
    expect(titles).toEqual(['', 'Rollenklärung'])
    expect(held).toEqual([0, 1])
    board.undo()
    board.undo()
    board.undo()
    flushSync()
    expect(undo.at(0)).toBe(true)
    expect(undo.at(-1)).toBe(false)
  })

  test('a read outside any effect still answers, and subscribes nothing', () => {
    const board = open(new Y.Doc())
    expect(board.elements).toEqual([])
    board.run(createNote, { x: 0, y: 0 })
    expect(board.size).toBe(1)
  })
})
