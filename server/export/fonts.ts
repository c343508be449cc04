import { createRequire } from 'node:module'
import type { FontWeight } from '../../shared/picture/primitives.ts'

const require = createRequire(import.meta.url)

/** The family name every output writes: the app, SVG, PNG and PDF all use Source Sans 3. */
export const FONT_FAMILY = 'Source Sans 3'

/**
 * The font files (TTF: pdfkit's subsetting broke on WOFF2 and resvg ignores it) of each weight
 * the picture uses, from the `source-sans` package, so nothing is fetched from a font server and
 * no system font stands in.
 */
export const FONT_FILES: Readonly<Record<FontWeight, string>> = {
  400: require.resolve('source-sans/TTF/SourceSans3-Regular.ttf'),
  600: require.resolve('source-sans/TTF/SourceSans3-Semibold.ttf'),
  700: require.resolve('source-sans/TTF/SourceSans3-Bold.ttf'),
}
