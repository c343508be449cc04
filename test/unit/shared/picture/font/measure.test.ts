import { createRequire } from 'node:module'
import * as fontkit from 'fontkit'
import { describe, expect, test } from 'vitest'
import {
  BASELINE_BELOW_MIDDLE,
  fontHasGlyph,
  measureText,
  placeCharacters,
} from '../../../../../shared/picture/font/measure.ts'
import type { FontWeight } from '../../../../../shared/picture/primitives.ts'

const require = createRequire(import.meta.url)
const FILES: Record<FontWeight, string> = {
  400: 'source-sans/TTF/SourceSans3-Regular.ttf',
  600: 'source-sans/TTF/SourceSans3-Semibold.ttf',
  700: 'source-sans/TTF/SourceSans3-Bold.ttf',
}
type Font = fontkit.Font
const fonts = Object.fromEntries(
  Object.entries(FILES).map(([w, f]) => [w, fontkit.openSync(require.resolve(f))]),
) as Record<FontWeight, Font>

/** The width fontkit's own shaper gives (kerning, ligatures and all), at `size`. */
function shaped(text: string, size: number, weight: FontWeight): number {
  const font = fonts[weight]
  return (font.layout(text).advanceWidth / font.unitsPerEm) * size
}

const GERMAN = [
  'Digitalisierungsbeauftragte:r',
  'Straße, Größe, Übergänge – „Öffentlichkeit“',
  'GROSSE STRASSE mit ẞ',
  'Wer pflegt die Daten? 1.250 € für den Träger.',
  'Verwaltung · Daten & Infrastruktur',
  'Tagesordnung: Aufgaben, Verantwortung, Vertretung',
  'Ärger über Öffnungszeiten – Jugendamt',
]

describe('measureText', () => {
  for (const weight of [400, 600, 700] as const) {
    test(`matches fontkit's layout of German text at weight ${weight}`, () => {
      for (const text of GERMAN) {
        const ours = measureText(text, 20, weight)
        const theirs = shaped(text, 20, weight)
        // Ligatures and kerning outside the measured set may differ by a hair, never more.
        expect(Math.abs(ours - theirs)).toBeLessThan(theirs * 0.005)
      }
    })
  }

  test('kerning is applied: "Ta" is narrower than T plus a', () => {
    const pair = measureText('Ta', 100)
    expect(pair).toBeLessThan(measureText('T', 100) + measureText('a', 100))
    expect(pair).toBeCloseTo(shaped('Ta', 100, 400), 3)
  })

  test('scales linearly with the font size, and bold is wider than regular', () => {
    expect(measureText('Rathaus', 40)).toBeCloseTo(2 * measureText('Rathaus', 20), 6)
    expect(measureText('Rathaus', 20, 700)).toBeGreaterThan(measureText('Rathaus', 20, 400))
    expect(measureText('', 20)).toBe(0)
  })

  test('covers the German set, and gives unknown characters a sensible width', () => {
    for (const ch of 'äöüÄÖÜßẞ„“‚‘–—…€≠•·') expect(fontHasGlyph(ch.codePointAt(0)!)).toBe(true)
    const o = measureText('o', 20)
    // A character the font lacks (Devanagari) is as wide as an average letter.
    expect(fontHasGlyph(0x0915)).toBe(false)
    expect(measureText('क', 20)).toBeCloseTo(o, 6)
    // East Asian characters and emoji (a surrogate pair) take an em; joiners take nothing.
    expect(measureText('漢', 20)).toBe(20)
    expect(measureText('🙂', 20)).toBe(20)
    expect(measureText('a\u200db', 20)).toBeCloseTo(measureText('ab', 20), 6)
    // A lone surrogate neither throws nor swallows the next character.
    expect(measureText('\ud800x', 20)).toBeGreaterThan(measureText('x', 20))
  })

  test('the baseline sits below the middle of the line by the centred ascender and descender', () => {
    expect(BASELINE_BELOW_MIDDLE).toBeCloseTo((1000 - 326) / 2 / 1000, 6)
  })
})

describe('placeCharacters', () => {
  test('places each character where fontkit places its glyph, kerning included', () => {
    // No ligatures here: fontkit would draw one glyph for two characters.
    const text = 'Tag „Übergang“ – Straße, Wolke'
    const font = fonts[400]
    const run = font.layout(text)
    const placed = placeCharacters(text, 400)
    let x = 0
    run.positions.forEach((position, i) => {
      expect(placed.characters[i]!.x).toBeCloseTo(x / font.unitsPerEm, 4)
      x += position.xAdvance
    })
    expect(placed.width).toBeCloseTo(measureText(text, 1), 6)
  })
})
