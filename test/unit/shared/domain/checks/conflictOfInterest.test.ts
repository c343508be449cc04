import { describe, expect, it } from 'vitest'
import { conflictOfInterest } from '../../../../../shared/domain/checks/conflictOfInterest.ts'
import { setConflictRule } from '../../../../../shared/ops/setConflictRule.ts'
import { domainBoard } from './fixture.ts'

describe('conflictOfInterest', () => {
  it.each([
    ['dataProtectionOfficer', 'administrationHead', 'dataProtectionIndependence'],
    ['dataProtectionOfficer', 'cio', 'dataProtectionIndependence'],
    ['dataProtectionOfficer', 'hrHead', 'dataProtectionIndependence'],
    ['informationSecurityOfficer', 'cio', 'securityIndependence'],
    ['informationSecurityOfficer', 'itOperations', 'securityIndependence'],
  ])('reports one person as %s and %s (%s)', (first, second, ruleId) => {
    const b = domainBoard()
    const a = b.role(first)
    const c = b.role(second)
    const person = b.person('Herr Wagner')
    b.assign(person, a, 'R')
    b.assign(person, c, 'A')
    const findings = conflictOfInterest(b.model())
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      rule: 'conflictOfInterest',
      severity: 'warning',
      params: { person: 'Herr Wagner', ruleId },
      elementIds: [person, a, c],
    })
    expect(findings[0]?.params.reasonDe).toMatch(/unabhängig|Art\. 38/)
  })

  it('is silent for allowed combinations, for different people, and for C or I', () => {
    const b = domainBoard()
    const dpo = b.role('dataProtectionOfficer')
    const cio = b.role('cio')
    const cdo = b.role('cdo')
    const berg = b.person('Frau Berg')
    const it = b.person('IT-Leitung Herr Lang')
    b.assign(berg, dpo, 'A')
    b.assign(berg, cdo, 'R')
    b.assign(it, cio, 'A')
    b.assign(berg, cio, 'C')
    b.assign(it, dpo, 'I')
    expect(conflictOfInterest(b.model())).toEqual([])
  })

  it('checks a renamed catalogue role by its catalogue entry', () => {
    const b = domainBoard()
    const dpo = b.role('dataProtectionOfficer', 'DSB (extern)')
    const cio = b.role('cio', 'Leitung Fachdienst IT')
    const person = b.person('Herr Lang')
    b.assign(person, dpo)
    b.assign(person, cio)
    expect(conflictOfInterest(b.model())[0]?.params).toMatchObject({
      role: 'DSB (extern)',
      otherRole: 'Leitung Fachdienst IT',
    })
  })

  it("applies a facilitator's own rule over custom role cards", () => {
    const b = domainBoard()
    const audit = b.role(undefined, 'Rechnungsprüfung')
    const finance = b.role(undefined, 'Kämmerei')
    const person = b.person('Frau Koch')
    b.assign(person, audit)
    b.assign(person, finance)
    expect(conflictOfInterest(b.model())).toEqual([])
    setConflictRule(b.doc, {
      roles: [audit],
      conflictsWith: [finance],
      reason: 'Prüfung und Kasse trennen',
    })
    const [finding] = conflictOfInterest(b.model())
    expect(finding).toMatchObject({
      params: { reasonDe: 'Prüfung und Kasse trennen', role: 'Rechnungsprüfung' },
      elementIds: [person, audit, finance],
    })
  })
})
