/**
 * An immutable set of element ids. Selections are replaced, never mutated, so reactive state
 * holding one changes exactly when the selection does.
 */
export function idSet(ids: Iterable<string> = []): ReadonlySet<string> {
  return new Set(ids)
}
