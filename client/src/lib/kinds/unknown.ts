import { describePlaceholder } from '../../../../shared/picture/describe/placeholder.ts'
import { hitBox } from './box.ts'
import type { KindSpec } from './kindSpec.ts'

/** What this version cannot read (a newer client's kind, a broken map): a placeholder, kept as is. */
export const UNKNOWN: KindSpec<'unknown'> = {
  kind: 'unknown',
  draw: describePlaceholder,
  hit: (el, p, tolerance) => hitBox(el, p, tolerance),
  describe: (el, { t }) => t('list.unknown', { type: el.type || '?' }),
  text: null,
  creation: null,
  showsOthers: false,
}
