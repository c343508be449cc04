import { describe, expect, it } from 'vitest'
import { ACTOR_CATEGORY_IDS } from '../../../../../shared/vocabulary/actorCategories.ts'
import { missingActorCategories } from '../../../../../shared/domain/checks/missingActorCategories.ts'
import { domainBoard } from './fixture.ts'

describe('missingActorCategories', () => {
  it('names the catalogue categories still missing on the map', () => {
    const b = domainBoard()
    b.actor('Kommunales Rechenzentrum', 'itProvider')
    b.actor('Bürgerverein Altstadt', 'citizens')
    b.actor('Eigene Kategorie', 'custom')
    const missing = missingActorCategories(b.model()).map((f) => f.params.category)
    expect(missing).toEqual(
      ACTOR_CATEGORY_IDS.filter((c) => c !== 'itProvider' && c !== 'citizens'),
    )
  })

  it('says nothing on a board without actors', () => {
    expect(missingActorCategories(domainBoard().model())).toEqual([])
  })
})
