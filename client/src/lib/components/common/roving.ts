/**
 * The item a key moves the focus to in a menu or a row of choices (the ARIA menu and radio
 * patterns): the next and previous items wrap around, Home and End go to the ends. `across`
 * also lets the left and right arrows move (a row of buttons). Null for any other key, or
 * when there are no items.
 */
export function rovingIndex(
  key: string,
  index: number,
  count: number,
  across = false,
): number | null {
  if (count === 0) return null
  if (key === 'ArrowDown' || (across && key === 'ArrowRight')) return (index + 1) % count
  if (key === 'ArrowUp' || (across && key === 'ArrowLeft')) return (index - 1 + count) % count
  if (key === 'Home') return 0
  if (key === 'End') return count - 1
  return null
}
