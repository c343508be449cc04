/** The most avatars the header shows before it sums up the rest as "+N". */
export const MAX_AVATARS = 4

/**
 * A person's initials for their avatar: the first letter of the first and of the last word of
 * their name ("Anna Yilmaz" → "AY", "Ben" → "B", "Gast 12" → "G1"), "?" for an empty name.
 * Letters are taken whole (an emoji or an accented capital is one character).
 */
export function initials(name: string): string {
  const words = name
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '')
  const first = words[0]
  if (first === undefined) return '?'
  const head = (word: string): string => Array.from(word)[0] ?? ''
  const last = words.length > 1 ? words[words.length - 1] : undefined
  return (head(first) + (last === undefined ? '' : head(last))).toLocaleUpperCase()
}

/** The avatars to show and how many people are left over for the "+N" after them. */
export function avatarStack<T>(
  people: readonly T[],
  max = MAX_AVATARS,
): { shown: T[]; more: number } {
  // A "+1" would take the place of the one avatar it stands for: show that one instead.
  if (people.length <= max) return { shown: [...people], more: 0 }
  return { shown: people.slice(0, max - 1), more: people.length - (max - 1) }
}
