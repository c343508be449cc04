/**
 * Selecting several elements from the list view by keyboard: Shift+Enter (or Shift+click) on an
 * item adds it to the selection, after the ones already chosen (the order matters: connecting
 * two elements starts at the first); on an item already chosen it takes it out again, unless it
 * is the only one. Returns the new selection in order.
 */
export function extendSelection(selection: Iterable<string>, id: string): string[] {
  const ids = [...selection]
  if (!ids.includes(id)) return [...ids, id]
  return ids.length > 1 ? ids.filter((other) => other !== id) : ids
}
