import { describe, expect, it } from 'vitest'
import { accountableMissing } from '../../../../../shared/domain/checks/accountableMissing.ts'
import { domainBoard } from './fixture.ts'

describe('accountableMissing', () => {
  it('reports a held role without an Accountable, pointing at the role and its people', () => {
    const b = domainBoard()
    const ozg = b.role('ozgCoordinator')
    const anna = b.person('Anna Schmidt')
    const ben = b.person('Ben Weber')
    b.assign(anna, ozg, 'R')
    b.assign(ben, ozg, 'C')
    const [finding, ...rest] = accountableMissing(b.model())
    expect(rest).toEqual([])
    expect(finding).toMatchObject({
      rule: 'accountableMissing',
      params: { role: 'OZG-Koordinator:in' },
    })
    expect(finding?.elementIds.sort()).toEqual([ozg, anna, ben].sort())
  })

  it('leaves a vacant role to vacantRole and is satisfied by one Accountable', () => {
    const b = domainBoard()
    const ozg = b.role('ozgCoordinator')
    expect(accountableMissing(b.model())).toEqual([])
    b.assign(b.person('Anna Schmidt'), ozg, 'A')
    expect(accountableMissing(b.model())).toEqual([])
  })
})
