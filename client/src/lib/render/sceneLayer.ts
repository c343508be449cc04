import type { Camera } from '../board/camera.ts'
import type { Size } from '../board/geometry.ts'

/**
 * Board area drawn around the view into the cached layer, as a share of the view on each side:
 * panning within it only moves the cached picture. Larger margins mean fewer rebuilds but each
 * rebuild fills more pixels; a quarter keeps a rebuild near the cost of a plain frame.
 */
export const LAYER_MARGIN = 0.25

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

/** The region to draw a new layer for this view: the view plus LAYER_MARGIN on every side. */
export function layerRegionFor(camera: Camera, viewport: Size, key: string): LayerRegion {
  const mx = Math.ceil(viewport.width * LAYER_MARGIN)
  const my = Math.ceil(viewport.height * LAYER_MARGIN)
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
