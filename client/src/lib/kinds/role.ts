import { createRole } from '../../../../shared/ops/createRole.ts'
import { describeRole } from '../../../../shared/picture/describe/role.ts'
import { ROLE_CARD_SIZE, ROLE_TITLE_MAX } from '../../../../shared/schema/index.ts'
import { groupName } from '../i18n/domainLabels.ts'
import { hitBox } from './box.ts'
import { cardTitle, createCardAt } from './card.ts'
import type { KindSpec } from './kindSpec.ts'

/** A role (from the catalogue or the group's own), held by people through assignments. */
export const ROLE: KindSpec<'role'> = {
  kind: 'role',
  draw: describeRole,
  hit: (el, p, tolerance) => hitBox(el, p, tolerance),
  describe(el, { t }) {
    const title = el.title || t('card.unnamed')
    return t('card.describe.role', { title, group: groupName(el.group) || t('card.role') })
  },
  text: cardTitle('card.titleEditor', ROLE_TITLE_MAX),
  creation: {
    ghost: (spec) => ({
      id: '',
      z: '',
      ...spec.rect,
      kind: 'role',
      type: 'role',
      title: '',
      catalogueId: null,
      group: null,
      description: '',
    }),
    create: (board, { rect }) =>
      createCardAt(board, rect, (doc, centre, origin) =>
        createRole(doc, { ...centre, title: '' }, origin),
      ),
    typeNow: true,
    placing: {
      size: ROLE_CARD_SIZE,
      square: false,
      fromPointer: false,
      name: (_, t) => t('place.kind.role'),
    },
  },
  // It shows who holds it, from the assignments and the people's cards.
  showsOthers: true,
}
