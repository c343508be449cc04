import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { dimmedIds, NO_FILTER, toggled } from '../../../../client/src/lib/editor/domainFilter.ts'
import { FINDING_MESSAGES, findingText } from '../../../../client/src/lib/domain/findingText.ts'
import { newConflicts } from '../../../../client/src/lib/domain/newConflicts.ts'
import {
  roleRefName,
  ruleReason,
  conflictRules,
} from '../../../../client/src/lib/domain/ruleText.ts'
import { de } from '../../../../client/src/lib/i18n/de.ts'
import { en } from '../../../../client/src/lib/i18n/en.ts'
import { formatMessage } from '../../../../client/src/lib/i18n/format.ts'
import { runChecks, type Finding } from '../../../../shared/domain/checks/index.ts'
import { readDomain } from '../../../../shared/domain/model.ts'
import { assignRole } from '../../../../shared/ops/assignRole.ts'
import { createActor } from '../../../../shared/ops/createActor.ts'
import { createConnector } from '../../../../shared/ops/createConnector.ts'
import { createPerson } from '../../../../shared/ops/createPerson.ts'
import { createRole } from '../../../../shared/ops/createRole.ts'
import { setConflictRule } from '../../../../shared/ops/setConflictRule.ts'
import { setRelationKind } from '../../../../shared/ops/setRelationKind.ts'
import type { MessageKey } from '../../../../client/src/lib/i18n/de.ts'
import type { ActorCategory } from '../../../../shared/domain/actorCategories.ts'
import type { RelationKind } from '../../../../shared/domain/relationKinds.ts'
import type { MessageParams } from '../../../../client/src/lib/i18n/format.ts'

const tDe = (key: MessageKey, params?: MessageParams) => formatMessage(de[key], params)
const tEn = (key: MessageKey, params?: MessageParams) => formatMessage(en[key], params)

/** A board where every check reports something. */
function busyBoard(): Y.Doc {
  const doc = new Y.Doc()
  const dpo = createRole(doc, { x: 0, y: 0, catalogueId: 'dataProtectionOfficer' })
  const cio = createRole(doc, { x: 0, y: 0, catalogueId: 'cio' })
  createRole(doc, { x: 0, y: 0, catalogueId: 'digitalPilots' })
  const cdo = createRole(doc, { x: 0, y: 0, catalogueId: 'cdo' })
  const lang = createPerson(doc, { x: 0, y: 0, name: 'Herr Lang' })
  const berg = createPerson(doc, { x: 0, y: 0, name: '' })
  assignRole(doc, { personId: lang, roleId: dpo, raci: 'A', share: 60 })
  assignRole(doc, { personId: lang, roleId: cio, raci: 'R', share: 60 })
  assignRole(doc, { personId: lang, roleId: cdo, raci: 'A' })
  assignRole(doc, { personId: berg, roleId: cdo, raci: 'A' })
  assignRole(doc, { personId: berg, roleId: cio, raci: 'R' })
  doc.getMap('meta').set('maxRolesPerPerson', 2)
  createActor(doc, { x: 0, y: 0, name: 'KRZ', category: 'itProvider' })
  return doc
}

describe('findingText', () => {
  test('every check on a busy board reads as a sentence in German and English', () => {
    const findings = runChecks(readDomain(busyBoard()))
    expect(new Set(findings.map((f) => f.rule)).size).toBe(7)
    for (const finding of findings) {
      expect(FINDING_MESSAGES).toContain(finding.message)
      for (const [locale, t] of [['de', tDe] as const, ['en', tEn] as const]) {
        const { message } = findingText(finding, locale, t)
        expect(message, `${finding.id} ${locale}`).not.toMatch(/[{}]/)
        expect(message).not.toBe('')
      }
    }
  })

  test('empty names read as unnamed, categories by name, a conflict has its reason', () => {
    const findings = runChecks(readDomain(busyBoard()))
    const multiple = findings.find((f) => f.rule === 'accountableMultiple')!
    expect(findingText(multiple, 'de', tDe).message).toContain('Herr Lang')
    const missing = findings.find((f) => f.id === 'missingActorCategories:citizens')!
    expect(findingText(missing, 'de', tDe).message).toContain('„Bürger:innen“')
    expect(findingText(missing, 'en', tEn).message).toContain('“Citizens”')
    const conflict = findings.find((f) => f.rule === 'conflictOfInterest')!
    expect(findingText(conflict, 'de', tDe)).toMatchObject({
      message:
        'Interessenkonflikt: Herr Lang hat „Datenschutzbeauftragte:r“ und „CIO / IT-Leitung“.',
      detail: expect.stringContaining('Art. 38 Abs. 6 DSGVO'),
    })
    expect(findingText(conflict, 'en', tEn).detail).toContain('Art. 38(6) GDPR')
    const blank: Finding = { ...conflict, params: { ...conflict.params, person: '' } }
    expect(findingText(blank, 'de', tDe).message).toContain('(ohne Namen)')
  })
})

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
