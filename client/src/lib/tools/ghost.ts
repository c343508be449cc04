import type { BoardElement } from '../../../../shared/schema/index.ts'
import { creationOf } from '../kinds/index.ts'
import type { NewElement } from './types.ts'

/** Id of preview elements: never in the document. */
export const PREVIEW_ID = '\u0000preview'

/**
 * The element a creation tool is about to make, as it will look with default styles (its
 * kind's preview, kinds/): drawn while the pointer is down, before anything is written.
 */
export function ghostElement(spec: NewElement): BoardElement {
  return { ...creationOf(spec.type).ghost(spec), id: PREVIEW_ID }
}
