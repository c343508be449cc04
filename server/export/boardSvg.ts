import { Resvg } from '@resvg/resvg-js'
import type { Picture } from '../../shared/picture/primitives.ts'
import {
  describeBoard,
  PictureScopeError,
  type DescribeOptions,
} from '../../shared/picture/describe/board.ts'
import {
  charactersByWeight,
  imageHashes,
  markMissingImages,
} from '../../shared/picture/missingImages.ts'
import { pictureToSvg } from '../../shared/picture/svg.ts'
import { PICTURE_WORDS } from '../../shared/picture/wording.ts'
import { elementsMap, readElement } from '../../shared/schema/index.ts'
import type { FontWeight, Primitive } from '../../shared/picture/primitives.ts'
import { imageInfo } from '../assets/imageInfo.ts'
import { subsetFont } from './fontSubset.ts'
import { GlyphText } from './glyphText.ts'
import { ExportRefused, type ExportJob } from './formats.ts'

/** Longest side, in pixels, of an image embedded in an exported picture. */
export const EXPORT_IMAGE_MAX_SIDE = 4096
/**
 * An image is downscaled only when it has this much more resolution than the picture shows: a
 * little more is kept as it is (resampling costs quality and time for little gain).
 */
const DOWNSCALE_THRESHOLD = 1.25

/** The part of the board a picture export shows, as the options ask; 400 for a bad scope. */
export function describeExport(job: ExportJob): Picture {
  const { options } = job
  const describe: DescribeOptions = { scope: options.scope, language: options.language }
  if (options.frame !== undefined) describe.frame = options.frame
  if (options.ids !== undefined) describe.ids = options.ids
  if (options.scope === 'frame' && options.frame === undefined) {
    throw new ExportRefused('frame_required', 'scope=frame needs frame=<the frame element id>.')
  }
  try {
    return describeBoard(job.doc, describe)
  } catch (err) {
    if (err instanceof PictureScopeError) {
      const code = err.code === 'unknownFrame' ? 'unknown_frame' : 'empty_selection'
      throw new ExportRefused(code, err.message)
    }
    throw err
  }
}

/** The picture's name: the board's title, and the frame's after it for one frame. */
export function exportTitle(job: ExportJob): string {
  const { options } = job
  if (options.scope !== 'frame' || options.frame === undefined) return job.title
  const frame = readElement(options.frame, elementsMap(job.doc).get(options.frame))
  if (frame.kind !== 'frame') return job.title
  const title = frame.text.trim() || PICTURE_WORDS[options.language].untitledFrame
  return `${job.title} – ${title}`
}

/** The largest size (board units) each image is drawn at in the picture. */
function drawnSizes(picture: Picture): Map<string, { w: number; h: number }> {
  const sizes = new Map<string, { w: number; h: number }>()
  const walk = (p: Primitive): void => {
    if (p.kind === 'image') {
      const seen = sizes.get(p.hash)
      sizes.set(p.hash, { w: Math.max(seen?.w ?? 0, p.w), h: Math.max(seen?.h ?? 0, p.h) })
    } else if (p.kind === 'group') p.children.forEach(walk)
  }
  picture.items.forEach(walk)
  return sizes
}

function dataUrl(mime: string, bytes: Uint8Array): string {
  return `data:${mime};base64,${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}`
}

/**
 * The image as a `data:` URL at no more resolution than `target` pixels need: a larger image is
 * drawn alone by resvg at the target size, and the smaller file of the two is kept (a photo's
 * JPEG may stay smaller than a downscaled PNG). Null when the bytes are not an image we know.
 */
