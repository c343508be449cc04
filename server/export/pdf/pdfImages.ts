import { Resvg } from '@resvg/resvg-js'
import { completeImage } from '../../assets/imageStructure.ts'
import { imageInfo } from '../../assets/imageInfo.ts'
import type { Primitive } from '../../../shared/picture/primitives.ts'

/**
 * Images are embedded at most at this resolution, at the largest size any page draws them:
 * print quality for a board, without a 12-megapixel photo making a 10 MB PDF.
 */
export const IMAGE_MAX_PPI = 150
/** The longest side an embedded image may have in pixels, however large a page draws it. */
export const IMAGE_MAX_SIDE_PX = 4096
/**
 * An image is redrawn smaller only when it has this much more resolution than the cap: a little
 * more is kept as it is (resampling costs quality and time for little gain).
 */
const DOWNSCALE_THRESHOLD = 1.25
/** Points per inch in PDF. */
const POINTS_PER_INCH = 72

/** An image's bytes as pdfkit embeds them (PNG or JPEG), at its capped resolution. */
export interface EmbeddableImage {
  bytes: Buffer
  width: number
  height: number
}

/** pdfkit's opened image (embedded once, drawn on as many pages as use it). */
export interface PdfImageHandle {
  width: number
  height: number
}

/**
 * The largest size in points each image is drawn at, over every page: `scale` is the page's
 * points per board unit. Walks groups; images inside a hidden (opacity 0) group still count.
 */
export function largestDrawnSizes(
  pages: readonly { items: readonly Primitive[]; scale: number }[],
): Map<string, { w: number; h: number }> {
  const sizes = new Map<string, { w: number; h: number }>()
  const visit = (items: readonly Primitive[], scale: number): void => {
    for (const item of items) {
      if (item.kind === 'group') visit(item.children, scale)
      if (item.kind !== 'image') continue
      const seen = sizes.get(item.hash) ?? { w: 0, h: 0 }
      sizes.set(item.hash, {
        w: Math.max(seen.w, item.w * scale),
        h: Math.max(seen.h, item.h * scale),
      })
    }
  }
  for (const page of pages) visit(page.items, page.scale)
  return sizes
}

/** The pixel size an image drawn at `drawn` points is embedded at: never larger than it is. */
export function cappedPixels(
  natural: { width: number; height: number },
  drawn: { w: number; h: number },
): { width: number; height: number } {
  const wanted =
    Math.max(drawn.w / natural.width, drawn.h / natural.height) * (IMAGE_MAX_PPI / POINTS_PER_INCH)
  const sideCap = IMAGE_MAX_SIDE_PX / Math.max(natural.width, natural.height)
  const factor = Math.min(1, wanted, sideCap)
  return {
    width: Math.max(1, Math.round(natural.width * factor)),
    height: Math.max(1, Math.round(natural.height * factor)),
  }
}

/**
 * An uploaded image made embeddable at its capped size, or null when its bytes are not a whole
 * PNG, JPEG, WebP or GIF (then the page names it as missing). PNG and JPEG not much larger than
 * the cap are embedded as they are; larger ones, and WebP and GIF (which PDF cannot hold), are
 * redrawn once as PNG by resvg at the capped size (the original kept if that is smaller).
 */
export function embeddableImage(
  bytes: Uint8Array,
  drawn: { w: number; h: number },
): EmbeddableImage | null {
  const header = imageInfo(bytes)
  const info = header ? completeImage(bytes, header) : null
  if (!info) return null
  let target = cappedPixels(info, drawn)
  const nativeToPdf = info.mime === 'image/png' || info.mime === 'image/jpeg'
  const original = { bytes: Buffer.from(bytes), width: info.width, height: info.height }
  const worthShrinking = target.width * DOWNSCALE_THRESHOLD < info.width
  if (nativeToPdf && !worthShrinking) return original
  if (!worthShrinking) target = { width: info.width, height: info.height }
  try {
    const data = Buffer.from(bytes).toString('base64')
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${target.width}" height="${target.height}">` +
      `<image href="data:${info.mime};base64,${data}" width="${target.width}" ` +
      `height="${target.height}" preserveAspectRatio="none"/></svg>`
    const png = new Resvg(svg, { font: { loadSystemFonts: false } }).render()
    const redrawn = { bytes: png.asPng(), width: png.width, height: png.height }
    // A photo's JPEG may stay smaller than the smaller PNG: keep the smaller file.
    return nativeToPdf && original.bytes.length <= redrawn.bytes.length ? original : redrawn
  } catch {
    return null
  }
}

/** Every image a file draws, made embeddable once (null: missing or unreadable, named as such). */
export async function loadImages(
  drawn: ReadonlyMap<string, { w: number; h: number }>,
  readAsset: (hash: string) => Promise<Uint8Array | null>,
): Promise<Map<string, EmbeddableImage | null>> {
  const images = new Map<string, EmbeddableImage | null>()
  for (const [hash, size] of drawn) {
    const raw = await readAsset(hash)
    images.set(hash, raw ? embeddableImage(raw, size) : null)
  }
  return images
}

/**
 * A lookup of the images' handles in `doc`: each image is embedded on first use and drawn by
 * reference after that, however many pages show it.
 */
export function imageHandles(
  doc: PDFKit.PDFDocument,
  images: ReadonlyMap<string, EmbeddableImage | null>,
): (hash: string) => PdfImageHandle | null {
  const handles = new Map<string, PdfImageHandle>()
  const open = doc as unknown as { openImage(src: Buffer): PdfImageHandle }
  return (hash) => {
    const image = images.get(hash)
    if (!image) return null
    let handle = handles.get(hash)
    if (!handle) {
      handle = open.openImage(image.bytes)
      handles.set(hash, handle)
    }
    return handle
  }
}

/** The names of the images a picture uses that the file will not hold, each once. */
export function missingImageNames(
  items: readonly Primitive[],
  images: ReadonlyMap<string, EmbeddableImage | null>,
): string[] {
  const names = new Set<string>()
  const visit = (list: readonly Primitive[]): void => {
    for (const item of list) {
      if (item.kind === 'group') visit(item.children)
      else if (item.kind === 'image' && !images.get(item.hash)) {
        names.add(item.alt.trim() !== '' ? `„${item.alt.trim()}“` : item.hash.slice(0, 12))
      }
    }
  }
  visit(items)
  return [...names]
}
