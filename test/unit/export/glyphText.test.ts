import { describe, expect, test } from 'vitest'
import { GlyphText } from '../../../server/export/glyphText.ts'
import { placeCharacters } from '../../../shared/picture/font/measure.ts'

describe('GlyphText', () => {
  test('a line is a <use> per visible character at the metrics’ positions, outlines once', () => {
    const glyphs = new GlyphText()
    const markup = glyphs.markup({
      kind: 'text',
      lines: [{ text: 'Tag Tag', x: 100, y: 50 }],
      fontSize: 20,
      weight: 600,
      fill: '#000000',
      anchor: 'middle',
    })
    const xs = [...markup.matchAll(/<use href="#g600-\d+" x="(-?\d+)"\/>/g)].map((m) =>
      Number(m[1]),
    )
    // Six letters; the space has no outline.
    expect(xs).toHaveLength(6)
    const placed = placeCharacters('Tag Tag', 600).characters.filter((c) => c.cp !== 32)
    expect(xs).toEqual(placed.map((c) => Math.round(c.x * 1000)))
    // Centred: the group starts half the line's width left of x.
    const width = placeCharacters('Tag Tag', 600).width * 20
    expect(markup).toContain(`translate(${Math.round((100 - width / 2) * 100) / 100} 50)`)
    // Three distinct letters, each outline defined once.
    expect(glyphs.defs().match(/<path id=/g)).toHaveLength(3)
  })
})