export function cappedImage(bytes: Uint8Array, target: { w: number; h: number }): string | null {
  const info = imageInfo(bytes)
  if (!info) return null
  const original = dataUrl(info.mime, bytes)
  const fit = Math.min(
    1,
    target.w / info.width,
    target.h / info.height,
    EXPORT_IMAGE_MAX_SIDE / Math.max(info.width, info.height),
  )
  if (fit * DOWNSCALE_THRESHOLD >= 1) return original
  const w = Math.max(1, Math.round(info.width * fit))
  const h = Math.max(1, Math.round(info.height * fit))
  try {
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">` +
      `<image width="${w}" height="${h}" preserveAspectRatio="none" href="${original}"/></svg>`
    const png = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng()
    return png.length < bytes.length ? dataUrl('image/png', png) : original
  } catch {
    return original
  }
}

/** What a picture export writes: the SVG text and what it had to leave out. */
export interface BoardSvg {
  svg: string
  missingImages: readonly string[]
  /** Text primitives left out because they were smaller than asked for. */
  droppedTexts: number
}

/** How the picture becomes SVG. */
export interface PictureSvgOptions {
  /** Images are kept at this many pixels per board unit of their drawn size (at most). */
  pixelsPerUnit: number
  /** Embed the font's subsets (for SVG files; resvg reads the font files instead). */
  embedFonts: boolean
  /** Text set smaller than this (board units) is left out: it would not be legible. */
  minFontSize?: number
  /** Text as glyph outlines instead of `<text>` (for the rasteriser: faster, same look). */
  glyphs?: boolean
}

/** The picture without text smaller than `minFontSize`, and how many texts were left out. */
function withoutTinyText(picture: Picture, minFontSize: number): [Picture, number] {
  let dropped = 0
  const keep = (p: Primitive): Primitive | null => {
    if (p.kind === 'text' && p.fontSize < minFontSize) {
      dropped++
      return null
    }
    if (p.kind !== 'group') return p
    const children = p.children.map(keep).filter((c): c is Primitive => c !== null)
    return { ...p, children }
  }
  const items = picture.items.map(keep).filter((c): c is Primitive => c !== null)
  return [{ ...picture, items }, dropped]
}

/**
 * A picture of the board as SVG: images read and capped at `pixelsPerUnit` of their drawn size,
 * missing ones named (and told in a header), and with `embedFonts` the font subsets of the
 * characters used as `@font-face` data.
 */
export async function pictureSvg(
  job: ExportJob,
  picture: Picture,
  options: PictureSvgOptions,
): Promise<BoardSvg> {
  let droppedTexts = 0
  if (options.minFontSize !== undefined) {
    ;[picture, droppedTexts] = withoutTinyText(picture, options.minFontSize)
  }
  const sizes = drawnSizes(picture)
  const images = new Map<string, string>()
  for (const hash of imageHashes(picture)) {
    const bytes = await job.readAsset(hash)
    const size = sizes.get(hash) ?? { w: 1, h: 1 }
    const target = { w: size.w * options.pixelsPerUnit, h: size.h * options.pixelsPerUnit }
    const url = bytes ? cappedImage(bytes, target) : null
    if (url) images.set(hash, url)
  }
  const words = PICTURE_WORDS[job.options.language]
  const marked = markMissingImages(picture, (hash) => images.has(hash), words)
  const fonts: Partial<Record<FontWeight, string>> = {}
  if (options.embedFonts) {
    const characters = charactersByWeight(marked)
    for (const weight of [400, 600, 700] as const) {
      if (characters[weight] !== '') {
        fonts[weight] = dataUrl('font/ttf', subsetFont(weight, characters[weight]))
      }
    }
  }
  const glyphs = options.glyphs ? new GlyphText() : null
  const { svg, missingImages } = pictureToSvg(marked, {
    title: exportTitle(job),
    language: job.options.language,
    background: job.options.background,
    fonts,
    images,
    ...(glyphs ? { textMarkup: glyphs.markup, textDefs: glyphs.defs } : {}),
  })
  if (missingImages.length > 0) {
    job.header?.('X-Export-Missing-Images', missingImages.join(','))
  }
  return { svg, missingImages, droppedTexts }
}
