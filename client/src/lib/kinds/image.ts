import { describeImage } from '../../../../shared/picture/describe/image.ts'
import { hitBox } from './box.ts'
import type { KindSpec } from './kindSpec.ts'

/** An uploaded picture; named by its alt text, which the list view edits (ImageListItem). */
export const IMAGE: KindSpec<'image'> = {
  kind: 'image',
  draw: describeImage,
  hit: (el, p, tolerance) => hitBox(el, p, tolerance),
  describe: (el, { t }) => (el.alt ? t('list.image', { alt: el.alt }) : t('list.imageNoAlt')),
  text: null,
  creation: null,
  showsOthers: false,
}
