import { afterEach, describe, expect, test } from 'vitest'
import { i18n, t } from '../../../../client/src/lib/i18n/i18n.svelte.ts'
import {
  creationOf,
  describeElement,
  editsInList,
  editsInPlace,
  KINDS,
  placingOf,
  type ElementKind,
} from '../../../../client/src/lib/kinds/index.ts'
import { describeContext } from '../../../../shared/picture/describe/context.ts'
import { describeElement as drawElement } from '../../../../shared/picture/describe/element.ts'
import {
  ACTOR_CARD_SIZE,
  DEFAULT_FRAME_SIZE,
  DEFAULT_SHAPE_SIZE,
  DEFAULT_TEXT_SIZE,
  PERSON_CARD_SIZE,
  ROLE_CARD_SIZE,
} from '../../../../shared/schema/index.ts'
import { everyKind, type EveryKind } from './fixture.ts'

let made: EveryKind | null = null
function board(): EveryKind {
  made = everyKind()
  return made
}
afterEach(() => {
  made?.board.destroy()
  made = null
  i18n.setLocale('de')
})

describe('the kind registry', () => {
  test('every kind the board reads is registered under its own name', () => {
    const { ids, board: b } = board()
    const read = Object.values(ids).map((id) => b.get(id)?.kind)
    expect(new Set(read)).toEqual(new Set(Object.keys(KINDS)))
    for (const [kind, spec] of Object.entries(KINDS)) expect(spec.kind).toBe(kind)
  })

  test('each kind draws the shared picture, as every export does', () => {
    const { ids, board: b } = board()
    const ctx = describeContext('de', (c) => b.connectors.path(c))
    for (const id of Object.values(ids)) {
      const el = b.get(id)!
      const spec = KINDS[el.kind as ElementKind] as { draw(e: typeof el, c: typeof ctx): unknown }
      expect(spec.draw(el, ctx), el.kind).toEqual(drawElement(el, ctx))
    }
  })

  test('each kind says what it is in words, in the reader’s language', () => {
    const fixture = board()
    const env = {
      t,
      lookup: (id: string) => fixture.board.get(id),
      connectorPath: fixture.board.connectors.path.bind(fixture.board.connectors),
    }
    const say = (kind: ElementKind): string => describeElement(fixture.get(kind), env)
    expect(say('note')).toBe('Bürgerbüro, Blau')
    expect(say('text')).toBe('Text: Überschrift')
    expect(say('shape')).toBe('Ellipse: Ziel')
    expect(say('frame')).toBe('Rahmen: Agenda')
    expect(say('stroke')).toBe('Freihandzeichnung')
    expect(say('connector')).toMatch(/^Pfeil „meldet“ von „Bürgerbüro“ zu einem freien Punkt/)
    expect(say('image')).toBe('Bild: Lageplan')
    expect(say('actor')).toBe('Akteur:in: Stadtwerke, Konzern Kommune')
    expect(say('role')).toMatch(/^Rolle: .+, Umsetzung$/)
    expect(say('person')).toBe('Person: Anna Berg, Hauptamt')
    expect(say('unknown')).toBe('Unbekanntes Element (sticker)')
    i18n.setLocale('en')
    expect(say('note')).toBe('Bürgerbüro, Blue')
    expect(say('stroke')).toBe('Freehand drawing')
  })
})

describe('creation by kind', () => {
  test('a click makes each placed kind at its default size', () => {
    expect(placingOf({ type: 'note' }).size).toEqual({ w: 180, h: 180 })
    expect(placingOf({ type: 'text' }).size).toEqual(DEFAULT_TEXT_SIZE)
    expect(placingOf({ type: 'shape', shape: 'diamond' }).size).toEqual(DEFAULT_SHAPE_SIZE)
    expect(placingOf({ type: 'frame' }).size).toEqual(DEFAULT_FRAME_SIZE)
    expect(placingOf({ type: 'actor' }).size).toEqual(ACTOR_CARD_SIZE)
    expect(placingOf({ type: 'role' }).size).toEqual(ROLE_CARD_SIZE)
    expect(placingOf({ type: 'person' }).size).toEqual(PERSON_CARD_SIZE)
    expect(KINDS.stroke.creation.placing).toBeNull()
  })

  test('what is made looks like its preview: same kind, place and size', () => {
    const { board: b } = board()
    const rect = { x: 1000, y: 1000, w: 240, h: 240 }
    const specs = [
      { type: 'note', rect },
      { type: 'text', rect },
      { type: 'shape', shape: 'diamond', rect },
      { type: 'frame', rect },
      { type: 'actor', rect },
      { type: 'role', rect },
      { type: 'person', rect },
    ] as const
    for (const spec of specs) {
      const creation = creationOf(spec.type)
      const ghost = creation.ghost(spec)
      const id = creation.create(b, spec, { color: 'ink', width: 4 })
      const el = b.get(id!)
      expect(el, spec.type).toMatchObject({
        kind: ghost.kind,
        x: ghost.x,
        y: ghost.y,
        w: ghost.w,
      })
      // A text block's height follows its text; every other kind keeps the drawn height.
      if (spec.type !== 'text') expect(el?.h, spec.type).toBe(ghost.h)
    }
  })

  test('a stroke is made in the pen’s colour and width, where its preview was drawn', () => {
    const { board: b } = board()
    const spec = { type: 'stroke', points: [0, 0, 0.5, 40, 30, 0.5], pressure: false } as const
    // The preview is drawn at the default width, which sets how far its box reaches.
    const ghost = KINDS.stroke.creation.ghost(spec)
    const id = KINDS.stroke.creation.create(b, spec, { color: 'red', width: ghost.width })
    const { x, y, w, h, points } = ghost
    expect(b.get(id!)).toMatchObject({ kind: 'stroke', color: 'red', x, y, w, h, points })
  })

  test('the keyboard names what it placed', () => {
    expect(
      placingOf({ type: 'shape', shape: 'ellipse' }).name({ type: 'shape', shape: 'ellipse' }, t),
    ).toBe('Ellipse')
    expect(placingOf({ type: 'note' }).name({ type: 'note' }, t)).toBe('Notiz')
  })
})

describe('text in place', () => {
  test('which kinds are typed in place, and which the list view edits too', () => {
    const fixture = board()
    const inPlace = Object.keys(KINDS).filter((k) => editsInPlace(fixture.get(k as ElementKind)))
    expect(inPlace.sort()).toEqual(
      ['actor', 'connector', 'frame', 'note', 'person', 'role', 'shape', 'text'].sort(),
    )
    const inList = Object.keys(KINDS).filter((k) => editsInList(fixture.get(k as ElementKind)))
    // Every kind with a text: a card's name too.
    expect(inList.sort()).toEqual(inPlace.sort())
    expect(editsInPlace(undefined)).toBe(false)
  })
})
