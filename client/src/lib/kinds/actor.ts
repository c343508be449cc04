import { createActor } from '../../../../shared/ops/createActor.ts'
import { describeActor } from '../../../../shared/picture/describe/actor.ts'
import { ACTOR_CARD_SIZE, ACTOR_NAME_MAX } from '../../../../shared/schema/index.ts'
import { categoryName, placeName } from '../i18n/domainLabels.ts'
import { hitBox } from './box.ts'
import { cardTitle, createCardAt } from './card.ts'
import type { KindSpec } from './kindSpec.ts'

/** An actor on the ecosystem map: its category, ring and field of action. */
export const ACTOR: KindSpec<'actor'> = {
  kind: 'actor',
  draw: describeActor,
  hit: (el, p, tolerance) => hitBox(el, p, tolerance),
  describe(el, { t }) {
    const name = el.name || t('card.unnamed')
    const category = categoryName(el)
    const place = placeName(el)
    return place === ''
      ? t('card.describe.actor', { name, category })
      : t('card.describe.actorPlaced', { name, category, place })
  },
  text: cardTitle('card.nameEditor', ACTOR_NAME_MAX),
  creation: {
    ghost: (spec) => ({
      id: '',
      z: '',
      ...spec.rect,
      kind: 'actor',
      type: 'actor',
      name: '',
      category: null,
      customCategory: '',
      ring: null,
      field: null,
      placement: 'map',
      note: '',
    }),
    // It has no category ("noch keine Kategorie") until someone picks one, so the check for
    // missing categories stays true; on an ecosystem map its ring and field follow from where
    // it lands.
    create: (board, { rect }) =>
      createCardAt(board, rect, (doc, centre, origin) =>
        createActor(doc, { ...centre, name: '' }, origin),
      ),
    typeNow: true,
    placing: {
      size: ACTOR_CARD_SIZE,
      square: false,
      fromPointer: false,
      name: (_, t) => t('place.kind.actor'),
    },
  },
  // Its picture reads the card texts, which are built from the whole board's domain content.
  showsOthers: true,
}
