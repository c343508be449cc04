import { describe, expect, it } from 'vitest'
import { ecosystemSummary } from '../../../../shared/domain/ecosystemSummary.ts'
import { readDomain } from '../../../../shared/domain/model.ts'
import { createConnector } from '../../../../shared/ops/createConnector.ts'
import { createNote } from '../../../../shared/ops/createNote.ts'
import { insertTemplate } from '../../../../shared/ops/insertTemplate.ts'
import { setRelationKind } from '../../../../shared/ops/setRelationKind.ts'
import { findTemplate } from '../../../../shared/templates/index.ts'
import * as Y from 'yjs'

describe('ecosystemSummary', () => {
  it('counts the template’s actors by ring, field and category, and relations between actors by kind', () => {
    const doc = new Y.Doc()
    insertTemplate(doc, { template: findTemplate('ecosystem')!, at: { x: 0, y: 0 } })
    const [rz, sw] = ['Kommunales Rechenzentrum', 'Stadtwerke'].map(
      (name) => readDomain(doc).actors.find((a) => a.name === name)!.id,
    )
    const link = createConnector(doc, { from: { elementId: rz! }, to: { elementId: sw! } })
    const note = createNote(doc, { x: 5000, y: 0, text: 'kein Akteur' })
    const toNote = createConnector(doc, { from: { elementId: rz! }, to: { elementId: note } })
    setRelationKind(doc, { ids: [link, toNote], kind: 'suppliesDataTo' })
    expect(ecosystemSummary(readDomain(doc))).toEqual({
      actors: 5,
      byRing: { administration: 1, municipalGroup: 2, localCommunity: 1, regionStateFederal: 1 },
      byField: {
        digitalAdministration: 1,
        data: 1,
        energyEnvironment: 1,
        educationCulture: 1,
        infrastructure: 1,
      },
      byCategory: {
        administration: 1,
        itProvider: 1,
        municipalGroup: 1,
        civilSociety: 1,
        regionStateFederal: 1,
      },
      byRelationKind: { suppliesDataTo: 1 },
    })
  })
})
