import { describe, expect, it } from 'vitest'
import { foldVacancies, runChecks } from '../../../../../shared/domain/checks/index.ts'
import { vacanciesWords } from '../../../../../shared/domain/checks/findingText.ts'
import { domainBoard } from './fixture.ts'

/** A roles board with a conflict, an overload, a role without A, three vacancies and a hint. */
function busyBoard() {
  const b = domainBoard()
  for (const id of ['cdo', 'ozgCoordinator', 'digitalPilots']) b.role(id)
  const dpo = b.role('dataProtectionOfficer')
  const cio = b.role('cio')
  const it = b.role('itOperations')
  const kim = b.person('Kim')
  b.assign(kim, dpo, 'A')
  b.assign(kim, cio, 'A')
  const lea = b.person('Lea')
  b.assign(lea, it, 'R', 60)
  b.assign(lea, b.role('dataLead'), 'A', 60)
  b.actor('Stadtwerke', 'municipalGroup')
  return b
}

describe('runChecks order', () => {
  it('puts conflicts of interest first, then overload and missing Accountables, then vacancies, then hints', () => {
    const rules = runChecks(busyBoard().model()).map((f) => f.rule)
    const firstOf = (rule: string) => rules.indexOf(rule as (typeof rules)[number])
    expect(rules[0]).toBe('conflictOfInterest')
    expect(firstOf('personOverloaded')).toBeGreaterThan(rules.lastIndexOf('conflictOfInterest'))
    expect(firstOf('accountableMissing')).toBeGreaterThan(rules.lastIndexOf('conflictOfInterest'))
    expect(firstOf('vacantRole')).toBeGreaterThan(rules.lastIndexOf('personOverloaded'))
    expect(firstOf('vacantRole')).toBeGreaterThan(rules.lastIndexOf('accountableMissing'))
    expect(firstOf('missingActorCategories')).toBeGreaterThan(rules.lastIndexOf('vacantRole'))
  })
})

describe('foldVacancies', () => {
  it('folds every vacant role into one line where the first one was', () => {
    const findings = runChecks(busyBoard().model())
    const lines = foldVacancies(findings)
    const folded = lines.filter((l) => l.kind === 'vacancies')
    expect(folded).toHaveLength(1)
    const vacancies = findings.filter((f) => f.rule === 'vacantRole')
    expect(vacancies).toHaveLength(3)
    expect(folded[0]).toEqual({ kind: 'vacancies', findings: vacancies })
    expect(lines).toHaveLength(findings.length - vacancies.length + 1)
    const at = lines.indexOf(folded[0]!)
    expect(
      lines.slice(0, at).every((l) => l.kind === 'finding' && l.finding.severity === 'warning'),
    ).toBe(true)
    expect(
      lines.slice(at + 1).every((l) => l.kind === 'finding' && l.finding.severity === 'hint'),
    ).toBe(true)
  })

  it('leaves a single vacancy as a finding of its own', () => {
    const b = domainBoard()
    b.role('cdo')
    expect(foldVacancies(runChecks(b.model()))).toEqual([
      { kind: 'finding', finding: expect.objectContaining({ rule: 'vacantRole' }) },
    ])
  })

  it('says how many roles are vacant', () => {
    expect(vacanciesWords(20, 'de')).toBe('20 Rollen unbesetzt')
    expect(vacanciesWords(3, 'en')).toBe('3 roles vacant')
  })
})
