import { describe, expect, it } from 'vitest'
import { accountableMultiple } from '../../../../../shared/domain/checks/accountableMultiple.ts'
import { domainBoard } from './fixture.ts'

describe('accountableMultiple', () => {
  it('reports a role with two Accountables, naming them', () => {
    const b = domainBoard()
    const cdo = b.role('cdo')
    const a = b.person('Herr Özdemir')
    const c = b.person('Frau Yilmaz')
    b.assign(a, cdo, 'A')
    b.assign(c, cdo, 'A')
    b.assign(b.person('Herr Krause'), cdo, 'R')
    const findings = accountableMultiple(b.model())
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ rule: 'accountableMultiple', params: { count: 2 } })
    expect(findings[0]?.elementIds.sort()).toEqual([cdo, a, c].sort())
    expect(String(findings[0]?.params.people).split(', ').sort()).toEqual([
      'Frau Yilmaz',
      'Herr Özdemir',
    ])
  })

  it('is silent for exactly one Accountable', () => {
    const b = domainBoard()
    const cdo = b.role('cdo')
    b.assign(b.person('Herr Özdemir'), cdo, 'A')
    b.assign(b.person('Frau Yilmaz'), cdo, 'R')
    expect(accountableMultiple(b.model())).toEqual([])
  })
})
