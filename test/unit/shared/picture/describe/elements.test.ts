import * as Y from 'yjs'
import { describe, expect, test } from 'vitest'
import { measureText } from '../../../../../shared/picture/font/measure.ts'
import { NOTE_TEXT_OPTIONS } from '../../../../../shared/picture/text/noteLayout.ts'
import { describeBoard, boardElements } from '../../../../../shared/picture/describe/board.ts'
import { describeContext } from '../../../../../shared/picture/describe/context.ts'
import { describeElement } from '../../../../../shared/picture/describe/element.ts'
import {
  ACTOR_CATEGORY_COLORS,
  CARD_WARNING,
  PERSON_COLOR,
} from '../../../../../shared/picture/cardStyle.ts'
import {
  CONNECTOR_COLORS,
  elementsMap,
  INK_COLORS,
  NOTE_COLORS,
  NOTE_INK,
} from '../../../../../shared/schema/index.ts'
import { createNote } from '../../../../../shared/ops/createNote.ts'
import { createShape } from '../../../../../shared/ops/createShape.ts'
import { createText } from '../../../../../shared/ops/createText.ts'
import { createFrame } from '../../../../../shared/ops/createFrame.ts'
import { createStroke } from '../../../../../shared/ops/createStroke.ts'
import { createImage } from '../../../../../shared/ops/createImage.ts'
import { createConnector } from '../../../../../shared/ops/createConnector.ts'
import { createActor } from '../../../../../shared/ops/createActor.ts'
import { createRole } from '../../../../../shared/ops/createRole.ts'
import { createPerson } from '../../../../../shared/ops/createPerson.ts'
import { assignRole } from '../../../../../shared/ops/assignRole.ts'
import type {
  EllipsePrimitive,
  PathPrimitive,
  RectPrimitive,
} from '../../../../../shared/picture/primitives.ts'
import { flatten, groupOf, texts, words } from './pictureText.ts'

const HASH = 'a'.repeat(64)

function picture(doc: Y.Doc, language: 'de' | 'en' = 'de') {
  return describeBoard(doc, { scope: 'board', language })
}

describe('a note', () => {
  test('shows its text on its colour, every line within the note by the font metrics', () => {
    const doc = new Y.Doc()
    const text =
      'Wer pflegt die Stammdaten der Schulträger im Landkreis? – „Straßenverkehrsbehörde“'
    const id = createNote(doc, { x: 10, y: 20, color: 'blue', text })
    const group = groupOf(picture(doc).items, id)
    expect(group.meaning).toBe(`Notiz: ${text}`)
    const [shadow, body] = group.children as RectPrimitive[]
    expect(shadow?.shadow).toBe(true)
    expect(body?.fill).toBe(NOTE_COLORS.blue)
    const [run] = texts([group])
    expect(run?.fill).toBe(NOTE_INK)
    expect(run?.anchor).toBe('middle')
    const note = boardElements(doc)[0]!
    const inner = note.w - 2 * NOTE_TEXT_OPTIONS.padding
    for (const line of run!.lines) {
      expect(measureText(line.text, run!.fontSize)).toBeLessThanOrEqual(inner)
      expect(line.x).toBe(note.x + note.w / 2)
      expect(line.y).toBeGreaterThan(note.y)
      expect(line.y).toBeLessThan(note.y + note.h)
    }
    expect(run!.lines.map((l) => l.text).join(' ')).toContain('Schulträger')
  })

  test('an empty note is its colour alone, told as an empty note', () => {
    const doc = new Y.Doc()
    const id = createNote(doc, { x: 0, y: 0 })
    const group = groupOf(picture(doc, 'en').items, id)
    expect(texts([group])).toEqual([])
    expect(group.meaning).toBe('Empty note')
  })
})

describe('a shape', () => {
  test('an ellipse in its fill with a dashed outline and its label inside', () => {
    const doc = new Y.Doc()
    const id = createShape(doc, {
      x: 0,
      y: 0,
      w: 200,
      h: 100,
      shape: 'ellipse',
      fill: 'green',
      stroke: 'red',
      strokeWidth: 2,
      strokeStyle: 'dashed',
      text: 'Bürgerbüro',
    })
    const group = groupOf(picture(doc).items, id)
    const outline = group.children[0] as EllipsePrimitive
    expect(outline).toMatchObject({ kind: 'ellipse', cx: 100, cy: 50, rx: 100, ry: 50 })
    expect(outline.fill).toBe(NOTE_COLORS.green)
    expect(outline.stroke).toMatchObject({ paint: INK_COLORS.red, width: 2, dash: [8, 6] })
    expect(words([group])).toEqual(['Bürgerbüro'])
  })

  test('a diamond is a closed path; no fill means none', () => {
    const doc = new Y.Doc()
    const id = createShape(doc, { x: 0, y: 0, w: 100, h: 100, shape: 'diamond', fill: 'none' })
    const outline = groupOf(picture(doc).items, id).children[0] as PathPrimitive
    expect(outline.kind).toBe('path')
    expect(outline.fill).toBeUndefined()
    expect(outline.commands.at(-1)).toEqual({ op: 'close' })
  })
})

