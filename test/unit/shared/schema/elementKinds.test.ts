import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { elementsMap, readElement } from '../../../../shared/schema/index.ts'

function stored(values: Record<string, unknown>): Y.Map<unknown> {
  const doc = new Y.Doc()
  const map = new Y.Map<unknown>()
  elementsMap(doc).set('e', map)
  for (const [k, v] of Object.entries({ x: 0, y: 0, w: 100, h: 50, z: 'a0', ...values })) {
    map.set(k, v)
  }
  return map
}

describe('readers of text, shape, frame and stroke', () => {
  it('fall back to defaults for malformed style keys', () => {
    expect(
      readElement('e', stored({ type: 'text', fontSize: 'big', color: 'pink', align: 1 })),
    ).toMatchObject({
      kind: 'text',
      fontSize: 24,
      color: 'ink',
      align: 'left',
      text: '',
    })
    expect(
      readElement('e', stored({ type: 'shape', shape: 'star', fill: 'gold', strokeWidth: 99 })),
    ).toMatchObject({ kind: 'shape', shape: 'rectangle', fill: 'white', strokeWidth: 16 })
    expect(readElement('e', stored({ type: 'frame', text: 'Schritt 2' }))).toMatchObject({
      kind: 'frame',
      text: 'Schritt 2',
    })
  })

  it('read a stroke with bad points as a placeholder that keeps its bounds', () => {
    for (const points of [undefined, [1, 2], [1, 2, 'x'], 'nope']) {
      const el = readElement('e', stored({ type: 'stroke', points, x: 7 }))
      expect(el).toMatchObject({ kind: 'unknown', type: 'stroke', x: 7, reason: 'invalid points' })
    }
    const ok = readElement('e', stored({ type: 'stroke', points: [1, 2, 0.5], width: 1000 }))
    expect(ok).toMatchObject({ kind: 'stroke', width: 48, color: 'ink', pressure: false })
  })

  it('read broken bounds as placeholders', () => {
    for (const type of ['text', 'shape', 'frame', 'stroke']) {
      expect(readElement('e', stored({ type, w: -1, points: [1, 2, 0.5] })).kind).toBe('unknown')
    }
  })
})
