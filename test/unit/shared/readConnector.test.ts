import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { elementsMap, readElement } from '../../../shared/schema/index.ts'

function stored(doc: Y.Doc, values: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>()
  elementsMap(doc).set('c', map)
  for (const [key, value] of Object.entries(values)) map.set(key, value)
  return map
}

describe('readConnector', () => {
  it('reads bound and free ends, and falls back to defaults for malformed style', () => {
    const doc = new Y.Doc()
    const map = stored(doc, {
      type: 'connector',
      x: 0,
      y: 0,
      w: 1,
      h: 1,
      z: 'a0',
      from: { elementId: 'n1', anchor: { x: 2, y: -1 }, x: 5, y: 6 },
      to: { x: 100, y: 50, extra: true },
      routing: 'curvy',
      startArrowhead: 42,
      endArrowhead: 'triangle',
      stroke: '#ff0000',
      strokeWidth: Infinity,
      strokeStyle: 'dotted',
      futureKey: 'kept',
    })
    expect(readElement('c', map)).toEqual({
      id: 'c',
      type: 'connector',
      kind: 'connector',
      x: 0,
      y: 0,
      w: 1,
      h: 1,
      z: 'a0',
      from: { elementId: 'n1', anchor: { x: 1, y: 0 }, x: 5, y: 6 },
      to: { x: 100, y: 50 },
      routing: 'straight',
      startArrowhead: 'none',
      endArrowhead: 'triangle',
      stroke: 'ink',
      strokeWidth: 2,
      strokeStyle: 'solid',
      text: '',
    })
    expect(map.get('futureKey')).toBe('kept')
  })

  it('tolerates a stale or broken bounding box: it is only a hint', () => {
    const doc = new Y.Doc()
    const map = stored(doc, {
      type: 'connector',
      w: 0,
      from: { x: 0, y: 0 },
      to: { elementId: 'n2', anchor: 'nearest' },
    })
    expect(readElement('c', map)).toMatchObject({
      kind: 'connector',
      to: { elementId: 'n2', anchor: 'auto' },
    })
  })

  it('is a placeholder when an end is missing or malformed, never a crash', () => {
    for (const from of [undefined, null, 'n1', { elementId: '' }, { x: 'a', y: 0 }, [1, 2]]) {
      const doc = new Y.Doc()
      const map = stored(doc, {
        type: 'connector',
        x: 0,
        y: 0,
        w: 10,
        h: 10,
        from,
        to: { x: 1, y: 1 },
      })
      expect(readElement('c', map)).toMatchObject({
        kind: 'unknown',
        reason: 'invalid connector ends',
      })
    }
  })
})
