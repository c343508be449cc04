import { afterEach, describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { Board } from '../../../../client/src/lib/model/board.svelte.ts'
import { elementsMap } from '../../../../shared/schema/index.ts'
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
    const first = b.createNote({ x: 0, y: 0, text: 'Stadtwerke' })
    const second = b.createNote({ x: 50, y: 50, text: 'Volkshochschule' })
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
    const id = a.createNote({ x: 0, y: 0, text: 'Kommunales Rechenzentrum' })!
    net.flush()
    expect(b.note(id)?.text).toBe('Kommunales Rechenzentrum')
    const revision = b.revision
    a.editText(id, 'Kommunales Rechenzentrum (KRZ)')
    a.move([{ id, x: 300, y: 40 }])
    net.flush()
    expect(b.note(id)).toMatchObject({ text: 'Kommunales Rechenzentrum (KRZ)', x: 300, y: 40 })
    expect(b.revision).toBeGreaterThan(revision)
    a.remove([id])
    net.flush()
    expect(b.get(id)).toBeUndefined()
    expect(b.elements).toEqual([])
    expect(changes).toBeGreaterThanOrEqual(3)
  })

  test('reads a large remote batch (first sync) completely', () => {
    const source = new Y.Doc()
    const writer = new Board(source, { canEdit: true })
    for (let i = 0; i < 400; i++) writer.createNote({ x: i * 10, y: 0, text: `Notiz ${i}` })
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
    const mine = a.createNote({ x: 0, y: 0, text: 'meins' })!
    net.flush()
    const theirs = b.createNote({ x: 300, y: 0, text: 'ihres' })!
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
    const id = b.createNote({ x: 0, y: 0 })!
    const start = b.get(id)!
    b.beginGesture()
    for (let i = 1; i <= 10; i++) b.move([{ id, x: start.x + i * 10, y: start.y }])
    b.endGesture()
    b.undo()
    expect(b.get(id)?.x).toBe(start.x)
  })

  test('without the edit right every operation is refused', () => {
    const doc = new Y.Doc()
    const b = board(doc, false)
    expect(b.createNote({ x: 0, y: 0 })).toBeNull()
    b.remove(['x'])
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
    const a = b.createNote({ x: 90, y: 90, size: 'm' })!
    b.createNote({ x: 1090, y: 90, size: 'm' })
    expect(b.bounds()).toEqual({ x: 0, y: 0, w: 1180, h: 180 })
    expect(b.bounds([a])).toEqual({ x: 0, y: 0, w: 180, h: 180 })
    expect(b.bounds([])).toBeNull()
  })
})
