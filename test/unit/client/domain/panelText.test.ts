import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { dimmedIds, NO_FILTER, toggled } from '../../../../client/src/lib/editor/domainFilter.ts'
import { newConflicts } from '../../../../client/src/lib/domain/newConflicts.ts'
import {
  roleRefName,
  ruleReason,
  conflictRules,
} from '../../../../client/src/lib/domain/ruleText.ts'
import type { Finding } from '../../../../shared/domain/checks/index.ts'
import { readDomain } from '../../../../shared/domain/model.ts'
import { createActor } from '../../../../shared/ops/createActor.ts'
import { createConnector } from '../../../../shared/ops/createConnector.ts'
import { createRole } from '../../../../shared/ops/createRole.ts'
import { setConflictRule } from '../../../../shared/ops/setConflictRule.ts'
import { setRelationKind } from '../../../../shared/ops/setRelationKind.ts'
import type { ActorCategory } from '../../../../shared/vocabulary/actorCategories.ts'
import type { RelationKind } from '../../../../shared/vocabulary/relationKinds.ts'

describe('newConflicts', () => {
  const conflict = (id: string): Finding => ({
    id,
    rule: 'conflictOfInterest',
    severity: 'warning',
    message: 'checks.conflictOfInterest',
    params: {},
    elementIds: [],
  })
  test('nothing is new on the first look; later only conflicts not seen before', () => {
    const first = newConflicts(null, [conflict('a')])
    expect(first.added).toEqual([])
    const second = newConflicts(first.seen, [conflict('a'), conflict('b')])
    expect(second.added.map((f) => f.id)).toEqual(['b'])
    const gone = newConflicts(second.seen, [conflict('b')])
    expect(gone.added).toEqual([])
    expect(newConflicts(gone.seen, [conflict('a'), conflict('b')]).added.map((f) => f.id)).toEqual([
      'a',
    ])
  })
})

describe('dimmedIds', () => {
  test('actors of hidden categories, relations of hidden kinds or touching a dimmed actor', () => {
    const doc = new Y.Doc()
    const krz = createActor(doc, { x: 0, y: 0, name: 'KRZ', category: 'itProvider' })
    const vhs = createActor(doc, { x: 0, y: 0, name: 'VHS', category: 'civilSociety' })
    const land = createActor(doc, { x: 0, y: 0, name: 'Land', category: 'regionStateFederal' })
    const data = createConnector(doc, { from: { elementId: krz }, to: { elementId: vhs } })
    const money = createConnector(doc, { from: { elementId: land }, to: { elementId: vhs } })
    setRelationKind(doc, { ids: [data], kind: 'suppliesDataTo' })
    setRelationKind(doc, { ids: [money], kind: 'funds' })
    const model = readDomain(doc)
    expect(dimmedIds(model, NO_FILTER).size).toBe(0)
    const noKrz = {
      ...NO_FILTER,
      hiddenCategories: toggled(new Set<ActorCategory>(), 'itProvider'),
    }
    expect([...dimmedIds(model, noKrz)].sort()).toEqual([krz, data].sort())
    const noFunds = { ...NO_FILTER, hiddenKinds: toggled(new Set<RelationKind>(), 'funds') }
    expect([...dimmedIds(model, noFunds)]).toEqual([money])
    expect(toggled(toggled(new Set(['a']), 'b'), 'a')).toEqual(new Set(['b']))
  })
})

describe('ruleText', () => {
  test('rules name catalogue roles in the language and own role cards by title', () => {
    const doc = new Y.Doc()
    const own = createRole(doc, { x: 0, y: 0, title: 'Smart-City-Büro' })
    setConflictRule(doc, { roles: [own], conflictsWith: ['cio'], reason: 'Eigene Regel' })
    const model = readDomain(doc)
    const rules = conflictRules(model)
    expect(rules.map((r) => r.builtIn)).toEqual([true, true, false])
    expect(roleRefName('cio', model, 'de')).toBe('CIO / IT-Leitung')
    expect(roleRefName(own, model, 'en')).toBe('Smart-City-Büro')
    expect(roleRefName('gone', model, 'de')).toBe('gone')
    expect(ruleReason(rules[2]!.rule, 'en')).toBe('Eigene Regel')
    expect(ruleReason(rules[0]!.rule, 'en')).toContain('GDPR')
  })
})
