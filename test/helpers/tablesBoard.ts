import * as Y from 'yjs'
import { assignRole } from '../../shared/ops/assignRole.ts'
import { createActor } from '../../shared/ops/createActor.ts'
import { createConnector } from '../../shared/ops/createConnector.ts'
import { createFrame } from '../../shared/ops/createFrame.ts'
import { createNote } from '../../shared/ops/createNote.ts'
import { createPerson } from '../../shared/ops/createPerson.ts'
import { createRole } from '../../shared/ops/createRole.ts'
import { setRelationKind } from '../../shared/ops/setRelationKind.ts'

/**
 * A workshop's result as the tables exports see it, built through the operations: actors in
 * rings (one of a custom category, one whose name starts like a formula), relations, catalogue
 * and custom roles, people and an org unit, assignments with RACI and shares, a conflict of
 * interest, an overloaded person, a vacant role, notes in two frames and one outside.
 */
export function workshopBoard(doc = new Y.Doc()): Y.Doc {
  const stadtwerke = createActor(doc, {
    x: 0,
    y: 0,
    name: 'Stadtwerke Müllheim',
    category: 'municipalGroup',
    ring: 'municipalGroup',
    field: 'energyEnvironment',
  })
  const buerger = createActor(doc, {
    x: 300,
    y: 0,
    name: 'Bürgerverein Süd',
    category: 'citizens',
    ring: 'localCommunity',
    note: 'trifft sich „jeden“ Dienstag',
  })
  const rathaus = createActor(doc, {
    x: 600,
    y: 0,
    name: 'Hauptamt',
    category: 'administration',
    ring: 'administration',
    field: 'digitalAdministration',
  })
  createActor(doc, {
    x: 900,
    y: 0,
    name: '=HYPERLINK("http://evil")',
    category: 'custom',
    customCategory: 'Förderverein',
  })
  const relate = (from: string, to: string, kind: 'commissions' | 'suppliesDataTo') => {
    const id = createConnector(doc, { from: { elementId: from }, to: { elementId: to } })
    setRelationKind(doc, { ids: [id], kind })
  }
  relate(rathaus, stadtwerke, 'commissions')
  relate(stadtwerke, buerger, 'suppliesDataTo')

  const dpo = createRole(doc, { x: 0, y: 400, catalogueId: 'dataProtectionOfficer' })
  const cio = createRole(doc, { x: 300, y: 400, catalogueId: 'cio' })
  const lotse = createRole(doc, { x: 600, y: 400, title: 'Digitallots:in Bürgerbüro' })
  createRole(doc, { x: 900, y: 400, catalogueId: 'ozgCoordinator' })
  const anna = createPerson(doc, {
    x: 0,
    y: 700,
    name: 'Anna Schäfer',
    orgUnit: 'Hauptamt',
    availability: 80,
  })
  const ben = createPerson(doc, { x: 300, y: 700, name: 'Ben Groß', availability: 50 })
  const it = createPerson(doc, { x: 600, y: 700, name: 'IT-Abteilung', personKind: 'orgUnit' })
  assignRole(doc, { personId: anna, roleId: dpo, raci: 'A', share: 40 })
  assignRole(doc, { personId: anna, roleId: cio, raci: 'A', share: 70 })
  assignRole(doc, { personId: ben, roleId: lotse, raci: 'R', share: 25 })
  assignRole(doc, { personId: ben, roleId: cio, raci: 'C', share: 0 })
  assignRole(doc, { personId: it, roleId: lotse, raci: 'A', share: 10 })

  createFrame(doc, { x: 0, y: 2000, w: 800, h: 450, title: 'Schritt 1: Sammeln' })
  createFrame(doc, { x: 1000, y: 2000, w: 800, h: 450, title: 'Schritt 2: Ordnen' })
  createNote(doc, { x: 1200, y: 2200, text: 'Daten teilen', color: 'green' })
  createNote(doc, { x: 200, y: 2100, text: 'Glasfaser für alle', color: 'yellow' })
  createNote(doc, { x: 500, y: 2100, text: '-Budget klären', color: 'pink' })
  createNote(doc, { x: 3000, y: 3000, text: 'Parkplatz: Straßenreinigung', color: 'blue' })
  return doc
}
