import { afterEach, describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { Board } from '../../../../client/src/lib/model/board.svelte.ts'
import { BoardDomain } from '../../../../client/src/lib/domain/boardDomain.svelte.ts'
import { readDomain } from '../../../../shared/domain/model.ts'
import { createActor } from '../../../../shared/ops/createActor.ts'
import { createConnector } from '../../../../shared/ops/createConnector.ts'
import { createPerson } from '../../../../shared/ops/createPerson.ts'
import { createRole } from '../../../../shared/ops/createRole.ts'
import { setRelationKind } from '../../../../shared/ops/setRelationKind.ts'
import { TestNetwork } from '../../../helpers/peers.ts'
import { createNote, deleteElements, editText, moveElements } from '../../../../shared/ops/index.ts'

const opened: { board: Board; domain: BoardDomain }[] = []
function open(doc: Y.Doc, canEdit = true): { board: Board; domain: BoardDomain } {
  const board = new Board(doc, { canEdit })
  const domain = new BoardDomain(board)
  opened.push({ board, domain })
  return { board, domain }
}
afterEach(() => {
  for (const { board, domain } of opened.splice(0)) {
    domain.destroy()
    board.destroy()
  }
})

function rolesBoard(doc: Y.Doc): { dpo: string; cio: string; berg: string; lang: string } {
  return {
    dpo: createRole(doc, { x: 0, y: 0, catalogueId: 'dataProtectionOfficer' }),
    cio: createRole(doc, { x: 300, y: 0, catalogueId: 'cio' }),
    berg: createPerson(doc, { x: 0, y: 300, name: 'Frau Berg' }),
    lang: createPerson(doc, { x: 300, y: 300, name: 'Herr Lang' }),
  }
}

describe('BoardDomain', () => {
  test('gives the model readDomain gives, through creations, relations and deletions', () => {
    const doc = new Y.Doc()
    const { board, domain } = open(doc)
    const { dpo, berg, lang } = rolesBoard(doc)
    const krz = createActor(doc, { x: 0, y: 600, name: 'KRZ', category: 'itProvider' })
    const vhs = createActor(doc, { x: 400, y: 600, name: 'VHS', category: 'civilSociety' })
    const link = createConnector(doc, { from: { elementId: krz }, to: { elementId: vhs } })
    expect(domain.model).toEqual(readDomain(doc))
    setRelationKind(doc, { ids: [link], kind: 'suppliesDataTo' })
    domain.setRaci(berg, dpo, 'A')
    domain.setRaci(lang, dpo, 'C')
    expect(domain.model).toEqual(readDomain(doc))
    expect(domain.model.relations).toHaveLength(1)
    board.run(deleteElements, { ids: [lang, vhs] })
    expect(domain.model).toEqual(readDomain(doc))
    expect(domain.model.assignments.map((a) => a.personId)).toEqual([berg])
  })

  test('a change to a plain note leaves the model as it was (nothing is recomputed)', () => {
    const doc = new Y.Doc()
    const { board, domain } = open(doc)
    rolesBoard(doc)
    for (let i = 0; i < 300; i++) board.run(createNote, { x: i * 10, y: 0, text: `Notiz ${i}` })
    const model = domain.model
    const findings = domain.findings
    const first = board.elements.find((el) => el.kind === 'note')!
    board.run(moveElements, { positions: [{ id: first.id, x: 5, y: 5 }] })
    board.run(editText, { id: first.id, text: 'geändert' })
    expect(domain.model).toBe(model)
    expect(domain.findings).toBe(findings)
  })

  test('matrix cells: a letter assigns, another changes it, the share follows, null removes', () => {
    const doc = new Y.Doc()
    const { board, domain } = open(doc)
    const { cio, lang } = rolesBoard(doc)
    domain.setShare(lang, cio, 40)
    expect(domain.cell(lang, cio)).toBeUndefined()
    domain.setRaci(lang, cio, 'R')
    expect(domain.cell(lang, cio)).toMatchObject({ raci: 'R', share: 0 })
    domain.setRaci(lang, cio, 'A')
    domain.setShare(lang, cio, 40)
    expect(domain.cell(lang, cio)).toMatchObject({ raci: 'A', share: 40 })
    domain.setRaci(lang, cio, null)
    expect(domain.cell(lang, cio)).toBeUndefined()
    // Each edit is its own undo step.
    board.undo()
    expect(domain.cell(lang, cio)).toMatchObject({ raci: 'A', share: 40 })
    board.undo()
    expect(domain.cell(lang, cio)).toMatchObject({ raci: 'A', share: 0 })
  })

  test("another person's assignment shows at once: a conflict appears and goes with their undo", () => {
    const net = new TestNetwork(2)
    const [docA, docB] = net.docs as [Y.Doc, Y.Doc]
    const a = open(docA)
    const b = open(docB)
    const { dpo, cio, lang } = rolesBoard(docA)
    net.flush()
    expect(b.domain.findings.map((f) => f.rule)).toEqual(['vacantRole', 'vacantRole'])
    // A vacant role card says so itself: no marker on top.
    expect(b.domain.warned.size).toBe(0)
    a.domain.setRaci(lang, dpo, 'A')
    a.domain.setRaci(lang, cio, 'A')
    net.flush()
    const conflict = b.domain.findings.find((f) => f.rule === 'conflictOfInterest')
    expect(conflict?.elementIds).toEqual([lang, dpo, cio])
    expect([...b.domain.warned].sort()).toEqual([lang, dpo, cio].sort())
    a.board.undo()
    net.flush()
    expect(b.domain.findings.some((f) => f.rule === 'conflictOfInterest')).toBe(false)
    expect(b.domain.findings.map((f) => f.rule)).toEqual(['vacantRole'])
  })

  test('facilitator settings: the role limit and own conflict rules are checked', () => {
    const doc = new Y.Doc()
    const { domain } = open(doc)
    const { dpo, cio, berg } = rolesBoard(doc)
    const cdo = createRole(doc, { x: 600, y: 0, catalogueId: 'cdo' })
    domain.setRaci(berg, cdo, 'A')
    domain.setRaci(berg, cio, 'R')
    expect(domain.findings.some((f) => f.message === 'checks.tooManyRoles')).toBe(false)
    domain.setMaxRolesPerPerson(1)
    expect(domain.model.settings.maxRolesPerPerson).toBe(1)
    expect(domain.findings.some((f) => f.message === 'checks.tooManyRoles')).toBe(true)
    const rule = domain.setConflictRule({ roles: ['cdo'], conflictsWith: ['cio'], reason: 'eigen' })
    expect(domain.findings.filter((f) => f.rule === 'conflictOfInterest')).toHaveLength(1)
    domain.removeConflictRule(rule!)
    expect(domain.findings.filter((f) => f.rule === 'conflictOfInterest')).toHaveLength(0)
    void dpo
  })

  test('without the edit right nothing is written', () => {
    const doc = new Y.Doc()
    const { dpo, berg } = rolesBoard(doc)
    const { domain } = open(doc, false)
    domain.setRaci(berg, dpo, 'A')
    domain.setMaxRolesPerPerson(1)
    expect(domain.model.assignments).toEqual([])
    expect(domain.model.settings.maxRolesPerPerson).toBe(3)
  })

  test('the matrix reads each role’s and person’s facts as the checks count them, and they follow edits', () => {
    const doc = new Y.Doc()
    const { domain } = open(doc)
    const roles = ['cdo', 'cio', 'dataLead', 'ozgCoordinator'].map((catalogueId) =>
      createRole(doc, { x: 0, y: 0, catalogueId }),
    )
    const person = createPerson(doc, { x: 0, y: 0, name: 'Herr Özdemir' })
    const unit = createPerson(doc, { x: 0, y: 0, name: 'IT-Amt', personKind: 'orgUnit' })
    roles.forEach((roleId, i) => domain.setRaci(person, roleId, i === 3 ? 'C' : 'R'))
    roles.forEach((roleId) => domain.setShare(person, roleId, 30))
    domain.setRaci(unit, roles[0]!, 'A')
    domain.setRaci(unit, roles[1]!, 'A')
    domain.setShare(unit, roles[0]!, 100)
    domain.setShare(unit, roles[1]!, 100)
    const find = (id: string) => domain.model.people.find((p) => p.id === id)!
    expect(domain.load(person)).toEqual({ held: 3, share: 120 })
    expect(domain.overload(find(person))).toEqual({ tooManyRoles: false, overCapacity: true })
    expect(domain.load(unit)).toEqual({ held: 2, share: 200 })
    expect(domain.overload(find(unit))).toEqual({ tooManyRoles: false, overCapacity: false })
    // Consulted only (the OZG coordination) does not hold it: the role is vacant.
    expect(roles.filter((r) => domain.isVacant(r))).toEqual([roles[3]])
    expect(domain.holders(roles[0]!).map((h) => [h.name, h.raci])).toEqual([
      ['IT-Amt', 'A'],
      ['Herr Özdemir', 'R'],
    ])
    // The same facts as the warnings: the limit lowered, the matrix flags what the checks say.
    domain.setMaxRolesPerPerson(2)
    expect(domain.overload(find(person)).tooManyRoles).toBe(true)
    expect(domain.findings.some((f) => f.message === 'checks.tooManyRoles')).toBe(true)
    domain.setRaci(person, roles[3]!, 'A')
    expect(domain.isVacant(roles[3]!)).toBe(false)
    expect(domain.load(person).held).toBe(4)
  })

  test('the ecosystem panel’s actors without a relation are the ones the check reports', () => {
    const doc = new Y.Doc()
    const { domain } = open(doc)
    const krz = createActor(doc, { x: 0, y: 600, name: 'KRZ', category: 'itProvider' })
    const vhs = createActor(doc, { x: 400, y: 600, name: 'VHS', category: 'civilSociety' })
    const land = createActor(doc, { x: 800, y: 600, name: 'Land', category: 'regionStateFederal' })
    expect(domain.unrelated.map((a) => a.id).sort()).toEqual([krz, vhs, land].sort())
    const link = createConnector(doc, { from: { elementId: krz }, to: { elementId: vhs } })
    setRelationKind(doc, { ids: [link], kind: 'advises' })
    expect(domain.unrelated.map((a) => a.id)).toEqual([land])
    const hinted = domain.findings.filter((f) => f.rule === 'actorsWithoutRelation')
    expect(hinted.flatMap((f) => f.elementIds)).toEqual([land])
  })
})
