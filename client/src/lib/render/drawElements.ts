import type {
  GroupPrimitive,
  ImagePrimitive,
  Primitive,
} from '../../../../shared/picture/primitives.ts'
import type { BoardElement } from '../../../../shared/schema/index.ts'
import { drawPrimitives, type CanvasBackendOptions } from './canvasBackend.ts'
import type { ElementPictures } from './elementPictures.ts'
import type { ImageSource } from './imageCache.ts'
import { LOD_ZOOM, titleSizeFor, type LevelOfDetail } from './levelOfDetail.ts'

export { LOD_ZOOM } from './levelOfDetail.ts'

export interface DrawContext {
  ctx: CanvasRenderingContext2D
  zoom: number
  /** The elements' descriptions (shared with every export), cached per element snapshot. */
  pictures: ElementPictures
  /** Loaded board images by asset hash; without it images are placeholders. */
  images?: ImageSource
  /** What stands for an image whose file cannot be loaded: the box that names it. */
  missingImage?: (image: ImagePrimitive) => Primitive
  /**
   * Which elements show their title alone at a readable size (zoomed out); without it every
   * element is drawn in full (its text dropped below LOD_ZOOM).
   */
  lod?: LevelOfDetail
}

/** Zoomed out, shadows and words go: a note is its colour, a card its surface and stripe. */
function zoomedOut(p: Primitive): boolean {
  return p.kind === 'text' || (p.kind === 'rect' && p.shadow === true)
}

/** Zoomed out with titles kept: only the shadows go (the title is set large enough to read). */
function shadow(p: Primitive): boolean {
  return p.kind === 'rect' && p.shadow === true
}

/** The backend's options for one zoom, made once per frame rather than once per element. */
const optionsCache = new WeakMap<
  DrawContext,
  { full: CanvasBackendOptions; titled: CanvasBackendOptions }
>()

function optionsFor(dc: DrawContext): { full: CanvasBackendOptions; titled: CanvasBackendOptions } {
  let o = optionsCache.get(dc)
  if (!o) {
    const base: CanvasBackendOptions = {
      zoom: dc.zoom,
      images: dc.images,
      screen: true,
      ...(dc.missingImage ? { missingImage: dc.missingImage } : {}),
    }
    const far = dc.zoom < LOD_ZOOM
    o = {
      full: far ? { ...base, skip: zoomedOut } : base,
      titled: far ? { ...base, skip: shadow } : base,
    }
    optionsCache.set(dc, o)
  }
  return o
}

/**
 * Draws one element in board coordinates (the context is already transformed): its shared
 * description through the Canvas 2D backend, with what only the screen adds (hairlines, no text
 * below a few pixels, no shadows or words when zoomed out, titles alone at a readable size where
 * the level of detail keeps them). Never throws.
 */
export function drawElement(dc: DrawContext, el: BoardElement): void {
  try {
    const titleSize = dc.lod ? titleSizeFor(dc.lod, el) : null
    const options = optionsFor(dc)
    if (titleSize !== null) {
      drawPrimitives(dc.ctx, [dc.pictures.titled(el, titleSize)], options.titled)
      return
    }
    const picture: GroupPrimitive = dc.pictures.get(el)
    drawPrimitives(dc.ctx, [picture], options.full)
  } catch {
    // A broken element must not stop the rest of the board from being drawn.
  }
}
