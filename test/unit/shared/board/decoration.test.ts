import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { isDecoration } from '../../../../shared/board/decoration.ts'
import { insertTemplate } from '../../../../shared/ops/insertTemplate.ts'
import {
  elementEntries,
  elementsMap,
  readElement,
  type BoardElement,
} from '../../../../shared/schema/index.ts'
import { findTemplate } from '../../../../shared/templates/index.ts'

function templateElements(id: string): BoardElement[] {
  const doc = new Y.Doc()
  insertTemplate(doc, { template: findTemplate(id)!, locale: 'de', at: { x: 0, y: 0 } })
  return [...elementEntries(elementsMap(doc))].map(([elId, map]) => readElement(elId, map))
}

describe('isDecoration', () => {
  it('the ecosystem map: its rings and sector lines, never its words or actors', () => {
    const elements = templateElements('ecosystem')
    const decoration = elements.filter(isDecoration)
    const rings = decoration.filter((el) => el.kind === 'shape')
    const lines = decoration.filter((el) => el.kind === 'connector')
    expect(rings).toHaveLength(4)
    expect(lines.length).toBeGreaterThanOrEqual(4)
    for (const el of decoration) expect(el).toMatchObject({ text: '' })
    const kept = elements.filter((el) => !isDecoration(el))
    expect(kept.map((el) => el.kind)).toContain('frame')
    expect(kept.filter((el) => el.kind === 'actor')).toHaveLength(5)
    // The centre names the municipality: words, so it stays.
    expect(kept.some((el) => el.kind === 'shape' && el.text === 'Unsere Kommune')).toBe(true)
  })

  it('the stakeholder matrix: its coloured quadrants and its axes', () => {
    const decoration = templateElements('stakeholderMatrix').filter(isDecoration)
    expect(decoration.map((el) => el.kind).sort()).toEqual([
      'connector',
      'connector',
      'shape',
      'shape',
      'shape',
      'shape',
    ])
  })

  it('never hides a card, a note or a frame, whatever its keys say', () => {
    const base = { x: 0, y: 0, w: 10, h: 10, z: 'a0', decoration: true as const }
    const note: BoardElement = {
      ...base,
      id: 'n',
      type: 'note',
      kind: 'note',
      color: 'yellow',
      text: 'Wichtig',
    } as BoardElement
    const frame = { ...base, id: 'f', type: 'frame', kind: 'frame', text: 'R' } as BoardElement
    expect(isDecoration(note)).toBe(false)
    expect(isDecoration(frame)).toBe(false)
    const plainShape = { ...base, id: 's', type: 'shape', kind: 'shape' } as BoardElement
    expect(isDecoration(plainShape)).toBe(true)
    expect(isDecoration({ ...plainShape, decoration: undefined } as BoardElement)).toBe(false)
  })
})
