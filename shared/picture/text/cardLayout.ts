import type { FontWeight } from '../primitives.ts'
import { measureText } from '../font/measure.ts'

/**
 * Layout of the text on domain cards, pure: widths come from a `measure` function (the embedded
 * font's metrics, a fake in tests). Card texts have fixed sizes, so a projector shows every card
 * alike; what does not fit is cut with an ellipsis rather than shrunk to unreadable size.
 */

/** Width of `text` at `fontSize` board units. */
export type CardMeasure = (text: string, fontSize: number) => number

const MEASURES: Record<FontWeight, CardMeasure> = {
  400: (text, size) => measureText(text, size, 400),
  600: (text, size) => measureText(text, size, 600),
  700: (text, size) => measureText(text, size, 700),
}

/** The embedded font's widths at one weight (card titles and badges are semibold). */
export function cardMeasure(weight: FontWeight): CardMeasure {
  return MEASURES[weight]
}

const ELLIPSIS = '…'

/** `text` cut (with an ellipsis) to at most `width`; '' when not even the ellipsis fits. */
export function fitLine(
  text: string,
  width: number,
  fontSize: number,
  measure: CardMeasure,
): string {
  if (measure(text, fontSize) <= width) return text
  if (measure(ELLIPSIS, fontSize) > width) return ''
  let lo = 0
  let hi = text.length
  // The longest prefix that fits with the ellipsis.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (measure(`${text.slice(0, mid).trimEnd()}${ELLIPSIS}`, fontSize) <= width) lo = mid
    else hi = mid - 1
  }
  return `${text.slice(0, lo).trimEnd()}${ELLIPSIS}`
}

/**
 * Wraps `text` into at most `maxLines` lines of `width`, breaking at spaces and hyphens; the
 * last line is cut with an ellipsis when more remains. Line breaks in the text count as spaces:
 * a card's name is one phrase.
 */
export function wrapLines(
  text: string,
  width: number,
  fontSize: number,
  maxLines: number,
  measure: CardMeasure,
): string[] {
  const words = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[ -])/)
  const lines: string[] = []
  let current = ''
  let i = 0
  for (; i < words.length; i++) {
    const word = words[i] ?? ''
    const candidate = current + word
    if (current === '' || measure(candidate.trimEnd(), fontSize) <= width) {
      current = candidate
      continue
    }
    // The last line takes the rest, cut with an ellipsis below (also when only one line may be).
    if (lines.length === maxLines - 1) break
    lines.push(current.trimEnd())
    current = word
  }
  if (i < words.length) current += words.slice(i).join('')
  if (current !== '') lines.push(current.trimEnd())
  return lines.map((line) => fitLine(line, width, fontSize, measure)).filter((l) => l !== '')
}

/** A row on a card: where its text starts (left, baseline middle) and how wide it may be. */
export interface CardRow {
  x: number
  y: number
  width: number
  fontSize: number
}

/** Inner padding of every card (board units). */
export const CARD_PADDING = 10
/** Font sizes (board units): a 220-unit card on a projector at 50 % still reads at 9 px. */
export const CARD_BADGE_SIZE = 13
/** Title lines (semibold). */
export const CARD_TITLE_SIZE = 18
/** Detail rows: place, holders, time. */
export const CARD_DETAIL_SIZE = 13
/** The coloured stripe along a card's left edge. */
export const CARD_STRIPE = 8

/** Where a card is on the board. */
export interface CardBox {
  x: number
  y: number
  w: number
  h: number
}

/**
 * The rows of a card, top to bottom: a badge row, up to `titleLines` title lines, and detail
 * rows at the bottom. Details take the room below the first title line (as many as fit), further
 * title lines what is left: on a small card a long name is cut before its details are.
 */
export function cardRows(
  box: CardBox,
  titleLines: number,
  detailRows: number,
): { badge: CardRow; title: CardRow[]; details: CardRow[] } {
  const left = box.x + CARD_STRIPE + CARD_PADDING
  const width = Math.max(0, box.w - CARD_STRIPE - 2 * CARD_PADDING)
  const badgeHeight = CARD_BADGE_SIZE + 8
  const badge = {
    x: left,
    y: box.y + CARD_PADDING + badgeHeight / 2,
    width,
    fontSize: CARD_BADGE_SIZE,
  }
  const titleLineHeight = CARD_TITLE_SIZE * 1.2
  const titleTop = box.y + CARD_PADDING + badgeHeight + 6
  const bottom = box.y + box.h - CARD_PADDING
  const detailLineHeight = CARD_DETAIL_SIZE * 1.3
  const belowFirst = bottom - (titleTop + titleLineHeight)
  const count = Math.max(0, Math.min(detailRows, Math.floor(belowFirst / detailLineHeight)))
  const details: CardRow[] = []
  for (let i = 0; i < count; i++) {
    const y = bottom - (count - i - 0.5) * detailLineHeight
    details.push({ x: left, y, width, fontSize: CARD_DETAIL_SIZE })
  }
  const titleBottom = bottom - count * detailLineHeight
  const title: CardRow[] = []
  for (let i = 0; i < titleLines; i++) {
    const top = titleTop + i * titleLineHeight
    if (top + titleLineHeight > titleBottom + 0.5) break
    title.push({ x: left, y: top + titleLineHeight / 2, width, fontSize: CARD_TITLE_SIZE })
  }
  return { badge, title, details }
}
