import { describe, expect, it } from 'vitest'
import { readDomain } from '../../../../shared/domain/model.ts'
import { assignByConnector } from '../../../../shared/ops/assignByConnector.ts'
import { assignRole } from '../../../../shared/ops/assignRole.ts'
import { connectElements } from '../../../../shared/ops/connectElements.ts'
import { createNote } from '../../../../shared/ops/createNote.ts'
import { createPerson } from '../../../../shared/ops/createPerson.ts'
import { createRole } from '../../../../shared/ops/createRole.ts'
import { elementValues, elementsMap } from '../../../../shared/schema/doc.ts'
import { opsFixture } from './fixture.ts'

function rolesBoard() {
  const f = opsFixture()
  const person = f.step(() => createPerson(f.doc, { x: 0, y: 0, name: 'Frau Berg' }))
  const role = f.step(() => createRole(f.doc, { x: 400, y: 0, catalogueId: 'cdo' }))
  const note = f.step(() => createNote(f.doc, { x: 0, y: 300, text: 'Idee' }))
  const cells = () => readDomain(f.doc).assignments
  /** A connector and what it means, in one transaction (connectElements, as a person draws it). */
  const connect = (from: string, to: string) =>
    f.step(() => connectElements(f.doc, { from: { elementId: from }, to: { elementId: to } }))
  return { ...f, person, role, note, cells, connect }
}

describe('assignByConnector', () => {
  it('a connector from a person to a role assigns them as Responsible; one undo step', () => {
    const b = rolesBoard()
    b.connect(b.person, b.role)
    expect(b.cells()).toEqual([
      expect.objectContaining({ personId: b.person, roleId: b.role, raci: 'R' }),
    ])
    expect(b.history.undo()).toBe(true)
    expect(b.cells()).toEqual([])
    expect(elementValues(elementsMap(b.doc)).map((e) => e.get('type'))).not.toContain('connector')
    expect(b.history.redo()).toBe(true)
    expect(b.cells()).toHaveLength(1)
  })

  it('works from the role to the person too, and keeps a letter already given', () => {
    const b = rolesBoard()
    b.step(() => assignRole(b.doc, { personId: b.person, roleId: b.role, raci: 'A' }))
    b.connect(b.role, b.person)
    expect(b.cells()).toEqual([expect.objectContaining({ raci: 'A' })])
  })

  it('any other pair, or a free end, assigns nothing', () => {
    const b = rolesBoard()
    b.connect(b.person, b.note)
    b.connect(b.role, b.role)
    const free = { from: { elementId: b.person }, to: { x: 10, y: 10 } }
    expect(assignByConnector(b.doc, free)).toBeNull()
    expect(b.cells()).toEqual([])
  })
})
