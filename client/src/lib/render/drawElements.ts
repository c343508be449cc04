import type {
  GroupPrimitive,
  ImagePrimitive,
  Primitive,
} from '../../../../shared/picture/primitives.ts'
import type { BoardElement } from '../../../../shared/schema/index.ts'
import { drawPrimitives, type CanvasBackendOptions } from './canvasBackend.ts'
import type { ElementPictures } from './elementPictures.ts'
import type { ImageSource } from './imageCache.ts'

/** Below this zoom notes and cards are plain coloured shapes: text would be unreadable anyway. */
export const LOD_ZOOM = 0.25

export interface DrawContext {
  ctx: CanvasRenderingContext2D
  zoom: number
  /** The elements' descriptions (shared with every export), cached per element snapshot. */
  pictures: ElementPictures
  /** Loaded board images by asset hash; without it images are placeholders. */
  images?: ImageSource
  /** What stands for an image whose file cannot be loaded: the box that names it. */
  missingImage?: (image: ImagePrimitive) => Primitive
}

/** Zoomed out, shadows and words go: a note is its colour, a card its surface and stripe. */
function zoomedOut(p: Primitive): boolean {
  return p.kind === 'text' || (p.kind === 'rect' && p.shadow === true)
}

/** The backend's options for one zoom, made once per frame rather than once per element. */
const optionsCache = new WeakMap<DrawContext, CanvasBackendOptions>()

function optionsFor(dc: DrawContext): CanvasBackendOptions {
  let o = optionsCache.get(dc)
  if (!o) {
    o = {
      zoom: dc.zoom,
      images: dc.images,
      screen: true,
      ...(dc.missingImage ? { missingImage: dc.missingImage } : {}),
      ...(dc.zoom < LOD_ZOOM ? { skip: zoomedOut } : {}),
    }
    optionsCache.set(dc, o)
  }
  return o
}

/**
 * Draws one element in board coordinates (the context is already transformed): its shared
 * description through the Canvas 2D backend, with what only the screen adds (hairlines, no text
 * below a few pixels, no shadows or words when zoomed out). Never throws.
 */
export function drawElement(dc: DrawContext, el: BoardElement): void {
  try {
    const picture: GroupPrimitive = dc.pictures.get(el)
    drawPrimitives(dc.ctx, [picture], optionsFor(dc))
  } catch {
    // A broken element must not stop the rest of the board from being drawn.
  }
}
