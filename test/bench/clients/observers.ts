/**
 * Whether client `index` of `clients` is one of `observers` (clients that decode the cursors,
 * or apply the edits, they receive), spread evenly over the indices so that every client
 * process gets its share. The same clients are picked for any one count.
 */
export function isObserver(index: number, clients: number, observers: number): boolean {
  if (observers >= clients) return true
  return Math.floor(((index + 1) * observers) / clients) > Math.floor((index * observers) / clients)
}
