import { describe, expect, it } from 'vitest'
import { de } from '../../../../../client/src/lib/i18n/de.ts'
import { en } from '../../../../../client/src/lib/i18n/en.ts'
import { FINDING_MESSAGES } from '../../../../../client/src/lib/domain/findingText.ts'
import { FINDING_SENTENCES, findingWords } from '../../../../../shared/domain/checks/findingText.ts'
import { runChecks } from '../../../../../shared/domain/checks/index.ts'
import { domainBoard } from './fixture.ts'

describe('findingWords', () => {
  it('has the checks panel’s sentence for every finding message, word for word', () => {
    expect(Object.keys(FINDING_SENTENCES).sort()).toEqual([...FINDING_MESSAGES].sort())
    for (const key of FINDING_MESSAGES) {
      expect(FINDING_SENTENCES[key]).toEqual({ de: de[key], en: en[key] })
    }
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
