import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { listRows, type ListRow } from '../../../../client/src/lib/listview/listRows.ts'
import { insertTemplate } from '../../../../shared/ops/insertTemplate.ts'
import {
  elementEntries,
  elementsMap,
  readElement,
  type BoardElement,
  type Connector,
  type ConnectorEnd,
  type Frame,
  type Note,
} from '../../../../shared/schema/index.ts'
import { findTemplate } from '../../../../shared/templates/index.ts'

let z = 0
function note(id: string, x: number, y: number): Note {
  return {
    id,
    kind: 'note',
    type: 'note',
    x,
    y,
    w: 100,
    h: 100,
    z: `a${++z}`,
    color: 'yellow',
    text: id,
  }
}

function frame(id: string, x: number, y: number, w: number, h: number): Frame {
  return { id, kind: 'frame', type: 'frame', x, y, w, h, z: `a${++z}`, text: id } as Frame
}

function connector(id: string, from: ConnectorEnd, to: ConnectorEnd): Connector {
  return {
    id,
    kind: 'connector',
    type: 'connector',
    x: 0,
    y: 0,
    w: 1,
    h: 1,
    z: `a${++z}`,
    from,
    to,
    routing: 'straight',
    startArrowhead: 'none',
    endArrowhead: 'arrow',
    stroke: 'ink',
    strokeWidth: 2,
    strokeStyle: 'solid',
    text: '',
  }
}

const bound = (elementId: string): ConnectorEnd => ({ elementId, anchor: 'auto' })

/** The rows as words: a frame `# id` (indented by depth), "— ohne Rahmen —", other ids. */
function outline(rows: readonly ListRow[]): string[] {
  return rows.flatMap((row) => {
    const el = row.element
    const words = el.kind === 'frame' ? `${'  '.repeat(row.depth)}# ${el.id}` : el.id
    return row.ungrouped ? ['— ohne Rahmen —', words] : [words]
  })
}

describe('listRows', () => {
  it('without frames: the elements in reading order, then the connectors, no headings', () => {
    const els = [note('b', 300, 0), connector('ab', bound('a'), bound('b')), note('a', 0, 0)]
    expect(outline(listRows(els))).toEqual(['a', 'b', 'ab'])
  })

  it('groups by frame in board order, then what lies in no frame under one heading', () => {
    const els = [
      note('draußen', 2000, 2000),
      frame('Rollen', 1000, 0, 800, 600),
      frame('Agenda', 0, 0, 800, 600),
      note('r1', 1100, 100),
      note('a2', 300, 100),
      note('a1', 100, 100),
      connector('a1-a2', bound('a1'), bound('a2')),
      connector('a1-r1', bound('a1'), bound('r1')),
      connector('frei', { x: 1200, y: 300 }, { x: 1300, y: 300 }),
    ]
    expect(outline(listRows(els))).toEqual([
      '# Agenda',
      'a1',
      'a2',
      'a1-a2',
      '# Rollen',
      'r1',
      'frei',
      '— ohne Rahmen —',
      'draußen',
      'a1-r1',
    ])
  })

  it('lists a frame inside a frame after the outer frame’s own content, one level deeper', () => {
    const els = [
      frame('außen', 0, 0, 2000, 2000),
      frame('innen', 100, 1000, 800, 800),
      note('oben', 100, 100),
      note('drin', 200, 1100),
      note('unten', 1500, 1500),
    ]
    const rows = listRows(els)
    expect(outline(rows)).toEqual(['# außen', 'oben', 'unten', '  # innen', 'drin'])
    expect(rows.some((row) => row.ungrouped)).toBe(false)
  })

  it('leaves out a template’s decoration: the ecosystem map without rings and sector lines', () => {
    const doc = new Y.Doc()
    insertTemplate(doc, { template: findTemplate('ecosystem')!, locale: 'de', at: { x: 0, y: 0 } })
    const elements: BoardElement[] = [...elementEntries(elementsMap(doc))].map(([id, map]) =>
      readElement(id, map),
    )
    const rows = listRows(elements)
    const listed = rows.map((row) => row.element)
    expect(listed[0]).toMatchObject({ kind: 'frame', text: 'Digitales Ökosystem' })
    expect(listed.some((el) => el.decoration === true)).toBe(false)
    expect(listed.some((el) => el.kind === 'connector')).toBe(false)
    expect(listed.filter((el) => el.kind === 'actor')).toHaveLength(5)
    expect(listed.length).toBe(elements.filter((el) => el.decoration !== true).length)
    // Everything lies in the one frame: no "Ohne Rahmen".
    expect(rows.some((row) => row.ungrouped)).toBe(false)
  })
})
