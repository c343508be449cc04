import { describe, expect, it } from 'vitest'
import { actorsWithoutRelation } from '../../../../../shared/domain/checks/actorsWithoutRelation.ts'
import { createConnector } from '../../../../../shared/ops/createConnector.ts'
import { domainBoard } from './fixture.ts'

describe('actorsWithoutRelation', () => {
  it('reports actors no relation joins, as hints', () => {
    const b = domainBoard()
    const rz = b.actor('Kommunales Rechenzentrum', 'itProvider')
    const sw = b.actor('Stadtwerke', 'municipalGroup')
    const vhs = b.actor('Volkshochschule', 'civilSociety')
    b.relate(rz, sw, 'suppliesDataTo')
    expect(actorsWithoutRelation(b.model())).toEqual([
      expect.objectContaining({
        severity: 'hint',
        params: { actor: 'Volkshochschule' },
        elementIds: [vhs],
      }),
    ])
  })

  it('does not count a plain connector as a relation', () => {
    const b = domainBoard()
    const a = b.actor('Landkreis', 'regionStateFederal')
    const c = b.actor('Stadtwerke', 'municipalGroup')
    createConnector(b.doc, { from: { elementId: a }, to: { elementId: c } })
    expect(actorsWithoutRelation(b.model())).toHaveLength(2)
  })
})
