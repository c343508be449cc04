import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readDomain } from '../../../../shared/domain/model.ts'
import { History } from '../../../../shared/history.ts'
import type { ListCard } from '../../../../shared/import/lists/planCards.ts'
import { createListCards } from '../../../../shared/ops/createListCards.ts'
import { insertTemplate } from '../../../../shared/ops/insertTemplate.ts'
import { SETUP_ORIGIN } from '../../../../shared/origins.ts'
import { elementsMap } from '../../../../shared/schema/index.ts'
import { findTemplate } from '../../../../shared/templates/index.ts'

type ActorCard = Extract<ListCard, { kind: 'actor' }>

const actor = (name: string, extra: Partial<ActorCard> = {}): ListCard => ({
  kind: 'actor',
  name,
  category: 'custom',
  customCategory: '',
  ring: null,
  field: null,
  note: '',
  ...extra,
})

/** Elements of a type as plain rectangles. */
function ids(doc: Y.Doc, type: string): { x: number; y: number; w: number; h: number }[] {
  return [...elementsMap(doc).values()]
    .filter((m): m is Y.Map<unknown> => m instanceof Y.Map && m.get('type') === type)
    .map((m) => ({
      x: Number(m.get('x')),
      y: Number(m.get('y')),
      w: Number(m.get('w')),
      h: Number(m.get('h')),
    }))
}

function ecosystemBoard(): Y.Doc {
  const doc = new Y.Doc()
  const template = findTemplate('ecosystem')
  if (!template) throw new Error('no ecosystem template')
  insertTemplate(doc, { template, at: { x: 0, y: 0 } }, SETUP_ORIGIN)
  return doc
}

