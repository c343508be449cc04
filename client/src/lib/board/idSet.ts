import type * as Y from 'yjs'

/**
 * An immutable set of element ids. Selections are replaced, never mutated, so reactive state
 * holding one changes exactly when the selection does.
 */
export function idSet(ids: Iterable<string> = []): ReadonlySet<string> {
  return new Set(ids)
}

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
