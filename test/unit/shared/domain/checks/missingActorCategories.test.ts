import { describe, expect, it } from 'vitest'
import {
  ACTOR_CATEGORY_IDS,
  NO_CATEGORY,
} from '../../../../../shared/vocabulary/actorCategories.ts'
import { findingWords } from '../../../../../shared/domain/checks/findingText.ts'
import { createActor } from '../../../../../shared/ops/createActor.ts'
import { updateActor } from '../../../../../shared/ops/updateActor.ts'
import { missingActorCategories } from '../../../../../shared/domain/checks/missingActorCategories.ts'
import { domainBoard } from './fixture.ts'

describe('missingActorCategories', () => {
  it('names the catalogue categories still missing on the map', () => {
    const b = domainBoard()
    b.actor('Kommunales Rechenzentrum', 'itProvider')
    b.actor('Bürgerverein Altstadt', 'citizens')
    b.actor('Eigene Kategorie', 'custom')
    const missing = missingActorCategories(b.model())
      .filter((f) => f.message === 'checks.missingActorCategory')
      .map((f) => f.params.category)
    expect(missing).toEqual(
      ACTOR_CATEGORY_IDS.filter((c) => c !== 'itProvider' && c !== 'citizens'),
    )
  })

  it('counts a new actor without a category as none, and names it in the card’s words', () => {
    const b = domainBoard()
    const id = createActor(b.doc, { x: 0, y: 0, name: 'Digitalagentur Nord' })
    expect(b.model().actors[0]?.category).toBeNull()
    const findings = missingActorCategories(b.model())
    expect(findings.filter((f) => f.message === 'checks.missingActorCategory')).toHaveLength(
      ACTOR_CATEGORY_IDS.length,
    )
    const uncategorised = findings.find((f) => f.message === 'checks.actorWithoutCategory')
    expect(uncategorised?.elementIds).toEqual([id])
    expect(findingWords(uncategorised!, 'de').message).toBe(
      `„Digitalagentur Nord“ hat ${NO_CATEGORY.de}.`,
    )
    updateActor(b.doc, { id, category: 'business' })
    expect(
      missingActorCategories(b.model()).some((f) => f.message === 'checks.actorWithoutCategory'),
    ).toBe(false)
  })

  it('says nothing on a board without actors', () => {
    expect(missingActorCategories(domainBoard().model())).toEqual([])
  })
})
