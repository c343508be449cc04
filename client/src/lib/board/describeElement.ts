import type { BoardElement } from '../../../../shared/schema/index.ts'
import type { MessageKey } from '../i18n/de.ts'

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

/**
 * What the list view (and assistive technology) calls a text block, shape, frame or pen stroke:
 * its type and its text, e.g. "Ellipse: Bürger:innen". Null for other kinds.
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
    default:
      return null
  }
}
