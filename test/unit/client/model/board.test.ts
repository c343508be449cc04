import { afterEach, describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { Board } from '../../../../client/src/lib/model/board.svelte.ts'
import { elementsMap } from '../../../../shared/schema/index.ts'
import { LOCAL_ORIGIN, SETUP_ORIGIN } from '../../../../shared/origins.ts'
import { groupElements, ungroupElements } from '../../../../shared/ops/groupElements.ts'
import { setElementsLocked } from '../../../../shared/ops/setElementsLocked.ts'
import { createNote } from '../../../../shared/ops/createNote.ts'
import { deleteElements } from '../../../../shared/ops/deleteElements.ts'
import { editText } from '../../../../shared/ops/editText.ts'
import { moveElements } from '../../../../shared/ops/moveElements.ts'
import { TestNetwork } from '../../../helpers/peers.ts'

const boards: Board[] = []
function board(doc: Y.Doc, canEdit = true): Board {
  const b = new Board(doc, { canEdit })
  boards.push(b)
  return b
}
afterEach(() => {
  for (const b of boards.splice(0)) b.destroy()
})

describe('Board', () => {
  test('reads notes created through it, in stacking order', () => {
    const b = board(new Y.Doc())
    const first = b.run(createNote, { x: 0, y: 0, text: 'Stadtwerke' })
    const second = b.run(createNote, { x: 50, y: 50, text: 'Volkshochschule' })
    expect(b.elements.map((e) => e.id)).toEqual([first, second])
    expect(b.note(first!)?.text).toBe('Stadtwerke')
    expect(b.size).toBe(2)
  })

  test('follows remote changes incrementally and tells listeners', () => {
    const net = new TestNetwork(2)
    const [docA, docB] = net.docs as [Y.Doc, Y.Doc]
    const a = board(docA)
    const b = board(docB)
    let changes = 0
    b.onChange(() => changes++)
    const id = a.run(createNote, { x: 0, y: 0, text: 'Kommunales Rechenzentrum' })!
    net.flush()
    expect(b.note(id)?.text).toBe('Kommunales Rechenzentrum')
    const revision = b.revision
    a.run(editText, { id, text: 'Kommunales Rechenzentrum (KRZ)' })
    a.run(moveElements, { positions: [{ id, x: 300, y: 40 }] })
    net.flush()
    expect(b.note(id)).toMatchObject({ text: 'Kommunales Rechenzentrum (KRZ)', x: 300, y: 40 })
    expect(b.revision).toBeGreaterThan(revision)
    a.run(deleteElements, { ids: [id] })
    net.flush()
    expect(b.get(id)).toBeUndefined()
    expect(b.elements).toEqual([])
    expect(changes).toBeGreaterThanOrEqual(3)
  })

  test('reads a large remote batch (first sync) completely', () => {
    const source = new Y.Doc()
    const writer = new Board(source, { canEdit: true })
    for (let i = 0; i < 400; i++) writer.run(createNote, { x: i * 10, y: 0, text: `Notiz ${i}` })
    const target = new Y.Doc()
    const b = board(target)
    Y.applyUpdate(target, Y.encodeStateAsUpdate(source))
    expect(b.size).toBe(400)
    expect(b.elements.map((e) => e.id)).toEqual(writer.elements.map((e) => e.id))
    writer.destroy()
  })

  test('an element it cannot understand is a placeholder, not an error', () => {
    const doc = new Y.Doc()
    const b = board(doc)
    doc.transact(() => {
      const el = new Y.Map<unknown>()
      el.set('type', 'hologram')
      el.set('x', 10)
      el.set('y', 10)
      el.set('w', 400)
      el.set('h', 300)
      el.set('z', 'a0')
      elementsMap(doc).set('f1', el)
    })
    expect(b.get('f1')).toMatchObject({ kind: 'unknown', type: 'hologram', w: 400 })
  })

  test('undo reverts only one’s own work', () => {
    const net = new TestNetwork(2)
    const [docA, docB] = net.docs as [Y.Doc, Y.Doc]
    const a = board(docA)
    const b = board(docB)
    const mine = a.run(createNote, { x: 0, y: 0, text: 'meins' })!
    net.flush()
    const theirs = b.run(createNote, { x: 300, y: 0, text: 'ihres' })!
    net.flush()
    expect(a.canUndo).toBe(true)
    expect(a.undo()).toBe(true)
    net.flush()
    expect(b.get(mine)).toBeUndefined()
    expect(b.note(theirs)?.text).toBe('ihres')
    expect(a.canRedo).toBe(true)
    a.redo()
    net.flush()
    expect(b.note(mine)?.text).toBe('meins')
  })

  test('a gesture is one undo step', () => {
    const b = board(new Y.Doc())
    const id = b.run(createNote, { x: 0, y: 0 })!
    const start = b.get(id)!
    const step = b.openStep()
    for (let i = 1; i <= 10; i++) {
      b.run(moveElements, { positions: [{ id, x: start.x + i * 10, y: start.y }] })
    }
    step.end()
    b.undo()
    expect(b.get(id)?.x).toBe(start.x)
  })

  test('without the edit right every operation is refused', () => {
    const doc = new Y.Doc()
    const b = board(doc, false)
    expect(b.run(createNote, { x: 0, y: 0 })).toBeNull()
    expect(b.run(deleteElements, { ids: ['x'] })).toBeNull()
    expect(b.step(() => b.run(createNote, { x: 0, y: 0 }))).toBeNull()
    expect(elementsMap(doc).size).toBe(0)
    expect(b.undo()).toBe(false)
  })

  test('follows the title in the document', () => {
    const doc = new Y.Doc()
    const b = board(doc)
    doc.getMap('meta').set('title', 'Digitales Ökosystem Musterstadt')
    expect(b.title).toBe('Digitales Ökosystem Musterstadt')
  })

  test('bounds spans all elements or the given ones', () => {
    const b = board(new Y.Doc())
    const a = b.run(createNote, { x: 90, y: 90, size: 'm' })!
    b.run(createNote, { x: 1090, y: 90, size: 'm' })
    expect(b.bounds()).toEqual({ x: 0, y: 0, w: 1180, h: 180 })
    expect(b.bounds([a])).toEqual({ x: 0, y: 0, w: 180, h: 180 })
    expect(b.bounds([])).toBeNull()
  })
})

describe('Board.run: one typed way to write', () => {
  /** The origin of every transaction on `doc`, in order. */
  function origins(doc: Y.Doc): unknown[] {
    const seen: unknown[] = []
    doc.on('afterTransaction', (tr: Y.Transaction) => seen.push(tr.origin))
    return seen
  }

  test('runs an operation with its input and hands back its result, with this person’s origin', () => {
    const doc = new Y.Doc()
    const b = board(doc)
    const seen = origins(doc)
    const id = b.run(createNote, { x: 90, y: 90, text: 'Bürgerbüro' })
    expect(typeof id).toBe('string')
    expect(b.note(id!)?.text).toBe('Bürgerbüro')
    const group = b.run(groupElements, { ids: [id!, b.run(createNote, { x: 400, y: 0 })!] })
    expect(typeof group).toBe('string')
    expect(seen.length).toBeGreaterThanOrEqual(3)
    expect(new Set(seen)).toEqual(new Set([LOCAL_ORIGIN]))
  })

  test('each run is its own undo step', () => {
    const b = board(new Y.Doc())
    const id = b.run(createNote, { x: 90, y: 90 })!
    b.run(editText, { id, text: 'Jugendamt' })
    b.run(moveElements, { positions: [{ id, x: 500, y: 0 }] })
    b.undo()
    expect(b.note(id)).toMatchObject({ text: 'Jugendamt', x: 0 })
    b.undo()
    expect(b.note(id)?.text).toBe('')
    b.undo()
    expect(b.get(id)).toBeUndefined()
    expect(b.canUndo).toBe(false)
  })

  test('without the edit right nothing runs, and the operation is not even called', () => {
    const doc = new Y.Doc()
    const b = board(doc, false)
    let called = 0
    const counted = (d: Y.Doc, input: { x: number; y: number }, origin: unknown): string => {
      called++
      return createNote(d, input, origin)
    }
    expect(b.run(counted, { x: 0, y: 0 })).toBeNull()
    expect(called).toBe(0)
    expect(b.canUndo).toBe(false)
  })

  test('step groups several runs into one undo step and returns what it returns', () => {
    const b = board(new Y.Doc())
    const before = b.run(createNote, { x: 90, y: 90, text: 'vorher' })!
    const ids = b.step(() => {
      const one = b.run(createNote, { x: 400, y: 90 })!
      const two = b.run(createNote, { x: 700, y: 90 })!
      b.run(setElementsLocked, { ids: [one, two], locked: true })
      return [one, two]
    })
    expect(b.getAll(ids).map((el) => el.locked)).toEqual([true, true])
    b.undo()
    expect(b.getAll(ids)).toEqual([])
    expect(b.note(before)?.text).toBe('vorher')
  })

  test('an open step spans writes until it is ended; ending it twice is harmless', async () => {
    const b = board(new Y.Doc())
    const id = b.run(createNote, { x: 90, y: 90 })!
    const step = b.openStep()
    for (let i = 1; i <= 3; i++) {
      await Promise.resolve()
      b.run(moveElements, { positions: [{ id, x: i * 100, y: 0 }] })
    }
    step.end()
    step.end()
    b.run(editText, { id, text: 'danach' })
    b.undo()
    expect(b.note(id)).toMatchObject({ text: '', x: 300 })
    b.undo()
    expect(b.note(id)).toMatchObject({ x: 0, y: 0 })
    expect(b.get(id)).toBeDefined()
  })

  test('undo takes back my runs, never what arrived from someone else meanwhile', () => {
    const net = new TestNetwork(2)
    const [docA, docB] = net.docs as [Y.Doc, Y.Doc]
    const a = board(docA)
    const b = board(docB)
    const id = a.run(createNote, { x: 90, y: 90, text: 'Ordnungsamt' })!
    net.flush()
    a.run(moveElements, { positions: [{ id, x: 400, y: 0 }] })
    b.run(editText, { id, text: 'Ordnungsamt (Bürgerdienste)' })
    net.flush()
    expect(a.undo()).toBe(true)
    net.flush()
    for (const side of [a, b]) {
      expect(side.note(id)).toMatchObject({ x: 0, text: 'Ordnungsamt (Bürgerdienste)' })
    }
  })

  test('a run marked not undoable is written as setup: undo never takes it away', () => {
    const doc = new Y.Doc()
    const b = board(doc)
    const seen = origins(doc)
    const id = b.run(createNote, { x: 90, y: 90, text: 'aus der Vorlage' }, { undoable: false })!
    expect(seen).toEqual([SETUP_ORIGIN])
    expect(b.canUndo).toBe(false)
    expect(b.undo()).toBe(false)
    expect(b.note(id)?.text).toBe('aus der Vorlage')
  })
})

describe('Board: the read model', () => {
  test('carries locks and groups, and selects whole groups without locked members', () => {
    const doc = new Y.Doc()
    const b = board(doc)
    const [one, two, three, alone] = [0, 1, 2, 3].map((i) =>
      b.run(createNote, { x: i * 300, y: 0 })!,
    )
    const group = b.run(groupElements, { ids: [one!, two!, three!] })!
    b.run(setElementsLocked, { ids: [three!], locked: true })
    expect(b.get(one!)).toMatchObject({ groupId: group })
    expect(b.get(three!)).toMatchObject({ groupId: group, locked: true })
    expect(b.get(alone!)).not.toHaveProperty('groupId')
    expect(b.get(alone!)).not.toHaveProperty('locked')
    expect(b.selectable([one!])).toEqual([one, two])
    // The locked member is left out; the rest of its group still comes along.
    expect(b.selectable([alone!, three!])).toEqual([alone, one, two])

    b.run(setElementsLocked, { ids: [three!], locked: false })
    b.run(ungroupElements, { ids: [one!] })
    expect(b.get(three!)).not.toHaveProperty('locked')
    expect(b.get(one!)).not.toHaveProperty('groupId')
    expect(b.selectable([one!])).toEqual([one])
  })

  test('follows a lock set by someone else', () => {
    const net = new TestNetwork(2)
    const [docA, docB] = net.docs as [Y.Doc, Y.Doc]
    const a = board(docA)
    const b = board(docB)
    const id = a.run(createNote, { x: 90, y: 90 })!
    net.flush()
    a.run(setElementsLocked, { ids: [id], locked: true })
    net.flush()
    expect(b.get(id)?.locked).toBe(true)
    expect(b.selectable([id])).toEqual([])
  })

  test('snapshots, the top stacking key and the picture are queries on the model', () => {
    const b = board(new Y.Doc())
    expect(b.topZ()).toBeNull()
    const id = b.run(createNote, { x: 90, y: 90, text: 'Kita' })!
    expect(b.topZ()).toBe(b.get(id)!.z)
    expect(b.snapshots([id])).toEqual([expect.objectContaining({ id })])
    expect(b.snapshots()).toHaveLength(1)
    const picture = b.picture({ scope: 'board', language: 'de' })
    expect(picture.bounds.w).toBeGreaterThan(0)
  })
})
