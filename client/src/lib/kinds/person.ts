import { createPerson } from '../../../../shared/ops/createPerson.ts'
import { describePerson } from '../../../../shared/picture/describe/person.ts'
import { PERSON_CARD_SIZE, PERSON_NAME_MAX } from '../../../../shared/schema/index.ts'
import { hitBox } from './box.ts'
import { cardTitle, createCardAt } from './card.ts'
import type { KindSpec } from './kindSpec.ts'

/** A person or an org unit, who holds roles with a share of their time. */
export const PERSON: KindSpec<'person'> = {
  kind: 'person',
  draw: describePerson,
  hit: (el, p, tolerance) => hitBox(el, p, tolerance),
  describe(el, { t }) {
    const name = el.name || t('card.unnamed')
    if (el.personKind === 'orgUnit') return t('card.describe.orgUnit', { name })
    return el.orgUnit
      ? t('card.describe.personUnit', { name, orgUnit: el.orgUnit })
      : t('card.describe.person', { name })
  },
  text: cardTitle('card.nameEditor', PERSON_NAME_MAX),
  creation: {
    ghost: (spec) => ({
      id: '',
      z: '',
      ...spec.rect,
      kind: 'person',
      type: 'person',
      personKind: 'person',
      name: '',
      orgUnit: '',
      availability: 100,
    }),
    create: (board, { rect }) =>
      createCardAt(board, rect, (doc, centre, origin) =>
        createPerson(doc, { ...centre, name: '' }, origin),
      ),
    typeNow: true,
    placing: {
      size: PERSON_CARD_SIZE,
      square: false,
      fromPointer: false,
      name: (_, t) => t('place.kind.person'),
    },
  },
  // It shows how much of the person's time their roles take.
  showsOthers: true,
}
