/// <reference types="vite/client" />
import regular from 'source-sans/WOFF2/TTF/SourceSans3-Regular.ttf.woff2?url'
import semibold from 'source-sans/WOFF2/TTF/SourceSans3-Semibold.ttf.woff2?url'
import bold from 'source-sans/WOFF2/TTF/SourceSans3-Bold.ttf.woff2?url'
import type { FontWeight } from '../../../../shared/picture/primitives.ts'

/**
 * The app's one font: Source Sans 3 (SIL OFL), the family every export embeds too. The files
 * come from the `source-sans` package, bundled by Vite and served by Werkraum itself (the CSP
 * allows fonts from 'self' only): no font server, and no system font that would measure
 * differently from the exports. The TrueType-outline WOFF2 files are the same outlines as the TTF
 * files the server embeds, so the screen and an export rasterise the same glyphs.
 */
export const FONT_FAMILY = 'Source Sans 3'

/** The family as CSS writes it (quoted: it has spaces), for the in-place text fields. */
export const CSS_FONT_FAMILY = `"${FONT_FAMILY}"`

/** The weights the picture uses, and where each one's file lies in the bundle. */
const FONT_URLS: Readonly<Record<FontWeight, string>> = { 400: regular, 600: semibold, 700: bold }

/** The weights, in the order they are loaded. */
export const FONT_WEIGHTS: readonly FontWeight[] = [400, 600, 700]

/** The CSS font shorthand of the app font for canvas text at `size` CSS pixels. */
export function canvasFont(size: number, weight: FontWeight = 400): string {
  return `${weight} ${size}px ${CSS_FONT_FAMILY}`
}

let loading: Promise<void> | null = null
let loaded = false

/**
 * Registers the three faces (once) and resolves when all of them can be drawn. Text drawn
 * before that would be measured and drawn in a fallback font, wrapping differently from the
 * exports, so the canvas waits for it (see `appFontLoaded`). Never rejects: a face that fails to
 * load (a broken proxy) leaves the browser's fallback, which is still better than no board.
 */
export function loadAppFont(): Promise<void> {
  if (loading) return loading
  if (typeof document === 'undefined' || typeof FontFace === 'undefined') {
    loaded = true
    loading = Promise.resolve()
    return loading
  }
  loading = Promise.all(
    FONT_WEIGHTS.map(async (weight) => {
      const face = new FontFace(FONT_FAMILY, `url(${FONT_URLS[weight]}) format('woff2')`, {
        weight: String(weight),
        style: 'normal',
        display: 'swap',
      })
      document.fonts.add(face)
      await face.load()
    }),
  ).then(
    () => {
      loaded = true
    },
    () => {
      loaded = true
    },
  )
  return loading
}

/** True once `loadAppFont` settled: from then on canvas text is measured in the app font. */
export function appFontLoaded(): boolean {
  return loaded
}
