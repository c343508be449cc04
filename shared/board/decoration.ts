import type { BoardElement } from '../schema/index.ts'

/**
 * The kinds that may decorate a template's layout: drawing without words of their own. A card,
 * a note or a frame is content whatever its keys say, so a stray or hostile `decoration` flag
 * can never hide one from the list view or search.
 */
const DECORATIVE_KINDS: ReadonlySet<string> = new Set<BoardElement['kind']>([
  'shape',
  'connector',
  'text',
  'stroke',
])

/** Whether an element only decorates a layout (`decoration: true` on a decorative kind). */
export function isDecoration(el: Pick<BoardElement, 'decoration'> & { kind?: string }): boolean {
  return el.decoration === true && el.kind !== undefined && DECORATIVE_KINDS.has(el.kind)
}
