import type { FontWeight } from '../primitives.ts'
import { FONT_METRICS, type FontMetrics } from './metrics.ts'

/**
 * Text widths from the embedded font's metrics (Source Sans 3), the same on screen, in SVG, PNG
 * and PDF: a note wraps at the same word everywhere. Built into flat tables once, so measuring is
 * a loop over the string without allocation (10,000 notes lay out in a blink).
 */

/** Code points below this are looked up in a flat table; the few measured above it in a map. */
const TABLE_END = 0x2800
/** Marks a code point the font has no glyph for (0 is a real width: combining marks). */
const MISSING = -1

/** One weight's tables, widths in em (font size 1). */
interface Face {
  advances: Float32Array
  wide: Map<number, number>
  /** 1 + the code point's row in the kerning matrix; 0 when it is not kerned. */
  kernIndex: Uint8Array
  kern: Float32Array
  kerned: number
  /** Width given to a character the font lacks, unless it is wide or invisible. */
  fallback: number
}

function buildFace(m: FontMetrics): Face {
  const em = m.unitsPerEm
  const advances = new Float32Array(TABLE_END).fill(MISSING)
  const wide = new Map<number, number>()
  for (const [start, widths] of m.ranges) {
    widths.forEach((w, i) => {
      const cp = start + i
      if (w === 0 && !isMark(cp)) return
      if (cp < TABLE_END) advances[cp] = w / em
      else wide.set(cp, w / em)
    })
  }
  const { pairs, values } = m.kerning
  const chars: number[] = []
  const kernIndex = new Uint8Array(TABLE_END)
  for (let i = 0; i < pairs.length; i++) {
    const cp = pairs.charCodeAt(i)
    if (kernIndex[cp] === 0) {
      chars.push(cp)
      kernIndex[cp] = chars.length
    }
  }
  const kerned = chars.length
  const kern = new Float32Array(kerned * kerned)
  for (let p = 0; p < values.length; p++) {
    const a = (kernIndex[pairs.charCodeAt(2 * p)] ?? 1) - 1
    const b = (kernIndex[pairs.charCodeAt(2 * p + 1)] ?? 1) - 1
    kern[a * kerned + b] = (values[p] ?? 0) / em
  }
  const fallback = advances[0x6f] ?? 0.5 // 'o': an average letter
  return { advances, wide, kernIndex, kern, kerned, fallback }
}

/** Combining marks: drawn over the previous letter, no width of their own. */
function isMark(cp: number): boolean {
  return cp >= 0x300 && cp < 0x370
}

/** Characters with no width: joiners, variation selectors, soft hyphen-like controls. */
function isInvisible(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    isMark(cp)
  )
}

/** East Asian wide characters and emoji: about one em wide in any font that has them. */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f000 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  )
}

function unknownAdvance(face: Face, cp: number): number {
  if (isInvisible(cp)) return 0
  return isWide(cp) ? 1 : face.fallback
}

const FACES: Record<FontWeight, Face> = {
  400: buildFace(FONT_METRICS[400]),
  600: buildFace(FONT_METRICS[600]),
  700: buildFace(FONT_METRICS[700]),
}

/**
 * Width of `text` set in the embedded font at `fontSize` (board units), with kerning between
 * the letters and punctuation German text uses. A character the font lacks gets the width of an
 * average letter (an em for East Asian characters and emoji, none for joiners and marks).
 */
export function measureText(text: string, fontSize: number, weight: FontWeight = 400): number {
  const face = FACES[weight]
  const { advances, kernIndex, kern, kerned } = face
  let width = 0
  let previous = 0
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i)
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1)
      if (low >= 0xdc00 && low < 0xe000) {
        cp = ((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000
        i++
      }
    }
    let advance: number
    let k = 0
    if (cp < TABLE_END) {
      advance = advances[cp] as number
      if (advance === MISSING) advance = unknownAdvance(face, cp)
      k = kernIndex[cp] as number
      if (k !== 0 && previous !== 0) advance += kern[(previous - 1) * kerned + k - 1] as number
    } else {
      advance = face.wide.get(cp) ?? unknownAdvance(face, cp)
    }
    previous = k
    width += advance
  }
  return width * fontSize
}

/** One character of a laid-out line: its code point and where it starts, in em from the line's start. */
export interface PlacedCharacter {
  cp: number
  x: number
}

/**
 * Where each character of `text` starts (in em), by the same advances and kerning as
 * measureText: for backends that draw glyphs themselves. Returns the characters and the width.
 */
export function placeCharacters(
  text: string,
  weight: FontWeight = 400,
): { characters: PlacedCharacter[]; width: number } {
  const face = FACES[weight]
  const characters: PlacedCharacter[] = []
  let x = 0
  let previous = 0
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    let advance: number
    let k = 0
    if (cp < TABLE_END) {
      advance = face.advances[cp] as number
      if (advance === MISSING) advance = unknownAdvance(face, cp)
      k = face.kernIndex[cp] as number
      // The pair's kerning moves this character, as measureText counts it.
      if (k !== 0 && previous !== 0) x += face.kern[(previous - 1) * face.kerned + k - 1] as number
    } else {
      advance = face.wide.get(cp) ?? unknownAdvance(face, cp)
    }
    characters.push({ cp, x })
    previous = k
    x += advance
  }
  return { characters, width: x }
}

/** True when the embedded font draws this character itself (no stand-in width). */
export function fontHasGlyph(cp: number, weight: FontWeight = 400): boolean {
  const face = FACES[weight]
  return cp < TABLE_END ? face.advances[cp] !== MISSING : face.wide.has(cp)
}

const REGULAR = FONT_METRICS[400]

/**
 * How far below the middle of a line its baseline lies, as a share of the font size: the font's
 * ascender and descender centred on the line, as CSS centres a line box. Every backend draws
 * text on the baseline this gives, so text sits alike on screen and in every file.
 */
export const BASELINE_BELOW_MIDDLE = (REGULAR.ascender + REGULAR.descender) / 2 / REGULAR.unitsPerEm

/** Height above the baseline that the font's tallest letters reach, as a share of the font size. */
export const FONT_ASCENT = REGULAR.ascender / REGULAR.unitsPerEm
/** Depth below the baseline of the font's descenders, as a share of the font size (positive). */
export const FONT_DESCENT = -REGULAR.descender / REGULAR.unitsPerEm
