import type { Camera } from '../geometry/camera.ts'
import type { Size } from '../geometry/geometry.ts'

/**
 * Board area drawn around the view into the cached layer, as a share of the view on each side:
 * panning within it only moves the cached picture. Larger margins mean fewer rebuilds but each
 * rebuild fills more pixels; a quarter keeps a rebuild near the cost of a plain frame.
 */
export const LAYER_MARGIN = 0.25

/**
 * Most device pixels the cached layer may have (4 bytes each: 48 MB). Uncapped, a quarter margin
 * is 2.25 × the canvas: about 75 MB at 1920 × 1080 and devicePixelRatio 2, on top of the canvas
 * itself. Above the cap the margin shrinks, so panning leaves the picture (and rebuilds it)
 * sooner; below MIN_LAYER_MARGIN there is no layer at all and every frame draws the board, as
 * rebuilding a picture barely larger than the view on almost every pan frame would cost more.
 */
export const MAX_LAYER_PIXELS = 12_000_000

/** A margin smaller than this (a tenth of the quarter) saves no work: draw directly instead. */
export const MIN_LAYER_MARGIN = 0.05

/**
 * The margin (share of the view on each side) for a layer of this view within `maxPixels`:
 * LAYER_MARGIN when it fits, less when it does not, null when not even MIN_LAYER_MARGIN fits.
 */
export function layerMarginFor(
  viewport: Size,
  dpr: number,
  maxPixels = MAX_LAYER_PIXELS,
): number | null {
  const viewPixels = viewport.width * viewport.height * dpr * dpr
  if (viewPixels <= 0) return null
  // (1 + 2m)² · view ≤ max  ⇔  m ≤ (√(max / view) − 1) / 2
  const fits = (Math.sqrt(maxPixels / viewPixels) - 1) / 2
  const margin = Math.min(LAYER_MARGIN, Math.floor(fits * 100) / 100)
  return margin >= MIN_LAYER_MARGIN ? margin : null
}

/** Where a cached layer was drawn: its top-left corner in board units, zoom and CSS size. */
export interface LayerRegion {
  x: number
  y: number
  zoom: number
  width: number
  height: number
  /** Everything else the picture depends on (document version, dpr, editing note, labels). */
  key: string
}

/** The region to draw a new layer for this view: the view plus `margin` of it on every side. */
export function layerRegionFor(
  camera: Camera,
  viewport: Size,
  key: string,
  margin = LAYER_MARGIN,
): LayerRegion {
  const mx = Math.ceil(viewport.width * margin)
  const my = Math.ceil(viewport.height * margin)
  return {
    x: camera.x - mx / camera.zoom,
    y: camera.y - my / camera.zoom,
    zoom: camera.zoom,
    width: viewport.width + 2 * mx,
    height: viewport.height + 2 * my,
    key,
  }
}

/** True when the layer shows this whole view as it would be drawn now (same zoom and key). */
export function layerCovers(
  layer: LayerRegion,
  camera: Camera,
  viewport: Size,
  key: string,
): boolean {
  if (layer.key !== key || layer.zoom !== camera.zoom) return false
  const z = camera.zoom
  // Compared in screen pixels, so a view exactly at the layer's edge still counts as covered.
  const left = (camera.x - layer.x) * z
  const top = (camera.y - layer.y) * z
  return (
    left >= 0 &&
    top >= 0 &&
    left + viewport.width <= layer.width &&
    top + viewport.height <= layer.height
  )
}

/** Where to put the layer on the canvas, in whole device pixels (sharp, no resampling). */
export function layerOffset(
  layer: LayerRegion,
  camera: Camera,
  dpr: number,
): { x: number; y: number } {
  return {
    x: Math.round((layer.x - camera.x) * camera.zoom * dpr),
    y: Math.round((layer.y - camera.y) * camera.zoom * dpr),
  }
}
