import type { BoardElement } from '../../../../shared/schema/index.ts'
import type { MessageKey } from '../i18n/de.ts'
import { categoryName, groupName, placeName } from '../i18n/domainLabels.ts'

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

/**
 * What the list view (and assistive technology) calls a text block, shape, frame, pen stroke or
 * domain card: its type and its text, e.g. "Ellipse: Bürger:innen", "Akteur:in: Stadtwerke,
 * Konzern Kommune, Konzern Kommune · Energie & Umwelt". Null for other kinds.
 */
export function describeElement(el: BoardElement, t: Translate): string | null {
  switch (el.kind) {
    case 'text':
      return t('list.text', { text: el.text || t('list.emptyText') })
    case 'shape': {
      const shape = t(`shape.${el.shape}`)
      return el.text ? t('list.shape', { shape, text: el.text }) : shape
    }
    case 'frame':
      return t('list.frame', { text: el.text || t('list.emptyText') })
    case 'stroke':
      return t('list.stroke')
    case 'actor': {
      const name = el.name || t('card.unnamed')
      const category = categoryName(el)
      const place = placeName(el)
      return place === ''
        ? t('card.describe.actor', { name, category })
        : t('card.describe.actorPlaced', { name, category, place })
    }
    case 'role': {
      const title = el.title || t('card.unnamed')
      return t('card.describe.role', { title, group: groupName(el.group) || t('card.role') })
    }
    case 'person': {
      const name = el.name || t('card.unnamed')
      if (el.personKind === 'orgUnit') return t('card.describe.orgUnit', { name })
      return el.orgUnit
        ? t('card.describe.personUnit', { name, orgUnit: el.orgUnit })
        : t('card.describe.person', { name })
    }
    default:
      return null
  }
}
