import { measureText } from '../font/measure.ts'

/**
 * Note text layout: wrap words into the note and shrink the font until everything fits. Pure:
 * widths come from a `measure` function, by default the embedded font's metrics (measureText),
 * so the screen and every file wrap at the same word. Layouts are cached per text and size.
 */

/** Width of `text` in board units when set at `fontSize` board units. */
export type MeasureText = (text: string, fontSize: number) => number

/** The embedded font's regular weight: what notes, shapes, text blocks and labels are set in. */
export const REGULAR_MEASURE: MeasureText = (text, fontSize) => measureText(text, fontSize, 400)

/** A text laid out in a box: its size, line height and lines. */
export interface TextLayout {
  fontSize: number
  lineHeight: number
  lines: string[]
  /** True when even the smallest font could not fit everything and lines were cut. */
  truncated: boolean
}

/** How a box's text is fitted: padding, the font sizes tried, the line height. */
export interface LayoutOptions {
  padding: number
  maxFontSize: number
  minFontSize: number
  lineHeightFactor: number
}

/** Notes (and shape labels): 12 units padding, 28 down to 6 units, lines 1.25 apart. */
export const NOTE_TEXT_OPTIONS: LayoutOptions = {
  padding: 12,
  maxFontSize: 28,
  minFontSize: 6,
  lineHeightFactor: 1.25,
}

const ELLIPSIS = '…'

/**
 * Breaks a word wider than the line into pieces that fit, each but the last with a hyphen: each
 * piece is the longest run of characters that fits with its hyphen (at least one character).
 * A run's width grows with its length, so the end is found by binary search, not character by
 * character.
 */
function breakWord(word: string, width: number, fontSize: number, measure: MeasureText): string[] {
  const chars = Array.from(word)
  const pieces: string[] = []
  let start = 0
  const tooWide = (end: number): boolean =>
    measure(`${chars.slice(start, end).join('')}-`, fontSize) > width
  while (start < chars.length) {
    // The first end (exclusive, two characters on) at which the run with a hyphen is too wide.
    let lo = start + 1
    let hi = chars.length + 1
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1
      if (tooWide(mid)) hi = mid
      else lo = mid
    }
    if (hi > chars.length) {
      pieces.push(chars.slice(start).join(''))
      break
    }
    const piece = chars.slice(start, hi - 1).join('')
    pieces.push(/[-/:]$/.test(piece) ? piece : `${piece}-`)
    start = hi - 1
  }
  return pieces
}

/** The last character of `s`, a surrogate pair whole. */
function lastChar(s: string): string {
  const code = s.charCodeAt(s.length - 1)
  return code >= 0xdc00 && code < 0xe000 && s.length > 1 ? s.slice(-2) : s.slice(-1)
}

/** The first character of `s`, a surrogate pair whole. */
function firstChar(s: string): string {
  const code = s.charCodeAt(0)
  return code >= 0xd800 && code < 0xdc00 && s.length > 1 ? s.slice(0, 2) : s.slice(0, 1)
}

/**
 * Width of `left + right` from the width of `left`: `right`'s own width plus what the pair where
 * they meet adds (kerning). Exact for a measure that sums advances and the kerning of adjacent
 * pairs, as the font's does, so a line grows word by word without being measured again.
 */
function joinedWidth(
  left: string,
  leftWidth: number,
  right: string,
  fontSize: number,
  measure: MeasureText,
): number {
  const a = lastChar(left)
  const b = firstChar(right)
  const pair = measure(a + b, fontSize) - measure(a, fontSize) - measure(b, fontSize)
  return leftWidth + measure(right, fontSize) + pair
}

/** Sums of floating-point widths may differ from one measurement by this much. */
const SUM_TOLERANCE = 1e-6

/** Greedy word wrap; explicit line breaks are kept. */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  measure: MeasureText = REGULAR_MEASURE,
): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(/ +/).filter((w) => w !== '')
    let line = ''
    let lineWidth = 0
    for (const word of words) {
      if (line !== '') {
        const candidateWidth = joinedWidth(line, lineWidth, ` ${word}`, fontSize, measure)
        const candidate = `${line} ${word}`
        // Right at the edge, the sum is checked against one measurement of the whole line.
        const fits =
          Math.abs(candidateWidth - width) < SUM_TOLERANCE
            ? measure(candidate, fontSize) <= width
            : candidateWidth <= width
        if (fits) {
          line = candidate
          lineWidth = candidateWidth
          continue
        }
        lines.push(line)
      }
      const wordWidth = measure(word, fontSize)
      if (wordWidth <= width) {
        line = word
        lineWidth = wordWidth
      } else {
        const pieces = breakWord(word, width, fontSize, measure)
        line = pieces.pop() ?? ''
        lineWidth = measure(line, fontSize)
        lines.push(...pieces)
      }
    }
    lines.push(line)
  }
  return lines
}

/**
 * Keeping words whole is preferred, unless it costs this much of the font size: German compounds
 * ("Digitalisierungsbeauftragte:r") would otherwise shrink a note's text to an unreadable size.
 */
