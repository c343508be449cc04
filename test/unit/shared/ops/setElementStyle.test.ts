import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { History } from '../../../../shared/history.ts'
import { createNote } from '../../../../shared/ops/createNote.ts'
import { setElementStyle } from '../../../../shared/ops/setElementStyle.ts'
import { styleKeysFor } from '../../../../shared/ops/styleRules.ts'
import { elementsMap, getElement } from '../../../../shared/schema/index.ts'

function get(doc: Y.Doc, id: string, key: string): unknown {
  return getElement(doc, id)?.get(key)
}

describe('setElementStyle', () => {
  it('sets a note colour and size in one step; undo and redo', () => {
    const doc = new Y.Doc()
    const history = new History(doc)
    const a = createNote(doc, { x: 100, y: 100, color: 'pink', size: 'm' })
    history.endStep()
    setElementStyle(doc, { ids: [a], style: { color: 'blue', noteSize: 'l' } })
    history.endStep()
    expect(get(doc, a, 'color')).toBe('blue')
    expect([get(doc, a, 'w'), get(doc, a, 'h')]).toEqual([260, 260])
    // The centre stays where it was.
    expect(get(doc, a, 'x')).toBe(100 - 130)
    history.undo()
    expect(get(doc, a, 'color')).toBe('pink')
    expect([get(doc, a, 'x'), get(doc, a, 'w')]).toEqual([10, 180])
    history.redo()
    expect(get(doc, a, 'color')).toBe('blue')
    expect(get(doc, a, 'w')).toBe(260)
  })

  it('skips keys a type does not take and values not valid for it', () => {
    const doc = new Y.Doc()
    const a = createNote(doc, { x: 0, y: 0, color: 'pink' })
    setElementStyle(doc, { ids: [a], style: { color: 'chartreuse', strokeWidth: 4 } })
    expect(get(doc, a, 'color')).toBe('pink')
    expect(getElement(doc, a)?.has('strokeWidth')).toBe(false)
  })

  it('leaves unknown element types untouched, and missing ids are skipped', () => {
    const doc = new Y.Doc()
    const odd = new Y.Map<unknown>()
    odd.set('type', 'hologram')
    elementsMap(doc).set('h', odd)
    setElementStyle(doc, { ids: ['h', 'gone'], style: { color: 'blue' } })
    expect(odd.has('color')).toBe(false)
  })

  it('writes nothing when nothing changes (no empty undo step)', () => {
    const doc = new Y.Doc()
    const history = new History(doc)
    const a = createNote(doc, { x: 0, y: 0, color: 'blue', size: 'm' })
    history.endStep()
    history.undo()
    history.redo()
    setElementStyle(doc, { ids: [a], style: { color: 'blue', noteSize: 'm' } })
    expect(history.canRedo).toBe(false)
    expect(history.canUndo).toBe(true)
    history.undo()
    expect(elementsMap(doc).has(a)).toBe(false)
  })

  it('tells which style keys apply to a type', () => {
    expect(styleKeysFor('note')).toEqual(['color', 'noteSize'])
    expect(styleKeysFor('hologram')).toEqual([])
  })

  it('styles a mixed selection: each type takes what it understands', () => {
    const doc = new Y.Doc()
    const make = (id: string, type: string): void => {
      const map = new Y.Map<unknown>()
      for (const [k, v] of Object.entries({ type, x: 0, y: 0, w: 10, h: 10, z: 'a0' })) {
        map.set(k, v)
      }
      elementsMap(doc).set(id, map)
    }
    make('s', 'shape')
    make('p', 'stroke')
    make('c', 'connector')
    make('t', 'text')
    setElementStyle(doc, {
      ids: ['s', 'p', 'c', 't'],
      style: { stroke: 'blue', strokeWidth: 4, strokeStyle: 'dashed', endArrowhead: 'arrow' },
    })
    expect([get(doc, 's', 'stroke'), get(doc, 's', 'strokeStyle')]).toEqual(['blue', 'dashed'])
    expect([get(doc, 'p', 'color'), get(doc, 'p', 'width')]).toEqual(['blue', 4])
    expect(get(doc, 'p', 'strokeStyle')).toBeUndefined()
    expect(get(doc, 'c', 'endArrowhead')).toBe('arrow')
    expect(get(doc, 't', 'stroke')).toBeUndefined()
    setElementStyle(doc, { ids: ['t'], style: { fontSize: 36, align: 'center', color: 'red' } })
    expect([get(doc, 't', 'fontSize'), get(doc, 't', 'align'), get(doc, 't', 'color')]).toEqual([
      36,
      'center',
      'red',
    ])
  })

  it('switches a connector to elbow routing and back by undo; other types ignore it', () => {
    const doc = new Y.Doc()
    const history = new History(doc)
    const map = new Y.Map<unknown>()
    for (const [k, v] of Object.entries({ type: 'connector', x: 0, y: 0, w: 1, h: 1, z: 'a0' })) {
      map.set(k, v)
    }
    map.set('routing', 'straight')
    elementsMap(doc).set('c', map)
    const n = createNote(doc, { x: 0, y: 0 })
    history.endStep()
    setElementStyle(doc, { ids: ['c', n], style: { routing: 'elbow' } })
    history.endStep()
    expect(get(doc, 'c', 'routing')).toBe('elbow')
    expect(get(doc, n, 'routing')).toBeUndefined()
    setElementStyle(doc, { ids: ['c'], style: { routing: 'zigzag' } })
    expect(get(doc, 'c', 'routing')).toBe('elbow')
    history.undo()
    expect(get(doc, 'c', 'routing')).toBe('straight')
  })
})