describe('a text block, a frame, a stroke, an image', () => {
  test('a right-aligned text block ends its lines at the right padding', () => {
    const doc = new Y.Doc()
    const id = createText(doc, { x: 0, y: 0, w: 300, h: 40, text: 'Ergebnis', align: 'right' })
    const [run] = texts(groupOf(picture(doc).items, id).children)
    expect(run?.anchor).toBe('end')
    expect(run?.lines[0]?.x).toBe(300 - 4)
  })

  test('a frame shows its title, or "Rahmen" when it has none', () => {
    const doc = new Y.Doc()
    const titled = createFrame(doc, { x: 0, y: 0, w: 400, h: 300, title: 'Schritt 1: Akteure' })
    const untitled = createFrame(doc, { x: 500, y: 0, w: 400, h: 300 })
    const items = picture(doc).items
    expect(words([groupOf(items, titled)])).toEqual(['Schritt 1: Akteure'])
    expect(words([groupOf(items, untitled)])).toEqual(['Rahmen'])
    expect(groupOf(items, titled).meaning).toBe('Rahmen: Schritt 1: Akteure')
  })

  test('a stroke is its outline filled in its ink, inside its bounds', () => {
    const doc = new Y.Doc()
    const id = createStroke(doc, {
      points: [0, 0, 0.5, 50, 20, 0.5, 100, 0, 0.5],
      color: 'blue',
      width: 4,
    })!
    const el = boardElements(doc)[0]!
    const path = groupOf(picture(doc).items, id).children[0] as PathPrimitive
    expect(path.fill).toBe(INK_COLORS.blue)
    for (const c of path.commands) {
      if (c.op === 'close') continue
      expect(c.x).toBeGreaterThanOrEqual(el.x - 1)
      expect(c.x).toBeLessThanOrEqual(el.x + el.w + 1)
    }
  })

  test('an image is named by its hash and alternative text', () => {
    const doc = new Y.Doc()
    const id = createImage(doc, {
      x: 0,
      y: 0,
      asset: HASH,
      mime: 'image/png',
      width: 40,
      height: 20,
      alt: 'Stadtplan',
    })
    const group = groupOf(picture(doc).items, id)
    expect(group.children[0]).toMatchObject({ kind: 'image', hash: HASH, alt: 'Stadtplan' })
    expect(group.meaning).toBe('Bild: Stadtplan')
  })
})

describe('a connector', () => {
  test('a dashed arrow between two notes with its label on a background', () => {
    const doc = new Y.Doc()
    const a = createNote(doc, { x: 0, y: 0 })
    const b = createNote(doc, { x: 600, y: 0 })
    const id = createConnector(doc, {
      from: { elementId: a },
      to: { elementId: b },
      endArrowhead: 'triangle',
      strokeStyle: 'dashed',
      stroke: 'blue',
      strokeWidth: 2,
      text: 'liefert Daten',
    })
    const group = groupOf(picture(doc).items, id)
    const [line, head] = group.children as PathPrimitive[]
    expect(line?.stroke).toMatchObject({ paint: CONNECTOR_COLORS.blue, width: 2, dash: [8, 6] })
    expect(head?.fill).toBe(CONNECTOR_COLORS.blue)
    expect(head?.commands.at(-1)).toEqual({ op: 'close' })
    expect(words([group])).toEqual(['liefert Daten'])
    expect(flatten([group]).some((p) => p.kind === 'rect' && p.fill === '#f7f7f4')).toBe(true)
    expect(group.meaning).toBe('Verbindung: liefert Daten')
    expect(group.opacity).toBeUndefined()
  })

  test('a connector whose element is gone is faded to its last known point', () => {
    const doc = new Y.Doc()
    const a = createNote(doc, { x: 0, y: 0 })
    const b = createNote(doc, { x: 600, y: 0 })
    const id = createConnector(doc, { from: { elementId: a }, to: { elementId: b } })
    const end = elementsMap(doc).get(id) as Y.Map<unknown>
    const to = end.get('to') as Y.Map<unknown> | Record<string, unknown>
    // Give the end a last known point, then delete its element.
    if (to instanceof Y.Map) {
      to.set('x', 700)
      to.set('y', 90)
    } else end.set('to', { ...to, x: 700, y: 90 })
    elementsMap(doc).delete(b)
    const group = groupOf(picture(doc).items, id)
    expect(group.opacity).toBe(0.45)
  })
})

