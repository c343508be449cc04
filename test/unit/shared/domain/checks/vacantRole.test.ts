import { describe, expect, it } from 'vitest'
import { vacantRole } from '../../../../../shared/domain/checks/vacantRole.ts'
import { domainBoard } from './fixture.ts'

describe('vacantRole', () => {
  it('reports a role nobody holds, pointing at its card', () => {
    const b = domainBoard()
    const pilots = b.role('digitalPilots')
    const cdo = b.role('cdo')
    b.assign(b.person('Herr Özdemir'), cdo, 'A')
    expect(vacantRole(b.model())).toEqual([
      expect.objectContaining({
        rule: 'vacantRole',
        severity: 'warning',
        message: 'checks.vacantRole',
        params: { role: 'Digitale Lots:innen' },
        elementIds: [pilots],
      }),
    ])
  })

  it('counts only Responsible and Accountable as holding a role', () => {
    const b = domainBoard()
    const dpo = b.role('dataProtectionOfficer')
    b.assign(b.person('Frau Berg'), dpo, 'C')
    b.assign(b.person('Herr Krause'), dpo, 'I')
    expect(vacantRole(b.model()).map((f) => f.elementIds)).toEqual([[dpo]])
    b.assign(b.person('Frau Adebayo'), dpo, 'R')
    expect(vacantRole(b.model())).toEqual([])
  })

  it('is satisfied by an org unit holding the role', () => {
    const b = domainBoard()
    const core = b.role('coreTeam')
    b.assign(b.person('Stabsstelle Digitalisierung', 'orgUnit'), core, 'A')
    expect(vacantRole(b.model())).toEqual([])
  })
})
