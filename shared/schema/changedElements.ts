import type * as Y from 'yjs'

/**
 * The ids of the elements a batch of deep events touched: keys added, changed or removed in the
 * elements map itself, and the element (first path segment) of any change inside one.
 */
export function changedElementIds(
  events: readonly Y.YEvent<Y.AbstractType<unknown>>[],
  elements: unknown,
): Set<string> {
  const changed = new Set<string>()
  for (const event of events) {
    if (event.target === elements) for (const key of event.changes.keys.keys()) changed.add(key)
    else if (typeof event.path[0] === 'string') changed.add(event.path[0])
  }
  return changed
}
