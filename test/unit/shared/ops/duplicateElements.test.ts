import { describe, expect, it } from 'vitest'
import { duplicateElements } from '../../../../shared/ops/duplicateElements.ts'
import { groupElements } from '../../../../shared/ops/groupElements.ts'
import { topZ } from '../../../../shared/ops/zOrder.ts'
import { elementsMap, readElement, getElement } from '../../../../shared/schema/index.ts'
import { opsFixture } from './fixture.ts'
import * as Y from 'yjs'

describe('duplicateElements', () => {
  it('copies elements with their text, offset and on top; undo and redo', () => {
    const { doc, history, note, get, step } = opsFixture()
    const a = note(0, 0, 'Bürgeramt')
    const b = note(200, 0, 'Kita')
    const copies = step(() => duplicateElements(doc, { ids: [a] }))
    expect(copies).toHaveLength(1)
    const copy = copies[0]!
    const el = readElement(copy, getElement(doc, copy))
    expect(el.kind === 'note' && el.text).toBe('Bürgeramt')
    expect([el.x, el.y]).toEqual([24, 24])
    expect(get(copy, 'z')).toBe(topZ(doc))
    expect(el.z > (get(b, 'z') as string)).toBe(true)
    // The copy's text is its own.
    expect(get(copy, 'text')).not.toBe(get(a, 'text'))
    history.undo()
    expect(elementsMap(doc).has(copy)).toBe(false)
    history.redo()
    expect(elementsMap(doc).has(copy)).toBe(true)
  })

  it('keeps unknown keys, gives copied groups a new group and drops the lock', () => {
    const { doc, note, get, step } = opsFixture()
    const a = note(0, 0)
    const b = note(200, 0)
    const g = step(() => groupElements(doc, { ids: [a, b] }))
    getElement(doc, a)?.set('futureKey', { deep: [1, 2] })
    getElement(doc, a)?.set('locked', true)
    const [ca, cb] = duplicateElements(doc, { ids: [a, b] })
    expect(get(ca!, 'futureKey')).toEqual({ deep: [1, 2] })
    expect(get(ca!, 'groupId')).toBe(get(cb!, 'groupId'))
    expect(get(ca!, 'groupId')).not.toBe(g)
    expect(get(ca!, 'locked')).toBeUndefined()
  })

  it('binds a copied connector to the copies of its elements; a lone end becomes free', () => {
    const { doc, note, get } = opsFixture()
    const a = note(0, 0)
    const b = note(300, 0)
    const c = note(600, 0)
    const line = (from: string, to: string): string => {
      const id = `line-${from}-${to}`
      const map = new Y.Map<unknown>()
      map.set('type', 'connector')
      for (const [k, v] of Object.entries({ x: 0, y: 0, w: 1, h: 1, z: 'a0' })) map.set(k, v)
      map.set('from', { elementId: from, anchor: 'auto', x: 120, y: 60 })
      map.set('to', { elementId: to, anchor: 'auto', x: 300, y: 60 })
      elementsMap(doc).set(id, map)
      return id
    }
    const ab = line(a, b)
    const bc = line(b, c)
    const [ca, cb, cab, cbc] = duplicateElements(doc, { ids: [a, b, ab, bc] })
    // Copies come back in stacking order; tell notes and connectors apart by type.
    const copies = [ca, cb, cab, cbc].map((id) => [id!, getElement(doc, id!)!] as const)
    const connectors = copies.filter(([, m]) => m.get('type') === 'connector')
    expect(connectors).toHaveLength(2)
    const ends = connectors.map(([, m]) => [m.get('from'), m.get('to')])
    const notes = copies.filter(([, m]) => m.get('type') === 'note').map(([id]) => id)
    expect(ends).toContainEqual([
      { elementId: notes[0], anchor: 'auto', x: 144, y: 84 },
      { elementId: notes[1], anchor: 'auto', x: 324, y: 84 },
    ])
    // b→c: c was not copied, so that end is free where it was drawn (offset with the copy).
    expect(ends).toContainEqual([
      { elementId: notes[1], anchor: 'auto', x: 144, y: 84 },
      { x: 324, y: 84 },
    ])
    expect(get(ab, 'from')).toEqual({ elementId: a, anchor: 'auto', x: 120, y: 60 })
  })
})