const WHOLE_WORDS_MIN_RATIO = 0.5
/** Whole words at this font size (board units) or more are readable enough to keep whole. */
const WHOLE_WORDS_READABLE = 14

/**
 * Lays `text` out in a w × h box (`fontMeasure` must scale linearly with the size, as a font's
 * widths do): the largest font size at which all of it fits, keeping words
 * whole where that costs little; if even the smallest font cannot fit it, the last visible line
 * ends with an ellipsis.
 */
export function layoutText(
  text: string,
  w: number,
  h: number,
  fontMeasure: MeasureText = REGULAR_MEASURE,
  options: LayoutOptions = NOTE_TEXT_OPTIONS,
): TextLayout {
  // Widths scale with the size, and the sizes tried wrap the same words again and again: each
  // word and join is measured once (at size 1) for the whole layout.
  const units = new Map<string, number>()
  const measure: MeasureText = (t, size) => {
    let unit = units.get(t)
    if (unit === undefined) {
      unit = fontMeasure(t, 1)
      units.set(t, unit)
    }
    return unit * size
  }
  const width = Math.max(1, w - 2 * options.padding)
  const height = Math.max(1, h - 2 * options.padding)
  const trimmed = text.replace(/\s+$/, '')
  const start = Math.min(options.maxFontSize, height / options.lineHeightFactor)
  const words = trimmed.split(/\s+/).filter((word) => word !== '')
  const sizes: number[] = []
  for (let size = start; size >= options.minFontSize; size *= 0.9) sizes.push(size)
  if (sizes.length === 0) sizes.push(start)

  const fitsAt = (fontSize: number, allowBreaks: boolean): TextLayout | null => {
    if (!allowBreaks && words.some((word) => measure(word, fontSize) > width)) return null
    const lineHeight = fontSize * options.lineHeightFactor
    const lines = trimmed === '' ? [] : wrapText(trimmed, width, fontSize, measure)
    return lines.length * lineHeight <= height
      ? { fontSize, lineHeight, lines, truncated: false }
      : null
  }
  // The largest size that fits. Widths scale with the size, so greedy wrapping never needs more
  // lines at a smaller size: what fits at one size fits at every smaller one, and a binary search
  // finds the same size as trying each in turn, in a few layouts instead of up to fifteen.
  const fitting = (allowBreaks: boolean): TextLayout | null => {
    const first = fitsAt(sizes[0]!, allowBreaks)
    if (first || sizes.length === 1) return first
    let fits = fitsAt(sizes[sizes.length - 1]!, allowBreaks)
    if (!fits) return null
    let lo = 0
    let hi = sizes.length - 1
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1
      const layout = fitsAt(sizes[mid]!, allowBreaks)
      if (layout) {
        hi = mid
        fits = layout
      } else lo = mid
    }
    return fits
  }
  const whole = fitting(false)
  if (whole && whole.fontSize === start) return whole
  const broken = fitting(true)
  if (
    whole &&
    (!broken ||
      whole.fontSize >= WHOLE_WORDS_READABLE ||
      whole.fontSize >= broken.fontSize * WHOLE_WORDS_MIN_RATIO)
  ) {
    return whole
  }
  if (broken) return broken

  const fontSize = sizes[sizes.length - 1] ?? start
  const lineHeight = fontSize * options.lineHeightFactor
  const lines = wrapText(trimmed, width, fontSize, measure)
  const kept = lines.slice(0, Math.max(1, Math.floor(height / lineHeight)))
  const last = kept.length - 1
  kept[last] = `${(kept[last] ?? '').replace(/.$/u, '')}${ELLIPSIS}`
  return { fontSize, lineHeight, lines: kept, truncated: true }
}

/**
 * Remembers layouts by text and box size. Bounded: the least recently used entries go first,
 * so a board with thousands of notes (or a long typing session) cannot grow it without end.
 */
export class TextLayoutCache {
  readonly #entries = new Map<string, TextLayout>()
  readonly #measure: MeasureText
  readonly #limit: number
  readonly #options: LayoutOptions

  constructor(
    measure: MeasureText = REGULAR_MEASURE,
    limit = 20_000,
    options: LayoutOptions = NOTE_TEXT_OPTIONS,
  ) {
    this.#measure = measure
    this.#limit = limit
    this.#options = options
  }

  get size(): number {
    return this.#entries.size
  }

  get(text: string, w: number, h: number): TextLayout {
    const key = `${w}x${h}\u0000${text}`
    const hit = this.#entries.get(key)
    if (hit) {
      this.#entries.delete(key)
      this.#entries.set(key, hit)
      return hit
    }
    const layout = layoutText(text, w, h, this.#measure, this.#options)
    this.#entries.set(key, layout)
    if (this.#entries.size > this.#limit) {
      const oldest = this.#entries.keys().next().value
      if (oldest !== undefined) this.#entries.delete(oldest)
    }
    return layout
  }

  clear(): void {
    this.#entries.clear()
  }
}