describe('createListCards', () => {
  it('puts actors into their ring and field on the ecosystem map, the rest into a grid', () => {
    const doc = ecosystemBoard()
    const before = new Set(readDomain(doc).actors.map((a) => a.id))
    const ids = createListCards(doc, {
      centre: { x: 10_000, y: 10_000 },
      locale: 'de',
      cards: [
        actor('Stadtwerke', {
          category: 'municipalGroup',
          ring: 'municipalGroup',
          field: 'energyEnvironment',
        }),
        actor('Energiegenossenschaft', { ring: 'municipalGroup', field: 'energyEnvironment' }),
        actor('Radentscheid', { ring: 'localCommunity', field: 'mobility' }),
        actor('Landkreis', { ring: 'regionStateFederal' }),
        actor('Ohne Ring'),
        {
          kind: 'person',
          name: 'Anna',
          personKind: 'person',
          orgUnit: 'Hauptamt',
          availability: 50,
        },
        {
          kind: 'role',
          name: 'Datenschutzbeauftragte:r',
          catalogueId: 'dataProtectionOfficer',
          group: null,
          description: '',
        },
      ],
    })
    expect(ids).toHaveLength(7)
    const model = readDomain(doc)
    const made = new Map(model.actors.filter((a) => !before.has(a.id)).map((a) => [a.name, a]))
    expect(made.get('Stadtwerke')).toMatchObject({
      ring: 'municipalGroup',
      field: 'energyEnvironment',
      placement: 'map',
    })
    expect(made.get('Energiegenossenschaft')).toMatchObject({
      ring: 'municipalGroup',
      field: 'energyEnvironment',
      placement: 'map',
    })
    expect(made.get('Radentscheid')).toMatchObject({
      ring: 'localCommunity',
      field: 'mobility',
      placement: 'map',
    })
    // A ring without a field: on the map in that ring, kept by hand so no field is invented.
    expect(made.get('Landkreis')).toMatchObject({
      ring: 'regionStateFederal',
      field: null,
      placement: 'manual',
    })
    const loose = made.get('Ohne Ring')
    expect(loose).toMatchObject({ ring: null, field: null })
    // Two actors in one place do not lie on top of each other.
    const a = made.get('Stadtwerke')
    const b = made.get('Energiegenossenschaft')
    expect(a && b && (a.x !== b.x || a.y !== b.y)).toBe(true)
    // The grid is around the given centre.
    const person = model.people.find((p) => p.name === 'Anna')
    expect(person).toMatchObject({ orgUnit: 'Hauptamt', availability: 50 })
    for (const el of [loose, person]) {
      expect(Math.abs((el?.x ?? 0) - 10_000)).toBeLessThan(600)
      expect(Math.abs((el?.y ?? 0) - 10_000)).toBeLessThan(600)
    }
    const role = model.roles.find((r) => r.title === 'Datenschutzbeauftragte:r')
    expect(role).toMatchObject({ catalogueId: 'dataProtectionOfficer', group: 'protection' })
    expect(role?.description).not.toBe('')
  })

  it('puts everything into a grid at the centre on a board without a map, ring and field kept', () => {
    const doc = new Y.Doc()
    createListCards(doc, {
      centre: { x: 0, y: 0 },
      locale: 'de',
      cards: [
        actor('A', { ring: 'administration', field: 'data' }),
        actor('B'),
        actor('C'),
        actor('D'),
      ],
    })
    const actors = readDomain(doc).actors
    expect(actors.find((x) => x.name === 'A')).toMatchObject({
      ring: 'administration',
      field: 'data',
      placement: 'manual',
    })
    const centres = actors.map((x) => `${x.x + x.w / 2},${x.y + x.h / 2}`)
    expect(new Set(centres).size).toBe(4)
    const xs = actors.map((x) => x.x + x.w / 2)
    expect(Math.min(...xs) + Math.max(...xs)).toBe(0)
  })

  it('covers no card already there, on the map and in the grid', () => {
    const doc = ecosystemBoard()
    const before = readDomain(doc).actors
    const existing = new Set(before.map((a) => a.id))
    // The outer ring, where the template has its Landkreis: room for three more cards.
    const inTemplate = before.find((a) => a.ring === 'regionStateFederal' && a.field !== null)
    if (!inTemplate?.ring || !inTemplate.field) throw new Error('the template has no placed actor')
    // One more actor where the template already has one, two in a cell of their own (a cell of
    // the outer ring holds about two cards), and a grid asked for right on top of the map.
    const map = ids(doc, 'frame')[0]
    createListCards(doc, {
      centre: { x: (map?.x ?? 0) + (map?.w ?? 0) / 2, y: (map?.y ?? 0) + (map?.h ?? 0) / 2 },
      locale: 'de',
      cards: [
        actor('Eins', { ring: inTemplate.ring, field: inTemplate.field }),
        actor('Zwei', { ring: 'regionStateFederal', field: 'mobility' }),
        actor('Drei', { ring: 'regionStateFederal', field: 'mobility' }),
        { kind: 'person', name: 'Anna', personKind: 'person', orgUnit: '', availability: 100 },
        { kind: 'person', name: 'Ben', personKind: 'person', orgUnit: '', availability: 100 },
      ],
    })
    const model = readDomain(doc)
    const made = [...model.actors.filter((a) => !existing.has(a.id)), ...model.people]
    expect(made).toHaveLength(5)
    const placeOf = (name: string) => {
      const a = model.actors.find((x) => x.name === name)
      return [a?.ring, a?.field]
    }
    expect(placeOf('Eins')).toEqual([inTemplate.ring, inTemplate.field])
    expect(placeOf('Zwei')).toEqual(['regionStateFederal', 'mobility'])
    expect(placeOf('Drei')).toEqual(['regionStateFederal', 'mobility'])
    const cards = [...model.actors, ...model.people]
    for (const a of made) {
      for (const b of cards) {
        if (a.id === b.id) continue
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y
        expect(apart, `${a.kind} ${'name' in a ? a.name : ''} covers ${b.id}`).toBe(true)
      }
    }
  })

  it('is one undo step', () => {
    const doc = new Y.Doc()
    const history = new History(doc)
    createListCards(doc, {
      centre: { x: 0, y: 0 },
      locale: 'en',
      cards: [
        actor('A'),
        actor('B'),
        { kind: 'role', name: 'Lotse', catalogueId: null, group: null, description: 'hilft' },
      ],
    })
    history.endStep()
    expect(elementsMap(doc).size).toBe(3)
    history.undo()
    expect(elementsMap(doc).size).toBe(0)
  })
})
