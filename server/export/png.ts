import { Resvg } from '@resvg/resvg-js'
import type { Picture, Primitive } from '../../shared/picture/primitives.ts'
import { describeExport, pictureSvg } from './boardSvg.ts'
import { FONT_FAMILY, FONT_FILES } from './fonts.ts'
import { registerExportFormat } from './formats.ts'

/**
 * Most pixels a PNG export may have (100 MB of RGBA while it is drawn): a huge board at 3× is
 * drawn at the largest scale that fits, and the answer says so.
 */
export const PNG_MAX_PIXELS = 25_000_000
/** Longest side of a PNG export in pixels (what image viewers and browsers still open). */
export const PNG_MAX_SIDE = 16_384

/**
 * Text smaller than this many pixels in the PNG is left out, as the screen leaves it out when
 * zoomed far out: illegible anyway, and setting it is most of the rasteriser's time on a big
 * board.
 */
export const PNG_MIN_TEXT_PIXELS = 5

/**
 * Most characters a PNG sets (each a glyph outline the rasteriser draws, about 20 µs apiece and
 * bounded by its node limit): on a bigger board the smallest text is left out first, and the
 * answer says how much.
 */
export const PNG_MAX_GLYPHS = 200_000

/**
 * The smallest font size (board units) whose text is set: everything at least `legible` units,
 * and of that the largest text first while the glyphs stay within PNG_MAX_GLYPHS.
 */
export function smallestSetFontSize(picture: Picture, legible: number): number {
  const glyphsBySize = new Map<number, number>()
  const walk = (p: Primitive): void => {
    if (p.kind === 'group') p.children.forEach(walk)
    else if (p.kind === 'text' && p.fontSize >= legible) {
      let count = 0
      for (const line of p.lines) count += line.text.length
      glyphsBySize.set(p.fontSize, (glyphsBySize.get(p.fontSize) ?? 0) + count)
    }
  }
  picture.items.forEach(walk)
  let total = 0
  for (const size of [...glyphsBySize.keys()].sort((a, b) => b - a)) {
    total += glyphsBySize.get(size)!
    // This size does not fit: only larger text is set.
    if (total > PNG_MAX_GLYPHS) return size + 1e-9
  }
  return legible
}

/** The scale a picture of `w` × `h` board units is drawn at: the one asked for, or what fits. */
export function pngScale(w: number, h: number, asked: number): number {
  const fitsPixels = Math.sqrt(PNG_MAX_PIXELS / Math.max(1, w * h))
  const fitsSide = PNG_MAX_SIDE / Math.max(1, w, h)
  const scale = Math.min(asked, fitsPixels, fitsSide)
  // Two decimals, rounded down so the limit holds.
  return scale >= asked ? asked : Math.max(0.01, Math.floor(scale * 100) / 100)
}

/**
 * An SVG of the picture as PNG at `scale`, drawn by resvg with the embedded font's files and no
 * system fonts, on white or transparent. It runs in the export worker's own thread, which yields
 * the CPU to the rooms (exportThread.ts); resvg's asynchronous render would run in libuv's shared
 * thread pool instead, at the rooms' priority.
 */
export async function svgToPng(
  svg: string,
  scale: number,
  background: 'white' | 'transparent',
): Promise<Uint8Array> {
  const image = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: Object.values(FONT_FILES),
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    ...(background === 'white' ? { background: '#ffffff' } : {}),
  }).render()
  const png = image.asPng()
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength)
}

/**
 * `png`: the picture rasterised on the server from the same SVG, by resvg (in its own thread
 * pool, off the event loop) with the embedded font's files and no system fonts, at 1×, 2× or 3×
 * on white or transparent. `X-Export-Scale` says the scale drawn; when it had to be lowered, or
 * text too small to read was left out, `X-Export-Notice` says so.
 */
registerExportFormat({
  id: 'png',
  contentType: 'image/png',
  extension: 'png',
  async write(job) {
    const asked = job.options.scale
    const picture = describeExport(job)
    const scale = pngScale(picture.bounds.w, picture.bounds.h, asked)
    const { svg, droppedTexts } = await pictureSvg(job, picture, {
      pixelsPerUnit: scale,
      embedFonts: false,
      minFontSize: smallestSetFontSize(picture, PNG_MIN_TEXT_PIXELS / scale),
      glyphs: true,
    })
    job.header?.('X-Export-Scale', String(scale))
    const notices: string[] = []
    if (scale < asked) {
      notices.push(
        `scale lowered from ${asked} to ${scale}: at ${asked}x the picture would exceed ` +
          `${PNG_MAX_PIXELS} pixels or ${PNG_MAX_SIDE} pixels a side`,
      )
    }
    if (droppedTexts > 0) {
      notices.push(
        `${droppedTexts} texts left out: smaller than ${PNG_MIN_TEXT_PIXELS} pixels, or beyond ` +
          `${PNG_MAX_GLYPHS} characters (the smallest first)`,
      )
    }
    if (notices.length > 0) job.header?.('X-Export-Notice', notices.join('; '))
    return svgToPng(svg, scale, job.options.background)
  },
})
