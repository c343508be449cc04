// A workshop's result on one board, for the report's tests: built through the operations as
// people build it, so every reader sees what the app writes.
import type * as Y from 'yjs'
import { assignRole } from '../../shared/ops/assignRole.ts'
import { createActor } from '../../shared/ops/createActor.ts'
import { createConnector } from '../../shared/ops/createConnector.ts'
import { createFrame } from '../../shared/ops/createFrame.ts'
import { createNote } from '../../shared/ops/createNote.ts'
import { createPerson } from '../../shared/ops/createPerson.ts'
import { createRole } from '../../shared/ops/createRole.ts'
import { setRelationKind } from '../../shared/ops/setRelationKind.ts'

/** German text every output must keep exactly: umlauts, ß, ẞ, „ “, – and €. */
export const GERMAN_NOTE = 'Straßenlaternen „smart“ – Größe ẞ: 5 € für Ökostrom'

/** The ids of what `buildWorkshopBoard` made, by what they are. */
export interface WorkshopBoard {
  frames: { ideas: string; roles: string; empty: string }
  notes: { german: string; portal: string; twoLines: string; question: string; outside: string }
  actors: Record<'town' | 'utilities' | 'itProvider' | 'citizens' | 'state' | 'club', string>
  roles: Record<'dpo' | 'cio' | 'ozg' | 'iso' | 'cdo', string>
  people: Record<'anna' | 'ben' | 'itUnit', string>
}

/**
 * Fills `doc` with a workshop: three frames (created out of agenda order: "Rollen klären" right
 * of "Ideen sammeln" in the same row, "Leerer Rahmen" below them), notes in two of them and one
 * outside; six actors in every ring (one of a custom category, one with a | in its name), three
 * relations; five roles with holders, among them a vacant role (OZG), a conflict of interest
 * (Anna holds the data protection officer and CIO), an overloaded person (Anna at 120 %) and a
 * role with no Accountable (CDO).
 */
export function buildWorkshopBoard(doc: Y.Doc): WorkshopBoard {
  const roles = createFrame(doc, { x: 1000, y: 0, w: 800, h: 450, title: 'Rollen klären' })
  const ideas = createFrame(doc, { x: 0, y: 20, w: 800, h: 450, title: 'Ideen sammeln' })
  const empty = createFrame(doc, { x: 0, y: 700, w: 600, h: 300, title: 'Leerer Rahmen' })
  const notes = {
    // Second row of the frame first, so reading order differs from creation order.
    german: createNote(doc, { x: 150, y: 370, text: GERMAN_NOTE }),
    portal: createNote(doc, { x: 150, y: 160, text: 'Bürgerportal für alle Dienste' }),
    twoLines: createNote(doc, { x: 400, y: 160, text: 'Daten teilen\nmit dem Kreis' }),
    question: createNote(doc, { x: 1200, y: 200, text: 'Wer entscheidet über | Budgets?' }),
    outside: createNote(doc, { x: 2500, y: 100, text: 'Parkplatz: offene Fragen' }),
  }
  createNote(doc, { x: 2500, y: 400, text: '   ' })

  const at = (i: number) => ({ x: 300 * i, y: 2000 })
  const actors = {
    town: createActor(doc, {
      ...at(0),
      name: 'Stadtverwaltung Musterstadt',
      category: 'administration',
      ring: 'administration',
    }),
    utilities: createActor(doc, {
      ...at(1),
      name: 'Stadtwerke',
      category: 'municipalGroup',
      ring: 'municipalGroup',
    }),
    itProvider: createActor(doc, {
      ...at(2),
      name: 'KDN Rechenzentrum',
      category: 'itProvider',
      ring: 'municipalGroup',
    }),
    citizens: createActor(doc, {
      ...at(3),
      name: 'Bürger:innen',
      category: 'citizens',
      ring: 'localCommunity',
    }),
    state: createActor(doc, {
      ...at(4),
      name: 'Land NRW',
      category: 'regionStateFederal',
      ring: 'regionStateFederal',
    }),
    club: createActor(doc, {
      ...at(5),
      name: 'Sportverein | Süd',
      category: 'custom',
      customCategory: 'Vereine',
      ring: 'localCommunity',
    }),
  }
  const relate = (
    from: string,
    to: string,
    kind: Parameters<typeof setRelationKind>[1]['kind'],
  ) => {
    const id = createConnector(doc, { from: { elementId: from }, to: { elementId: to } })
    setRelationKind(doc, { ids: [id], kind })
  }
  relate(actors.town, actors.itProvider, 'commissions')
  relate(actors.utilities, actors.town, 'suppliesDataTo')
  relate(actors.state, actors.town, 'funds')

  const place = (i: number) => ({ x: 300 * i, y: 3000 })
  const roleIds = {
    dpo: createRole(doc, { ...place(0), catalogueId: 'dataProtectionOfficer' }),
    cio: createRole(doc, { ...place(1), catalogueId: 'cio' }),
    ozg: createRole(doc, { ...place(2), catalogueId: 'ozgCoordinator' }),
    iso: createRole(doc, { ...place(3), catalogueId: 'informationSecurityOfficer' }),
    cdo: createRole(doc, { ...place(4), catalogueId: 'cdo' }),
  }
  const people = {
    anna: createPerson(doc, { ...place(5), name: 'Anna Schmidt', orgUnit: 'Hauptamt' }),
    ben: createPerson(doc, { ...place(6), name: 'Ben Weber', availability: 50 }),
    itUnit: createPerson(doc, { ...place(7), name: 'IT-Abteilung', personKind: 'orgUnit' }),
  }
  assignRole(doc, { personId: people.anna, roleId: roleIds.dpo, raci: 'A', share: 30 })
  assignRole(doc, { personId: people.anna, roleId: roleIds.cio, raci: 'R', share: 50 })
  assignRole(doc, { personId: people.anna, roleId: roleIds.cdo, raci: 'R', share: 40 })
  assignRole(doc, { personId: people.ben, roleId: roleIds.iso, raci: 'A', share: 20 })
  assignRole(doc, { personId: people.ben, roleId: roleIds.cio, raci: 'C', share: 0 })
  assignRole(doc, { personId: people.itUnit, roleId: roleIds.cio, raci: 'A', share: 0 })
  return { frames: { ideas, roles, empty }, notes, actors, roles: roleIds, people }
}
