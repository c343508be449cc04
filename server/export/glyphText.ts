import { readFileSync } from 'node:fs'
import * as fontkit from 'fontkit'
import { placeCharacters } from '../../shared/picture/font/measure.ts'
import type { FontWeight, TextPrimitive } from '../../shared/picture/primitives.ts'
import { FONT_FILES } from './fonts.ts'

const fonts = new Map<FontWeight, fontkit.Font>()

function fontOf(weight: FontWeight): fontkit.Font {
  let font = fonts.get(weight)
  if (!font) {
    font = fontkit.create(new Uint8Array(readFileSync(FONT_FILES[weight])))
    fonts.set(weight, font)
  }
  return font
}

/** A number for SVG: at most two decimals. */
function num(n: number): string {
  return String(Math.round(n * 100) / 100)
}

/**
 * Text as glyph outlines for the rasteriser: each glyph's outline once in `<defs>`, each line a
 * group scaled to the font size with a `<use>` per character at the position the picture's
 * metrics give (kerning included). resvg sets `<text>` about three times slower than it draws
 * these, and the PNG looks the same: same font, same positions.
 */
export class GlyphText {
  readonly #defs = new Map<string, string>()

  /** The markup of one text primitive (its fill comes from the group around it). */
  markup = (text: TextPrimitive): string => {
    const font = fontOf(text.weight)
    const em = font.unitsPerEm
    const scale = text.fontSize / em
    let out = ''
    for (const line of text.lines) {
      if (line.text === '') continue
      const { characters, width } = placeCharacters(line.text, text.weight)
      const shift = text.anchor === 'start' ? 0 : text.anchor === 'middle' ? width / 2 : width
      const x0 = line.x - shift * text.fontSize
      let uses = ''
      for (const c of characters) {
        if (!font.hasGlyphForCodePoint(c.cp)) continue
        const glyph = font.glyphForCodePoint(c.cp)
        const id = `g${text.weight}-${glyph.id}`
        if (!this.#defs.has(id)) {
          const d = glyph.path.toSVG()
          this.#defs.set(id, d === '' ? '' : `<path id="${id}" d="${d}"/>`)
        }
        if (this.#defs.get(id) === '') continue
        uses += `<use href="#${id}" x="${Math.round(c.x * em)}"/>`
      }
      if (uses !== '') {
        out += `<g transform="translate(${num(x0)} ${num(line.y)}) scale(${scale} ${-scale})">${uses}</g>`
      }
    }
    return out
  }

  /** The outlines of every glyph used so far. */
  defs = (): string => [...this.#defs.values()].join('')
}
