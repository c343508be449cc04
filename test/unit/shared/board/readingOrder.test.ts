import { expect, test } from 'vitest'
import { readingOrder, rowsInReadingOrder } from '../../../../shared/board/readingOrder.ts'
import type { BoardElement, Connector, Frame, Note } from '../../../../shared/schema/index.ts'

let z = 0
function note(text: string, x: number, y: number, w = 180, h = 180): Note {
  z++
  return { id: text, kind: 'note', type: 'note', x, y, w, h, z: `a${z}`, color: 'yellow', text }
}

function frame(title: string, x: number, y: number, w: number, h: number): Frame {
  return { id: title, kind: 'frame', type: 'frame', x, y, w, h, z: `a${++z}`, text: title } as Frame
}

function connector(id: string, from: string, to: string): Connector {
  return {
    id,
    kind: 'connector',
    type: 'connector',
    x: 0,
    y: 0,
    w: 1,
    h: 1,
    z: `a${++z}`,
    from: { elementId: from, anchor: 'auto' },
    to: { elementId: to, anchor: 'auto' },
    routing: 'straight',
    startArrowhead: 'none',
    endArrowhead: 'arrow',
    stroke: 'ink',
    strokeWidth: 2,
    strokeStyle: 'solid',
    text: '',
  }
}

const ids = (els: readonly { id: string }[]): string[] => els.map((el) => el.id)

test('rows read top to bottom and left to right, though hand-placed notes are a little off', () => {
  const els = [
    note('Landkreis', 420, 10),
    note('Stadtwerke', 0, 0),
    note('Kämmerei', 210, -30),
    note('Feuerwehr', 0, 400),
    note('Bürgeramt', 215, 380),
  ]
  expect(ids(rowsInReadingOrder(els))).toEqual([
    'Stadtwerke',
    'Kämmerei',
    'Landkreis',
    'Feuerwehr',
    'Bürgeramt',
  ])
})

test('a note below the middle of the first note of a row starts the next row', () => {
  const els = [note('oben', 300, 0), note('unten links', 0, 95)]
  expect(ids(rowsInReadingOrder(els))).toEqual(['oben', 'unten links'])
})

test('frames come first, each followed by its content; then the rest; connectors last', () => {
  const els: BoardElement[] = [
    note('lose unten', 0, 2000),
    connector('pfeil', 'Stadtwerke', 'Landkreis'),
    frame('Rollen klären', 1200, 0, 1000, 800),
    note('Landkreis', 1300, 100),
    note('lose oben', -500, -500),
    frame('Ökosystem', 0, 0, 1000, 800),
    note('Stadtwerke', 100, 100),
    note('Kämmerei', 400, 120),
  ]
  expect(ids(readingOrder(els))).toEqual([
    'Ökosystem',
    'Stadtwerke',
    'Kämmerei',
    'Rollen klären',
    'Landkreis',
    'lose oben',
    'lose unten',
    'pfeil',
  ])
})

test('a frame inside a frame is content, with its own content after it', () => {
  const els: BoardElement[] = [
    frame('Agenda', 0, 0, 2000, 2000),
    note('Begrüßung', 100, 100),
    frame('Block 2', 100, 600, 800, 800),
    note('Rollen', 200, 700),
    note('Abschluss', 100, 1600),
  ]
  expect(ids(readingOrder(els))).toEqual(['Agenda', 'Block 2', 'Rollen', 'Begrüßung', 'Abschluss'])
})

test('every element appears exactly once, whatever the layout', () => {
  let seed = 5
  const rand = (): number => {
    seed = (seed * 16807) % 2147483647
    return seed / 2147483647
  }
  for (let run = 0; run < 50; run++) {
    const els: BoardElement[] = []
    const count = Math.floor(rand() * 60)
    for (let i = 0; i < count; i++) {
      const x = Math.round(rand() * 3000)
      const y = Math.round(rand() * 3000)
      if (rand() < 0.2) els.push(frame(`f${i}`, x, y, 200 + rand() * 1500, 200 + rand() * 1500))
      else els.push(note(`n${i}`, x, y))
    }
    const order = ids(readingOrder(els))
    expect([...order].sort()).toEqual(ids(els).sort())
  }
})
