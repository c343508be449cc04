import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readDomain } from '../../../../shared/domain/model.ts'
import { assignRole } from '../../../../shared/ops/assignRole.ts'
import { createPerson } from '../../../../shared/ops/createPerson.ts'
import { createRole } from '../../../../shared/ops/createRole.ts'
import { deleteElements } from '../../../../shared/ops/deleteElements.ts'
import { unassign } from '../../../../shared/ops/unassign.ts'
import { updateAssignment } from '../../../../shared/ops/updateAssignment.ts'
import { assignmentId, assignmentsMap } from '../../../../shared/schema/assignment.ts'
import { opsFixture } from './fixture.ts'
import { TestNetwork } from '../../../helpers/peers.ts'

function rolesBoard() {
  const f = opsFixture()
  const person = f.step(() => createPerson(f.doc, { x: 0, y: 0, name: 'Herr Özdemir' }))
  const role = f.step(() => createRole(f.doc, { x: 400, y: 0, catalogueId: 'cdo' }))
  const cells = () => readDomain(f.doc).assignments
  return { ...f, person, role, cells }
}

describe('assignRole, updateAssignment, unassign', () => {
  it('assigns a person to a role as Responsible by default, one undo step', () => {
    const b = rolesBoard()
    const id = b.step(() => assignRole(b.doc, { personId: b.person, roleId: b.role, share: 30 }))
    expect(id).toBe(assignmentId(b.person, b.role))
    expect(b.cells()).toEqual([{ id, personId: b.person, roleId: b.role, raci: 'R', share: 30 }])
    expect(b.history.undo()).toBe(true)
    expect(b.cells()).toEqual([])
    expect(b.history.redo()).toBe(true)
    expect(b.cells()).toHaveLength(1)
  })

  it('assigning again changes the same cell; updating and unassigning are undone', () => {
    const b = rolesBoard()
    const id = b.step(() => assignRole(b.doc, { personId: b.person, roleId: b.role }))!
    b.step(() => assignRole(b.doc, { personId: b.person, roleId: b.role, raci: 'A' }))
    b.step(() => updateAssignment(b.doc, { id, share: 250 }))
    expect(b.cells()).toEqual([expect.objectContaining({ raci: 'A', share: 100 })])
    b.step(() => unassign(b.doc, { ids: [id] }))
    expect(b.cells()).toEqual([])
    expect(b.history.undo()).toBe(true)
    expect(b.cells()).toEqual([expect.objectContaining({ raci: 'A', share: 100 })])
    expect(b.history.undo()).toBe(true)
    expect(b.cells()).toEqual([expect.objectContaining({ raci: 'A', share: 0 })])
    expect(b.history.undo()).toBe(true)
    expect(b.cells()).toEqual([expect.objectContaining({ raci: 'R' })])
  })

  it('refuses cards that are not a person and a role', () => {
    const b = rolesBoard()
    const note = b.note(0, 0, 'Notiz')
    expect(assignRole(b.doc, { personId: note, roleId: b.role })).toBeNull()
    expect(assignRole(b.doc, { personId: b.role, roleId: b.person })).toBeNull()
    expect(assignmentsMap(b.doc).size).toBe(0)
  })

  it('deleting a person removes their assignments; one undo brings both back', () => {
    const b = rolesBoard()
    b.step(() => assignRole(b.doc, { personId: b.person, roleId: b.role, raci: 'A' }))
    b.step(() => deleteElements(b.doc, { ids: [b.person] }))
    expect(assignmentsMap(b.doc).size).toBe(0)
    expect(b.history.undo()).toBe(true)
    expect(b.cells()).toEqual([expect.objectContaining({ personId: b.person, raci: 'A' })])
  })
})

describe('assignments between people working at once', () => {
  it('two people assigning the same cell make one cell; letter and share edits both survive', () => {
    const net = new TestNetwork(2)
    const [anna, ben] = net.docs as [Y.Doc, Y.Doc]
    const person = createPerson(anna, { x: 0, y: 0, name: 'Frau Berg' })
    const role = createRole(anna, { x: 0, y: 0, catalogueId: 'dataProtectionOfficer' })
    net.flush()
    assignRole(anna, { personId: person, roleId: role, raci: 'A' })
    assignRole(ben, { personId: person, roleId: role, raci: 'A' })
    net.flush()
    expect(assignmentsMap(anna).size).toBe(1)
    expect(assignmentsMap(ben).size).toBe(1)
    const id = assignmentId(person, role)
    updateAssignment(anna, { id, raci: 'R' })
    updateAssignment(ben, { id, share: 40 })
    net.flush()
    for (const doc of [anna, ben]) {
      expect(readDomain(doc).assignments).toEqual([
        expect.objectContaining({ raci: 'R', share: 40 }),
      ])
    }
  })
})
