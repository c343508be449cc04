import { describe, expect, it } from 'vitest'
import {
  isOverCapacity,
  isVacant,
  personLoad,
  personOverload,
  roleHolders,
  usedTime,
} from '../../../../shared/domain/assignmentFacts.ts'
import { indexDomain } from '../../../../shared/domain/domainIndex.ts'
import { deleteElements } from '../../../../shared/ops/deleteElements.ts'
import { createPerson } from '../../../../shared/ops/createPerson.ts'
import { domainBoard } from './checks/fixture.ts'

describe('isVacant', () => {
  it('a role without cells, or with only Consulted and Informed, is vacant; R or A holds it', () => {
    const b = domainBoard()
    const dpo = b.role('dataProtectionOfficer')
    const facts = () => indexDomain(b.model())
    expect(isVacant(facts().cellsOfRole(dpo))).toBe(true)
    b.assign(b.person('Frau Berg'), dpo, 'C')
    b.assign(b.person('Herr Krause'), dpo, 'I')
    expect(isVacant(facts().cellsOfRole(dpo))).toBe(true)
    b.assign(b.person('Frau Adebayo'), dpo, 'R')
    expect(isVacant(facts().cellsOfRole(dpo))).toBe(false)
  })

  it('a role whose only holder was deleted is vacant again', () => {
    const b = domainBoard()
    const cdo = b.role('cdo')
    const anna = b.person('Anna Berg')
    b.assign(anna, cdo, 'A')
    expect(isVacant(indexDomain(b.model()).cellsOfRole(cdo))).toBe(false)
    deleteElements(b.doc, { ids: [anna] })
    expect(isVacant(indexDomain(b.model()).cellsOfRole(cdo))).toBe(true)
  })
})

describe('roleHolders', () => {
  it('a role held by two people lists both, Accountable first, then R, C, I', () => {
    const b = domainBoard()
    const cio = b.role('cio')
    const ben = b.person('Ben Özdemir')
    const anna = b.person('Anna Berg')
    const kdn = b.person('KDN', 'orgUnit')
    b.assign(kdn, cio, 'I')
    b.assign(anna, cio, 'R')
    b.assign(ben, cio, 'A')
    const facts = indexDomain(b.model())
    expect(roleHolders(facts.cellsOfRole(cio), facts.person)).toEqual([
      { personId: ben, name: 'Ben Özdemir', raci: 'A' },
      { personId: anna, name: 'Anna Berg', raci: 'R' },
      { personId: kdn, name: 'KDN', raci: 'I' },
    ])
  })

  it('leaves out a cell whose person card is unknown, and keeps an empty name as written', () => {
    const b = domainBoard()
    const cio = b.role('cio')
    const blank = b.person('')
    const gone = b.person('Gone')
    b.assign(blank, cio, 'R')
    b.assign(gone, cio, 'A')
    const facts = indexDomain(b.model())
    const onlyBlank = (id: string) => (id === blank ? facts.person(id) : undefined)
    expect(roleHolders(facts.cellsOfRole(cio), onlyBlank)).toEqual([
      { personId: blank, name: '', raci: 'R' },
    ])
  })
})

describe('personLoad', () => {
  it('counts the roles held with R or A, and sums the share of every cell, C and I too', () => {
    const b = domainBoard()
    const anna = b.person('Anna Berg')
    b.assign(anna, b.role('cio'), 'A', 30)
    b.assign(anna, b.role('cdo'), 'R', 40)
    b.assign(anna, b.role('dataProtectionOfficer'), 'C', 10)
    b.assign(anna, b.role('digitalPilots'), 'I', 5)
    const load = personLoad(indexDomain(b.model()).cellsOfPerson(anna))
    expect(load).toEqual({ held: 2, share: 85 })
    expect(isOverCapacity(load)).toBe(false)
    expect(isOverCapacity({ held: 1, share: 101 })).toBe(true)
    expect(isOverCapacity({ held: 1, share: 100 })).toBe(false)
  })

  it('no longer counts a role that was deleted', () => {
    const b = domainBoard()
    const anna = b.person('Anna Berg')
    const cio = b.role('cio')
    b.assign(anna, cio, 'A', 60)
    b.assign(anna, b.role('cdo'), 'R', 20)
    deleteElements(b.doc, { ids: [cio] })
    expect(personLoad(indexDomain(b.model()).cellsOfPerson(anna))).toEqual({ held: 1, share: 20 })
  })

  it('usedTime gives the load as percent of a full-time position', () => {
    const b = domainBoard()
    const id = createPerson(b.doc, { x: 0, y: 900, name: 'Anna Berg', availability: 80 })
    const anna = b.model().people.find((p) => p.id === id)
    if (!anna) throw new Error('no person')
    // 75 % of Anna's 80 % is 60 % of a full-time position.
    expect(usedTime(anna, { held: 2, share: 75 })).toBe(60)
  })
})

describe('personOverload', () => {
  it('flags too many roles and more than all of the time for people, never for org units', () => {
    const b = domainBoard()
    const anna = b.person('Anna Berg')
    const kdn = b.person('KDN', 'orgUnit')
    const model = b.model()
    const person = model.people.find((p) => p.id === anna)!
    const unit = model.people.find((p) => p.id === kdn)!
    const heavy = { held: 4, share: 120 }
    expect(personOverload(person, heavy, 3)).toEqual({ tooManyRoles: true, overCapacity: true })
    expect(personOverload(person, heavy, 4)).toEqual({ tooManyRoles: false, overCapacity: true })
    expect(personOverload(person, { held: 3, share: 100 }, 3)).toEqual({
      tooManyRoles: false,
      overCapacity: false,
    })
    expect(personOverload(unit, heavy, 3)).toEqual({ tooManyRoles: false, overCapacity: false })
  })
})
