import * as fontkit from 'fontkit'
import { describe, expect, test } from 'vitest'
import { subsetFont } from '../../../server/export/fontSubset.ts'
import { measureText } from '../../../shared/picture/font/measure.ts'

const GERMAN = 'Straße „Öffentlichkeit“ – 12 € für ẞ Tag'

describe('subsetFont', () => {
  test('holds the glyphs of the characters used, mapped by a character map, and is small', () => {
    const bytes = subsetFont(400, GERMAN)
    const font = fontkit.create(bytes)
    expect(font.familyName).toBe('Source Sans 3')
    for (const ch of new Set(GERMAN)) {
      expect(font.hasGlyphForCodePoint(ch.codePointAt(0)!), ch).toBe(true)
    }
    expect(font.hasGlyphForCodePoint('x'.codePointAt(0)!)).toBe(false)
    // The whole regular TTF is about 390 KB; a short text's subset stays far below 20 KB.
    expect(bytes.length).toBeLessThan(20_000)
  })

  test('draws text as wide as the picture measured it, kerning included', () => {
    const font = fontkit.create(subsetFont(600, GERMAN))
    for (const text of ['Tag', 'Straße für 12 €', '„Öffentlichkeit“']) {
      const width = (font.layout(text).advanceWidth / font.unitsPerEm) * 20
      expect(width).toBeCloseTo(measureText(text, 20, 600), 4)
    }
  })

  test('a character the font lacks is left out, never an error', () => {
    const font = fontkit.create(subsetFont(700, 'a漢'))
    expect(font.hasGlyphForCodePoint('a'.codePointAt(0)!)).toBe(true)
    expect(font.hasGlyphForCodePoint('漢'.codePointAt(0)!)).toBe(false)
  })
})
