import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { elementsMap, readElement, getElement } from '../../../shared/schema/index.ts'

function put(doc: Y.Doc, id: string, fields: Record<string, unknown>): unknown {
  const map = new Y.Map<unknown>()
  for (const [k, v] of Object.entries(fields)) map.set(k, v)
  elementsMap(doc).set(id, map)
  return getElement(doc, id)
}

describe('readElement', () => {
  it('reads a well-formed note', () => {
    const doc = new Y.Doc()
    const text = new Y.Text('Bürger:innen')
    const el = readElement(
      'n',
      put(doc, 'n', { type: 'note', x: 1, y: 2, w: 180, h: 180, z: 'a0', color: 'teal', text }),
    )
    expect(el).toEqual({
      id: 'n',
      type: 'note',
      kind: 'note',
      x: 1,
      y: 2,
      w: 180,
      h: 180,
      z: 'a0',
      color: 'teal',
      text: 'Bürger:innen',
    })
  })

  it('turns an unknown type into a placeholder that keeps its bounds', () => {
    const doc = new Y.Doc()
    const el = readElement('u', put(doc, 'u', { type: 'hologram', x: 10, y: 20, w: 30, h: 40 }))
    expect(el).toMatchObject({ kind: 'unknown', type: 'hologram', x: 10, y: 20, w: 30, h: 40 })
  })

  it('never throws on malformed data', () => {
    const doc = new Y.Doc()
    const cases: Array<Record<string, unknown>> = [
      {},
      { type: 'note', x: 'left', y: null, w: -5, h: Number.NaN },
      { type: 'note', x: 0, y: 0, w: 1e12, h: 10 },
      { type: 42 },
      { type: 'note', x: 0, y: 0, w: 10, h: 10, color: 'ultraviolet', text: { evil: true } },
    ]
    cases.forEach((fields, i) => {
      const el = readElement(`m${i}`, put(doc, `m${i}`, fields))
      expect(Number.isFinite(el.x) && Number.isFinite(el.w) && el.w > 0).toBe(true)
    })
    expect(readElement('s', 'not a map').kind).toBe('unknown')
    const bad = readElement('m4', getElement(doc, 'm4'))
    expect(bad).toMatchObject({ kind: 'note', color: 'yellow', text: '' })
  })
})

describe('readElement: lock and group', () => {
  const base = { x: 0, y: 0, w: 100, h: 50, z: 'a0' }

  it('carries the lock and the group of any kind, a placeholder’s too', () => {
    const doc = new Y.Doc()
    const note = readElement(
      'n',
      put(doc, 'n', { ...base, type: 'note', locked: true, groupId: 'g1' }),
    )
    const shape = readElement('s', put(doc, 's', { ...base, type: 'shape', groupId: 'g1' }))
    const future = readElement('f', put(doc, 'f', { ...base, type: 'hologram', locked: true }))
    expect(note).toMatchObject({ kind: 'note', locked: true, groupId: 'g1' })
    expect(shape).toMatchObject({ kind: 'shape', groupId: 'g1' })
    expect(shape).not.toHaveProperty('locked')
    expect(future).toMatchObject({ kind: 'unknown', locked: true })
  })

  it('leaves out a lock or a group that is not one', () => {
    const doc = new Y.Doc()
    const el = readElement(
      'n',
      put(doc, 'n', { ...base, type: 'note', locked: 'yes', groupId: '' }),
    )
    expect(el).not.toHaveProperty('locked')
    expect(el).not.toHaveProperty('groupId')
    const other = readElement('m', put(doc, 'm', { ...base, type: 'note', locked: 1, groupId: 7 }))
    expect(other).not.toHaveProperty('locked')
    expect(other).not.toHaveProperty('groupId')
  })
})

describe('readElement: template decoration', () => {
  const base = { x: 0, y: 0, w: 100, h: 50, z: 'a0' }

  it('carries `decoration: true` and leaves out any other value', () => {
    const doc = new Y.Doc()
    const ring = readElement('r', put(doc, 'r', { ...base, type: 'shape', decoration: true }))
    expect(ring).toMatchObject({ kind: 'shape', decoration: true })
    for (const [i, hostile] of ['true', 1, false, { on: true }].entries()) {
      const el = readElement(
        `h${i}`,
        put(doc, `h${i}`, { ...base, type: 'shape', decoration: hostile }),
      )
      expect(el).not.toHaveProperty('decoration')
    }
  })
})