describe('the domain cards', () => {
  test('an actor names its category in words, in the category colour, and its place', () => {
    const doc = new Y.Doc()
    const id = createActor(doc, {
      x: 0,
      y: 0,
      name: 'Kommunales Rechenzentrum',
      category: 'itProvider',
      ring: 'administration',
    })
    const group = groupOf(picture(doc).items, id)
    const seen = words([group])
    expect(seen[0]).toBe('IT-Dienstleister')
    expect(seen.slice(1, -1).join(' ')).toBe('Kommunales Rechenzentrum')
    expect(seen.at(-1)).toMatch(/Verwaltung/)
    const stripe = group.children[2] as RectPrimitive
    expect(stripe.fill).toBe(ACTOR_CATEGORY_COLORS.itProvider)
    expect(group.meaning).toMatch(/^Akteur:in: Kommunales Rechenzentrum, IT-Dienstleister/)
    const en = words([groupOf(picture(doc, 'en').items, id)])
    expect(en[0]).toBe('IT service provider')
  })

  test('a role nobody holds has a dashed red border and says "unbesetzt"', () => {
    const doc = new Y.Doc()
    const id = createRole(doc, { x: 0, y: 0, title: 'Datenschutzbeauftragte:r' })
    const group = groupOf(picture(doc).items, id)
    const border = group.children[3] as RectPrimitive
    expect(border.stroke).toMatchObject({ paint: CARD_WARNING, dash: [8, 5] })
    expect(words([group])).toContain('unbesetzt')
    expect(group.meaning).toMatch(/unbesetzt$/)
  })

  test('a long role title wraps over three lines, the last cut with an ellipsis', () => {
    const doc = new Y.Doc()
    const title =
      'Beauftragte Person für Informationssicherheit und Datenschutz in der Kreisverwaltung Musterstadt'
    const id = createRole(doc, { x: 0, y: 0, title })
    const group = groupOf(picture(doc).items, id)
    const titleRuns = texts([group]).filter((run) => run.fontSize === 18)
    const lines = titleRuns.flatMap((run) => run.lines.map((line) => line.text))
    expect(lines).toHaveLength(3)
    expect(lines.at(-1)).toMatch(/…$/)
    expect(lines.slice(0, 2).join(' ')).toBe(title.slice(0, lines.slice(0, 2).join(' ').length))
    // Every line within the card's text column, by the font's metrics.
    for (const line of lines) expect(measureText(line, 18, 600)).toBeLessThanOrEqual(240 - 28)
  })

  test('a held role names its holders with RACI; the person shows the time it takes', () => {
    const doc = new Y.Doc()
    const role = createRole(doc, { x: 0, y: 0, title: 'Digitallotse' })
    const person = createPerson(doc, { x: 400, y: 0, name: 'Aylin Demir', availability: 50 })
    assignRole(doc, { personId: person, roleId: role, raci: 'A', share: 40 })
    const items = picture(doc).items
    const roleWords = words([groupOf(items, role)])
    expect(roleWords).toContain('Aylin Demir (A)')
    expect(roleWords).not.toContain('unbesetzt')
    const personGroup = groupOf(items, person)
    expect(words([personGroup])).toEqual(['Person', 'Aylin Demir', 'Zeit: 20 % von 50 %'])
    expect((personGroup.children[2] as RectPrimitive).fill).toBe(PERSON_COLOR)
  })
})

describe('describeElement', () => {
  test('an element of an unknown type is a named, hatched placeholder', () => {
    const doc = new Y.Doc()
    const map = new Y.Map<unknown>()
    elementsMap(doc).set('x1', map)
    for (const [k, v] of Object.entries({ type: 'kanban', x: 0, y: 0, w: 200, h: 100, z: 'a' }))
      map.set(k, v)
    const group = groupOf(picture(doc).items, 'x1')
    expect(words([group])).toEqual(['Unbekannt: kanban'])
    expect(flatten([group]).some((p) => p.kind === 'group' && p.clip !== undefined)).toBe(true)
  })

  test('never throws: a broken element becomes the placeholder', () => {
    const ctx = describeContext('de', () => {
      throw new Error('broken')
    })
    const el = {
      id: 'c1',
      type: 'connector',
      kind: 'connector',
      x: 0,
      y: 0,
      w: 200,
      h: 100,
      z: 'a',
    } as never
    const group = describeElement(el, ctx)
    expect(group.elementId).toBe('c1')
    expect(words([group])[0]).toBe('Unbekannt: connector')
  })
})
