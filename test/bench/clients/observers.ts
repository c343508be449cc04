/**
 * Whether client `index` of `clients` decodes the cursors it receives. `observers` of them do,
 * spread evenly over the indices so that every client process gets its share.
 */
export function observesCursors(index: number, clients: number, observers: number): boolean {
  if (observers >= clients) return true
  return Math.floor(((index + 1) * observers) / clients) > Math.floor((index * observers) / clients)
}
