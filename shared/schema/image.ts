import type * as Y from 'yjs'
import { ASSET_HASH_PATTERN, isAssetMime, type AssetMime } from '../assets.ts'
import { readBase, type ElementBase, type UnknownElement } from './element.ts'

/** Longest alt text an image keeps; longer input is cut. */
export const IMAGE_ALT_MAX = 1000
/** The longer side of a new image on the board, in board units, when the picture is larger. */
export const IMAGE_MAX_SIDE = 480
/** The shorter side of a new image is at least this (a 1-pixel icon stays grabbable). */
export const IMAGE_MIN_SIDE = 24

/**
 * A picture uploaded to the board. The bytes live on the server under their SHA-256 (`asset`);
 * the element holds only the reference, the natural size and the alt text. `w` and `h` are the
 * size on the board, which people may resize.
 */
export interface ImageElement extends ElementBase {
  kind: 'image'
  type: 'image'
  /** SHA-256 of the image bytes (lower-case hex): `GET /api/boards/:id/assets/<asset>`. */
  asset: string
  /** The image type the server stored; null when the document holds none it knows. */
  mime: AssetMime | null
  /** Natural size in pixels. */
  width: number
  height: number
  /** Text alternative for the list view and screen readers; '' when nobody wrote one. */
  alt: string
}

function isPixels(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= 1e6
}

export function readImage(id: string, map: Y.Map<unknown>): ImageElement | UnknownElement {
  const { base, problem } = readBase(id, map)
  if (problem) return { ...base, kind: 'unknown', reason: problem }
  const asset = map.get('asset')
  if (typeof asset !== 'string' || !ASSET_HASH_PATTERN.test(asset)) {
    return { ...base, kind: 'unknown', reason: 'invalid image asset' }
  }
  const mime = map.get('mime')
  const width = map.get('width')
  const height = map.get('height')
  const alt = map.get('alt')
  return {
    ...base,
    kind: 'image',
    type: 'image',
    asset,
    mime: isAssetMime(mime) ? mime : null,
    width: isPixels(width) ? width : Math.round(base.w),
    height: isPixels(height) ? height : Math.round(base.h),
    alt: typeof alt === 'string' ? alt.slice(0, IMAGE_ALT_MAX) : '',
  }
}

/**
 * The size a picture of `width` × `height` pixels gets on the board: its natural size, scaled
 * down so the longer side is at most `maxSide`, and up so the shorter side is at least
 * IMAGE_MIN_SIDE as far as the longer side allows; the aspect ratio is kept (whole units, so it may be off by under one unit).
 */
export function fitImageSize(
  width: number,
  height: number,
  maxSide = IMAGE_MAX_SIDE,
): { w: number; h: number } {
  const natural = (v: number): number => (Number.isFinite(v) && v > 0 ? v : 1)
  const nw = natural(width)
  const nh = natural(height)
  const longest = maxSide / Math.max(nw, nh)
  let scale = Math.min(1, longest)
  // Scale a tiny picture up, but never past maxSide: a thin banner stays thin.
  if (Math.min(nw, nh) * scale < IMAGE_MIN_SIDE) {
    scale = Math.min(IMAGE_MIN_SIDE / Math.min(nw, nh), longest)
  }
  return { w: Math.max(1, Math.round(nw * scale)), h: Math.max(1, Math.round(nh * scale)) }
}
