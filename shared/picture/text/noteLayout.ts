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

/** Breaks a word wider than the line into pieces that fit, each but the last with a hyphen. */
function breakWord(word: string, width: number, fontSize: number, measure: MeasureText): string[] {
  const pieces: string[] = []
  let current = ''
  for (const ch of word) {
    if (current && measure(`${current}${ch}-`, fontSize) > width) {
      pieces.push(/[-/:]$/.test(current) ? current : `${current}-`)
      current = ch
    } else current += ch
  }
  if (current) pieces.push(current)
  return pieces
}

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
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word
      if (measure(candidate, fontSize) <= width) {
        line = candidate
        continue
      }
      if (line) lines.push(line)
      if (measure(word, fontSize) <= width) {
        line = word
      } else {
        const pieces = breakWord(word, width, fontSize, measure)
        line = pieces.pop() ?? ''
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
 * Lays `text` out in a w × h box: the largest font size at which all of it fits, keeping words
 * whole where that costs little; if even the smallest font cannot fit it, the last visible line
 * ends with an ellipsis.
 */
export function layoutText(
  text: string,
  w: number,
  h: number,
  measure: MeasureText = REGULAR_MEASURE,
  options: LayoutOptions = NOTE_TEXT_OPTIONS,
): TextLayout {
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
