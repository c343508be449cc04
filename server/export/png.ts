import { renderAsync } from '@resvg/resvg-js'
import { boardSvg } from './boardSvg.ts'
import { FONT_FAMILY, FONT_FILES } from './fonts.ts'
import { registerExportFormat } from './formats.ts'

/**
 * Most pixels a PNG export may have (100 MB of RGBA while it is drawn): a huge board at 3× is
 * drawn at the largest scale that fits, and the answer says so.
 */
export const PNG_MAX_PIXELS = 25_000_000
/** Longest side of a PNG export in pixels (what image viewers and browsers still open). */
export const PNG_MAX_SIDE = 16_384

/** The scale a picture of `w` × `h` board units is drawn at: the one asked for, or what fits. */
export function pngScale(w: number, h: number, asked: number): number {
  const fitsPixels = Math.sqrt(PNG_MAX_PIXELS / Math.max(1, w * h))
  const fitsSide = PNG_MAX_SIDE / Math.max(1, w, h)
  const scale = Math.min(asked, fitsPixels, fitsSide)
  // Two decimals, rounded down so the limit holds.
  return scale >= asked ? asked : Math.max(0.01, Math.floor(scale * 100) / 100)
}

/**
 * `png`: the picture rasterised on the server from the same SVG, by resvg (in its own thread
 * pool, off the event loop) with the embedded font's files and no system fonts, at 1×, 2× or 3×
 * on white or transparent. `X-Export-Scale` says the scale drawn; when it had to be lowered,
 * `X-Export-Notice` says why.
 */
registerExportFormat({
  id: 'png',
  contentType: 'image/png',
  extension: 'png',
  async write(job) {
    const asked = job.options.scale
    // Images are read at the asked scale; a lowered scale only makes them sharper than needed.
    const { svg, bounds } = await boardSvg(job, asked, false)
    const scale = pngScale(bounds.w, bounds.h, asked)
    job.header?.('X-Export-Scale', String(scale))
    if (scale < asked) {
      job.header?.(
        'X-Export-Notice',
        `scale lowered from ${asked} to ${scale}: at ${asked}x the picture would exceed ` +
          `${PNG_MAX_PIXELS} pixels or ${PNG_MAX_SIDE} pixels a side`,
      )
    }
    const image = await renderAsync(svg, {
      fitTo: { mode: 'zoom', value: scale },
      font: {
        loadSystemFonts: false,
        fontFiles: Object.values(FONT_FILES),
        defaultFontFamily: FONT_FAMILY,
        sansSerifFamily: FONT_FAMILY,
      },
      ...(job.options.background === 'white' ? { background: '#ffffff' } : {}),
    })
    const png = image.asPng()
    return new Uint8Array(png.buffer, png.byteOffset, png.byteLength)
  },
})
