/**
 * The part of fontkit (installed with pdfkit) that Werkraum uses: reading the embedded font's
 * TTF files, shaping text (tests compare the picture's metrics with it) and subsetting fonts for
 * SVG. fontkit ships no types of its own.
 */
declare module 'fontkit' {
  export interface Glyph {
    id: number
    path: { toSVG(): string }
    advanceWidth: number
    codePoints: number[]
  }
  export interface GlyphPosition {
    xAdvance: number
    yAdvance: number
    xOffset: number
    yOffset: number
  }
  export interface GlyphRun {
    glyphs: Glyph[]
    positions: GlyphPosition[]
    advanceWidth: number
  }
  export interface Subset {
    includeGlyph(glyph: number | Glyph): number
    encode(): Uint8Array
  }
  export interface Font {
    familyName: string
    unitsPerEm: number
    ascent: number
    descent: number
    capHeight: number
    xHeight: number
    characterSet: number[]
    hasGlyphForCodePoint(codePoint: number): boolean
    glyphForCodePoint(codePoint: number): Glyph
    glyphsForString(text: string): Glyph[]
    layout(text: string): GlyphRun
    createSubset(): Subset
  }
  export function openSync(path: string): Font
  export function create(buffer: Uint8Array): Font
}
