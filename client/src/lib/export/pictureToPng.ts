import type { Locale } from '../../../../shared/vocabulary/label.ts'
import { missingImageBox } from '../../../../shared/picture/missingImages.ts'
import type { Picture, Primitive } from '../../../../shared/picture/primitives.ts'
import { PICTURE_WORDS } from '../../../../shared/picture/wording.ts'
import { loadAppFont } from '../font/appFont.ts'
import { drawPrimitives } from '../render/canvasBackend.ts'
import type { ImageSource, ImageState } from '../render/imageCache.ts'

/** The scales a PNG is offered in: 1×, 2× and 3× the board's units. */
export type PngScale = 1 | 2 | 3
/** White for documents, transparent for putting the picture onto something else. */
export type PngBackground = 'white' | 'transparent'

/**
 * Most pixels a PNG may have (64 M, 256 MB while drawn). Browsers refuse canvases far larger
 * (Chromium at 268 M pixels or 32,767 a side) or freeze the tab on the way there: a board too
 * large for a scale is refused with the largest scale that fits, never drawn blank.
 */
export const MAX_PNG_PIXELS = 64_000_000
/** Most pixels along one side (below every browser's limit). */
export const MAX_PNG_SIDE = 16_384

/** A picture too large for the PNG asked for; `maxScale` is the largest that fits (0: none). */
export class PictureTooLargeError extends Error {
  constructor(
    readonly width: number,
    readonly height: number,
    readonly maxScale: number,
  ) {
    super(`A PNG of ${width} × ${height} pixels is larger than ${MAX_PNG_PIXELS} pixels`)
    this.name = 'PictureTooLargeError'
  }
}

/** The PNG's size in pixels for a picture at a scale (at least one pixel each way). */
export function pngSize(picture: Picture, scale: number): { width: number; height: number } {
  return {
    width: Math.max(1, Math.ceil(picture.bounds.w * scale)),
    height: Math.max(1, Math.ceil(picture.bounds.h * scale)),
  }
}

function fits(size: { width: number; height: number }): boolean {
  return (
    size.width * size.height <= MAX_PNG_PIXELS &&
    size.width <= MAX_PNG_SIDE &&
    size.height <= MAX_PNG_SIDE
  )
}

/** Loads an image's bytes by hash for the PNG; null when the board has none under it. */
export type LoadImage = (hash: string) => Promise<CanvasImageSource | null>

export interface PngOptions {
  scale: PngScale
  background: PngBackground
  /** The board's images; without it (or when one fails) an image is drawn as missing. */
  loadImage?: LoadImage
  /** The language a missing image is named in ("Bild fehlt: Lageplan"); German by default. */
  language?: Locale
}

function imageHashes(items: readonly Primitive[], into: Set<string>): Set<string> {
  for (const p of items) {
    if (p.kind === 'image') into.add(p.hash)
    else if (p.kind === 'group') imageHashes(p.children, into)
  }
  return into
}

/** Every image the picture uses, loaded before drawing (a PNG cannot draw them later). */
async function loadImages(picture: Picture, load: LoadImage | undefined): Promise<ImageSource> {
  const states = new Map<string, ImageState>()
  const missing = new Set(picture.missingImages ?? [])
  await Promise.all(
    [...imageHashes(picture.items, new Set())].map(async (hash) => {
      let image: CanvasImageSource | null = null
      if (load && !missing.has(hash)) image = await load(hash).catch(() => null)
      states.set(hash, image ? { status: 'ready', image } : { status: 'failed' })
    }),
  )
  return { get: (hash) => states.get(hash) ?? { status: 'failed' } }
}

type AnyCanvas = OffscreenCanvas | HTMLCanvasElement

function makeCanvas(width: number, height: number): AnyCanvas {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height)
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  return canvas
}

function toBlob(canvas: AnyCanvas): Promise<Blob> {
  if (!('toBlob' in canvas)) return canvas.convertToBlob({ type: 'image/png' })
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
  )
}

/**
 * Draws a picture into a PNG in the browser with the screen's own backend (the same one the
 * board is drawn with), at 1×, 2× or 3× its board units, on white or transparent. The app font
 * and every image are loaded first; a missing image is drawn as the box that names it, as the
 * SVG and PDF draw it.
 */
export async function pictureToPng(picture: Picture, options: PngOptions): Promise<Blob> {
  const size = pngSize(picture, options.scale)
  if (!fits(size)) {
    const maxScale = ([3, 2, 1] as const).find((s) => fits(pngSize(picture, s))) ?? 0
    throw new PictureTooLargeError(size.width, size.height, maxScale)
  }
  const [images] = await Promise.all([loadImages(picture, options.loadImage), loadAppFont()])
  const canvas = makeCanvas(size.width, size.height)
  const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D | null
  if (!ctx) throw new Error('This browser cannot draw a PNG here (no 2D canvas)')
  if (options.background === 'white') {
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, size.width, size.height)
  }
  const { x, y } = picture.bounds
  const s = options.scale
  ctx.setTransform(s, 0, 0, s, -x * s, -y * s)
  drawPrimitives(ctx, picture.items, {
    zoom: s,
    images,
    missingImage: (image) => missingImageBox(image, PICTURE_WORDS[options.language ?? 'de']),
  })
  return toBlob(canvas)
}
