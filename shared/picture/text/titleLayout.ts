import { wrapLines, type CardMeasure } from './cardLayout.ts'

/**
 * A card's or note's title alone, set larger than the card's own title size: what the screen
 * draws when zoomed out so far that the card's text would be too small to read (the level of
 * detail that keeps titles). Pure: widths come from `measure`.
 */

/** Line spacing of a title block, as a factor of its font size. */
export const TITLE_LINE_FACTOR = 1.15
/**
 * The fewest characters a cut line must keep (besides the ellipsis) to be worth drawing: "Bü…"
 * names nothing, so such a card stays a plain box.
 */
export const MIN_TITLE_CHARS = 3

/** The fewest characters on either side of a hyphen a long word is split with. */
const HYPHEN_PART = 4

const ELLIPSIS = '…'

/** A title laid out in a box: its lines top to bottom and their spacing; no lines: a box. */
export interface TitleLayout {
  lines: string[]
  lineHeight: number
}

/** True when a line says too little to draw (cut to fewer than MIN_TITLE_CHARS characters). */
function tooShort(line: string, whole: string): boolean {
  if (!line.endsWith(ELLIPSIS) || line === whole) return false
  return Array.from(line.slice(0, -ELLIPSIS.length).trim()).length < MIN_TITLE_CHARS
}

/**
 * Words wider than a line split with a hyphen into pieces that fit ("Volkshoch-", "schule"), so
 * a long compound breaks where a reader expects rather than ending in an ellipsis mid-title.
 */
function hyphenateLong(
  text: string,
  width: number,
  fontSize: number,
  measure: CardMeasure,
): string {
  return text
    .split(' ')
    .map((word) => {
      const pieces: string[] = []
      let rest = word
      while (measure(rest, fontSize) > width) {
        const chars = Array.from(rest)
        // Both parts keep HYPHEN_PART characters: "Kommunal-es" reads worse than "Kommunal…".
        let n = chars.length - HYPHEN_PART
        while (n >= HYPHEN_PART && measure(`${chars.slice(0, n).join('')}-`, fontSize) > width) n--
        if (n < HYPHEN_PART) break
        pieces.push(`${chars.slice(0, n).join('')}-`)
        rest = chars.slice(n).join('')
      }
      return pieces.join('') + rest
    })
    .join(' ')
}

/**
 * `text` at `fontSize` wrapped into a box `width` × `height`: as many lines as fit (breaking at
 * spaces and hyphens, splitting words longer than a line), the last cut with an ellipsis when more remains. Empty when not even one
 * line fits, or when the first line would keep fewer than MIN_TITLE_CHARS characters.
 */
export function titleLayout(
  text: string,
  width: number,
  height: number,
  fontSize: number,
  measure: CardMeasure,
): TitleLayout {
  const lineHeight = fontSize * TITLE_LINE_FACTOR
  const none = { lines: [], lineHeight }
  const maxLines = Math.floor(height / lineHeight)
  const whole = text.replace(/\s+/g, ' ').trim()
  if (maxLines < 1 || width <= 0 || whole === '') return none
  const wrapped = maxLines > 1 ? hyphenateLong(whole, width, fontSize, measure) : whole
  const lines = wrapLines(wrapped, width, fontSize, maxLines, measure)
  const first = lines[0]
  if (first === undefined || tooShort(first, whole)) return none
  return { lines, lineHeight }
}
