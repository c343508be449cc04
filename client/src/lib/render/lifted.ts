import { isBoundEnd, type BoardElement } from '../../../../shared/schema/index.ts'

/**
 * The elements drawn above the cached picture while `moving` is dragged: those ids, and every
 * connector bound to one of them, whose path follows them although its own record does not
 * change. Everything else stays in the picture.
 */
export function liftedIds(
  elements: readonly BoardElement[],
  moving: ReadonlySet<string>,
): Set<string> {
  const ids = new Set(moving)
  for (const el of elements) {
    if (el.kind !== 'connector') continue
    const bound = (end: typeof el.from): boolean => isBoundEnd(end) && moving.has(end.elementId)
    if (bound(el.from) || bound(el.to)) ids.add(el.id)
  }
  return ids
}
