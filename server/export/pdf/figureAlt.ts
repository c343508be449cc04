import type { Picture, Primitive } from '../../../shared/picture/primitives.ts'
import type { BoardElement } from '../../../shared/schema/index.ts'
import type { PdfMessages } from './messages.ts'

/** Longest text alternative of one figure, in characters: a screen reader reads all of it. */
export const FIGURE_ALT_MAX = 4000

/** The order kinds are counted in: what a workshop reads first. */
const KIND_ORDER: readonly BoardElement['kind'][] = [
  'frame',
  'note',
  'actor',
  'role',
  'person',
  'text',
  'shape',
  'image',
  'connector',
  'stroke',
  'unknown',
]

/**
 * A figure's text alternative: what it shows ("Rahmen „Rollen klären“ mit 12 Notizen und 4
 * Rollen"), then what its elements say, one by one in the picture's order, from the meaning of
 * each element's group, cut at FIGURE_ALT_MAX with the count of what was left out.
 */
export function figureAlt(
  subject: string,
  picture: Picture,
  kindOf: (elementId: string) => BoardElement['kind'] | undefined,
  messages: PdfMessages,
  /** An element the subject already names (the page's own frame), left out of the counts. */
  itself?: string,
): string {
  const counts = new Map<BoardElement['kind'], number>()
  const meanings: string[] = []
  const visit = (items: readonly Primitive[]): void => {
    for (const item of items) {
      if (item.kind !== 'group') continue
      if (item.elementId !== undefined && item.elementId === itself) continue
      if (item.elementId !== undefined) {
        const kind = kindOf(item.elementId) ?? 'unknown'
        counts.set(kind, (counts.get(kind) ?? 0) + 1)
        const meaning = item.meaning?.trim()
        if (meaning) meanings.push(meaning.replace(/\s+/g, ' '))
        continue
      }
      visit(item.children)
    }
  }
  visit(picture.items)
  const countTexts = KIND_ORDER.filter((k) => counts.has(k)).map((k) =>
    messages.count(k, counts.get(k)!),
  )
  let alt = `${messages.withCounts(subject, countTexts)}.`
  for (let i = 0; i < meanings.length; i++) {
    const next = ` ${meanings[i]}${/[.!?…]$/.test(meanings[i]!) ? '' : '.'}`
    const rest = meanings.length - i
    if (alt.length + next.length > FIGURE_ALT_MAX - 40) {
      alt += ` ${messages.more(rest)}.`
      break
    }
    alt += next
  }
  return alt
}
