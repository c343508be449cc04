import { expect, test } from 'vitest'
import {
  ElementPictures,
  type PictureInputs,
} from '../../../../client/src/lib/render/elementPictures.ts'
import type { ConnectorPath } from '../../../../shared/geometry/connectorPath.ts'
import type { Note, Role } from '../../../../shared/schema/index.ts'
import { connector, note as noteAt } from './fixtures.ts'

const note: Note = noteAt('n', 0, 'Stadtwerke', 'a0')

const role: Role = {
  id: 'r',
  kind: 'role',
  type: 'role',
  x: 300,
  y: 0,
  w: 240,
  h: 140,
  z: 'a1',
  title: 'Datenschutz',
  description: '',
} as Role

function inputs(over: Partial<PictureInputs> = {}): PictureInputs {
  return { language: 'de', connectorPath: () => null, cardsVersion: 1, editingId: null, ...over }
}

/** The texts a picture shows, in order. */
function texts(p: { children: readonly unknown[] }): string[] {
  const out: string[] = []
  const walk = (items: readonly unknown[]): void => {
    for (const item of items as { kind: string; lines?: { text: string }[]; children?: [] }[]) {
      if (item.kind === 'text') out.push(...(item.lines ?? []).map((l) => l.text))
      if (item.kind === 'group') walk(item.children ?? [])
    }
  }
  walk(p.children)
  return out
}

test('an element is described once while its snapshot stays the same object', () => {
  const pictures = new ElementPictures(inputs())
  const first = pictures.get(note)
  expect(pictures.get(note)).toBe(first)
  pictures.update(inputs({ cardsVersion: 2 }))
  expect(pictures.get(note)).toBe(first)
  // A changed note is a new object: described again.
  const changed = { ...note, text: 'Landkreis' }
  expect(texts(pictures.get(changed))).toEqual(['Landkreis'])
})

test('the element being edited is described without its text, and with it afterwards', () => {
  const pictures = new ElementPictures(inputs({ editingId: 'n' }))
  expect(texts(pictures.get(note))).toEqual([])
  pictures.update(inputs())
  expect(texts(pictures.get(note))).toEqual(['Stadtwerke'])
})

test('domain cards follow the card texts version, other elements do not', () => {
  const pictures = new ElementPictures(inputs())
  const card = pictures.get(role)
  const paper = pictures.get(note)
  pictures.update(inputs({ cardsVersion: 2 }))
  expect(pictures.get(role)).not.toBe(card)
  expect(pictures.get(note)).toBe(paper)
})

test('a connector is described again when its path changes (an end moved)', () => {
  const arrow = { ...connector('c', 'a', { x: 100, y: 0 }, 'berät'), from: { x: 0, y: 0 } }
  let path: ConnectorPath = {
    points: [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ],
    dangling: false,
  } as ConnectorPath
  const pictures = new ElementPictures(inputs({ connectorPath: () => path }))
  const before = pictures.get(arrow)
  expect(pictures.get(arrow)).toBe(before)
  path = {
    ...path,
    points: [
      { x: 0, y: 0 },
      { x: 0, y: 100 },
    ],
  }
  expect(pictures.get(arrow)).not.toBe(before)
})

test('another language describes afresh, in its words', () => {
  const pictures = new ElementPictures(inputs())
  const unnamed = { ...note, id: 'f', kind: 'frame', type: 'frame', text: '' } as unknown as Note
  expect(texts(pictures.get(unnamed))).toEqual(['Rahmen'])
  pictures.update(inputs({ language: 'en' }))
  expect(texts(pictures.get(unnamed))).toEqual(['Frame'])
})
