import { describe, expect, it } from 'vitest'
import { personOverloaded } from '../../../../../shared/domain/checks/personOverloaded.ts'
import { setMaxRolesPerPerson } from '../../../../../shared/ops/setConflictRule.ts'
import { domainBoard } from './fixture.ts'

describe('personOverloaded', () => {
  it('reports a person over 100 % of their time, pointing at the roles that take it', () => {
    const b = domainBoard()
    const cdo = b.role('cdo')
    const coord = b.role('digitalCoordinator')
    const person = b.person('Herr Özdemir')
    b.assign(person, cdo, 'A', 70)
    b.assign(person, coord, 'R', 40)
    expect(personOverloaded(b.model())).toEqual([
      expect.objectContaining({
        message: 'checks.overCapacity',
        params: { person: 'Herr Özdemir', share: 110 },
        elementIds: [person, ...[cdo, coord].sort()],
      }),
    ])
  })

  it('is silent at exactly 100 %', () => {
    const b = domainBoard()
    const person = b.person('Herr Özdemir')
    b.assign(person, b.role('cdo'), 'A', 60)
    b.assign(person, b.role('ozgCoordinator'), 'C', 40)
    expect(personOverloaded(b.model())).toEqual([])
  })

  it("reports more roles than the board's limit, which a facilitator can set", () => {
    const b = domainBoard()
    const person = b.person('Frau Yilmaz')
    for (const id of ['cdo', 'digitalCoordinator', 'ozgCoordinator']) b.assign(person, b.role(id))
    expect(personOverloaded(b.model())).toEqual([])
    b.assign(person, b.role('topicSponsors'), 'A')
    b.assign(person, b.role('itProjectManager'), 'I')
    expect(personOverloaded(b.model())).toEqual([
      expect.objectContaining({
        message: 'checks.tooManyRoles',
        params: { person: 'Frau Yilmaz', count: 4, limit: 3 },
      }),
    ])
    setMaxRolesPerPerson(b.doc, { limit: 4 })
    expect(personOverloaded(b.model())).toEqual([])
  })

  it('does not count roles or time for an org unit', () => {
    const b = domainBoard()
    const unit = b.person('Fachbereich Bürgerdienste', 'orgUnit')
    for (const id of ['departments', 'digitalPilots', 'dataStewards', 'processManager']) {
      b.assign(unit, b.role(id), 'R', 50)
    }
    expect(personOverloaded(b.model())).toEqual([])
  })
})
