import { describe, expect, it } from 'vitest'
import { CHECK_RULES } from '../../../../../shared/domain/checks/finding.ts'
import { FINDING_SENTENCES, findingWords } from '../../../../../shared/domain/checks/findingText.ts'
import { runChecks } from '../../../../../shared/domain/checks/index.ts'
import { domainBoard } from './fixture.ts'

describe('findingWords', () => {
  it('every check on a busy board reads as a whole sentence in German and English', () => {
    const b = domainBoard()
    const dpo = b.role('dataProtectionOfficer')
    const cio = b.role('cio')
    const cdo = b.role('cdo')
    b.role('digitalPilots')
    const lang = b.person('Herr Lang')
    const blank = b.person('')
    b.assign(lang, dpo, 'A', 60)
    b.assign(lang, cio, 'R', 60)
    b.assign(lang, cdo, 'A')
    b.assign(blank, cdo, 'A')
    b.assign(blank, cio, 'R')
    b.doc.getMap('meta').set('maxRolesPerPerson', 2)
    b.actor('KRZ', 'itProvider')
    const findings = runChecks(b.model())
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(CHECK_RULES))
    for (const finding of findings) {
      expect(Object.keys(FINDING_SENTENCES)).toContain(finding.message)
      for (const locale of ['de', 'en'] as const) {
        const { message } = findingWords(finding, locale)
        expect(message, `${finding.id} ${locale}`).not.toMatch(/[{}]/)
        expect(message).not.toBe('')
      }
    }
    const multiple = findings.find((f) => f.rule === 'accountableMultiple')
    expect(multiple && findingWords(multiple, 'de').message).toMatch(
      /^„CDO \/ Digitalisierungsbeauftragte:r“ hat 2-mal A \(.*Herr Lang.*\): Genau eine:r sollte/,
    )
  })

  it('fills in names, a category’s name and the reason in the language asked for', () => {
    const b = domainBoard()
    const anna = b.person('')
    b.assign(anna, b.role('dataProtectionOfficer'), 'A')
    b.assign(anna, b.role('cio'), 'R')
    b.actor('Stadt', 'administration')
    const findings = runChecks(b.model())
    const conflict = findings.find((f) => f.rule === 'conflictOfInterest')
    const missing = findings.find((f) => f.id === 'missingActorCategories:business')
    if (!conflict || !missing) throw new Error('the checks found less than expected')
    expect(findingWords(conflict, 'de')).toEqual({
      message: expect.stringContaining('Interessenkonflikt: (ohne Namen) hat „Datenschutz'),
      reason: expect.stringContaining('Art. 38 Abs. 6 DSGVO'),
    })
    expect(findingWords(conflict, 'en').reason).toContain('Art. 38(6) GDPR')
    expect(findingWords(missing, 'de').message).toBe(
      'Noch niemand aus der Kategorie „Wirtschaft“ auf dem Board.',
    )
    expect(findingWords(missing, 'en')).toEqual({
      message: 'Nobody from the category “Business” on the board yet.',
      reason: '',
    })
  })

  it('says that a check from a newer version reports something', () => {
    const finding = {
      id: 'x',
      rule: 'vacantRole' as const,
      severity: 'hint' as const,
      message: 'checks.fromTheFuture',
      params: {},
      elementIds: [],
    }
    expect(findingWords(finding, 'de').message).toBe('Prüfung „vacantRole“ meldet etwas.')
  })
})
