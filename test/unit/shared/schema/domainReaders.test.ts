import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readActor } from '../../../../shared/schema/actor.ts'
import {
  assignmentsMap,
  readAssignment,
  readAssignments,
} from '../../../../shared/schema/assignment.ts'
import { readCheckSettings } from '../../../../shared/schema/checkSettings.ts'
import { elementsMap, metaMap } from '../../../../shared/schema/doc.ts'
import { readPerson } from '../../../../shared/schema/person.ts'
import { readRelation } from '../../../../shared/schema/relation.ts'
import { readRole } from '../../../../shared/schema/role.ts'

function stored(values: Record<string, unknown>): Y.Map<unknown> {
  const doc = new Y.Doc()
  const map = new Y.Map<unknown>()
  elementsMap(doc).set('e', map)
  for (const [k, v] of Object.entries({ x: 0, y: 0, w: 100, h: 50, z: 'a0', ...values })) {
    map.set(k, v)
  }
  return map
}

describe('domain readers never throw and fall back to defaults', () => {
  it('read an actor with unknown category, ring and field', () => {
    const actor = readActor(
      'e',
      stored({
        type: 'actor',
        text: 'Stadtwerke',
        category: 'aliens',
        ring: 9,
        field: 'moon',
        placement: 'x',
      }),
    )
    expect(actor).toMatchObject({
      kind: 'actor',
      name: 'Stadtwerke',
      category: 'custom',
      customCategory: '',
      ring: null,
      field: null,
      placement: 'map',
      note: '',
    })
  })

  it('read a role from a newer catalogue with its id kept and its group from the card', () => {
    expect(
      readRole('e', stored({ type: 'role', catalogueId: 'quantumOfficer', group: 'data' })),
    ).toMatchObject({
      kind: 'role',
      catalogueId: 'quantumOfficer',
      group: 'data',
      title: '',
    })
    expect(readRole('e', stored({ type: 'role', catalogueId: 'cio' }))).toMatchObject({
      group: 'implementation',
    })
  })

  it('read a person with malformed availability and kind', () => {
    expect(
      readPerson('e', stored({ type: 'person', personKind: 'robot', availability: 250 })),
    ).toMatchObject({
      kind: 'person',
      personKind: 'person',
      availability: 100,
      orgUnit: '',
    })
  })

  it('read broken bounds as placeholders', () => {
    expect(readActor('e', stored({ type: 'actor', w: -1 })).kind).toBe('unknown')
    expect(readRole('e', stored({ type: 'role', x: 'left' })).kind).toBe('unknown')
    expect(readPerson('e', stored({ type: 'person', h: Infinity })).kind).toBe('unknown')
  })

  it('read a relation only from a connector with a kind; unknown kinds are custom', () => {
    const ends = { from: { elementId: 'a', anchor: 'auto' }, to: { x: 1, y: 2 } }
    expect(readRelation('e', stored({ type: 'connector', ...ends }))).toBeNull()
    expect(readRelation('e', stored({ type: 'note', relationKind: 'funds' }))).toBeNull()
    expect(
      readRelation('e', stored({ type: 'connector', ...ends, relationKind: 'funds' })),
    ).toEqual({
      id: 'e',
      kind: 'funds',
      fromId: 'a',
      toId: null,
      label: '',
    })
    expect(
      readRelation('e', stored({ type: 'connector', ...ends, relationKind: 'sues' }))?.kind,
    ).toBe('custom')
  })

  it('skip malformed assignments and clamp the share', () => {
    const doc = new Y.Doc()
    const cell = (v: Record<string, unknown>) => {
      const m = new Y.Map<unknown>()
      for (const [k, x] of Object.entries(v)) m.set(k, x)
      return m
    }
    assignmentsMap(doc).set('ok', cell({ personId: 'p', roleId: 'r', raci: 'Q', share: 180 }))
    assignmentsMap(doc).set('bad', cell({ personId: 'p' }))
    expect(readAssignment('x', 'not a map')).toBeNull()
    expect(readAssignments(doc)).toEqual([
      { id: 'ok', personId: 'p', roleId: 'r', raci: 'R', share: 100 },
    ])
  })

  it('read check settings with defaults and skip malformed custom rules', () => {
    const doc = new Y.Doc()
    expect(readCheckSettings(doc)).toEqual({ maxRolesPerPerson: 3, conflictRules: [] })
    metaMap(doc).set('maxRolesPerPerson', 2.5)
    doc
      .getMap('conflictRules')
      .set('r1', { roles: ['cdo'], conflictsWith: ['cio'], reason: 'Trennung' })
    doc.getMap('conflictRules').set('r2', { roles: [], conflictsWith: ['cio'] })
    doc.getMap('conflictRules').set('r3', 'nonsense')
    expect(readCheckSettings(doc)).toEqual({
      maxRolesPerPerson: 3,
      conflictRules: [{ id: 'r1', roles: ['cdo'], conflictsWith: ['cio'], reason: 'Trennung' }],
    })
  })
})
