import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { importExcalidraw } from '../../../../../shared/import/excalidraw/index.ts'
import { insertElements } from '../../../../../shared/ops/insertElements.ts'
import { elementsMap, readElement } from '../../../../../shared/schema/index.ts'
import { fixture } from './helpers.ts'

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ODD_VALUES: unknown[] = [
  null,
  -1,
  0,
  1e12,
  'x',
  '',
  true,
  [],
  {},
  [[0, 0]],
  { elementId: 'box-a' },
  'transparent',
  '#zzzzzz',
]

/** Replaces one value somewhere in the JSON tree with an odd one. */
function mutate(value: unknown, rnd: () => number): unknown {
  if (Array.isArray(value) && value.length > 0) {
    const i = Math.floor(rnd() * value.length)
    const copy = [...value]
    copy[i] = rnd() < 0.3 ? ODD_VALUES[Math.floor(rnd() * ODD_VALUES.length)] : mutate(copy[i], rnd)
    return copy
  }
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value)
    if (keys.length === 0) return value
    const key = keys[Math.floor(rnd() * keys.length)] as string
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) }
    if (rnd() < 0.1) delete copy[key]
    else
      copy[key] =
        rnd() < 0.3 ? ODD_VALUES[Math.floor(rnd() * ODD_VALUES.length)] : mutate(copy[key], rnd)
    return copy
  }
  return ODD_VALUES[Math.floor(rnd() * ODD_VALUES.length)]
}

describe('hostile Excalidraw files', () => {
  it('a damaged file is refused with problems or comes in as elements Werkraum reads, never a crash', () => {
    const rnd = random(11)
    const samples = ['shapes.excalidraw', 'arrows.excalidraw', 'images.excalidraw'].map(
      (name) => JSON.parse(fixture(name)) as unknown,
    )
    let refused = 0
    let accepted = 0
    for (let round = 0; round < 600; round++) {
      let scene = samples[round % samples.length]
      for (let k = 0; k < 1 + Math.floor(rnd() * 3); k++) scene = mutate(scene, rnd)
      const result = importExcalidraw(JSON.stringify(scene))
      if (!result.ok) {
        refused++
        expect(result.problems.length).toBeGreaterThan(0)
        continue
      }
      accepted++
      const doc = new Y.Doc()
      const images = new Set(result.conversion.images.flatMap((i) => i.elementIds))
      // Images wait for their upload; everything else must read as what it is.
      const elements = result.conversion.elements.filter((e) => !images.has(e.id))
      const ids = insertElements(doc, { elements, dx: 0, dy: 0 })
      for (const id of ids) {
        const read = readElement(id, elementsMap(doc).get(id))
        expect(read.kind, JSON.stringify(elementsMap(doc).get(id))).not.toBe('unknown')
      }
    }
    // Both paths were exercised.
    expect(refused).toBeGreaterThan(50)
    expect(accepted).toBeGreaterThan(50)
  })

  it('refuses a text that is JSON but no object at all', () => {
    for (const text of ['null', '42', '"excalidraw"', 'true']) {
      expect(importExcalidraw(text).ok).toBe(false)
    }
  })
})
