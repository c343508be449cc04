import type { Point, Rect, Size } from './geometry.ts'

/**
 * What part of the board the viewport shows: (x, y) is the board point at the viewport's
 * top-left corner, zoom is screen pixels per board unit. Pure functions, no DOM.
 */
export interface Camera {
  x: number
  y: number
  zoom: number
}

/** Parts of the viewport covered by floating controls (toolbar, zoom buttons), in pixels. */
export interface Insets {
  top: number
  right: number
  bottom: number
  left: number
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 }

export const MIN_ZOOM = 0.02
export const MAX_ZOOM = 4
/** Zoom step of the buttons and keys (+/−). */
export const ZOOM_STEP = 1.25

export function clampZoom(zoom: number): number {
  if (!Number.isFinite(zoom)) return 1
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom))
}

export function screenToBoard(camera: Camera, p: Point): Point {
  return { x: camera.x + p.x / camera.zoom, y: camera.y + p.y / camera.zoom }
}

export function boardToScreen(camera: Camera, p: Point): Point {
  return { x: (p.x - camera.x) * camera.zoom, y: (p.y - camera.y) * camera.zoom }
}

/** Zooms to `zoom` so that the board point under `screenPoint` stays under it. */
export function zoomAt(camera: Camera, screenPoint: Point, zoom: number): Camera {
  const next = clampZoom(zoom)
  const anchor = screenToBoard(camera, screenPoint)
  return { x: anchor.x - screenPoint.x / next, y: anchor.y - screenPoint.y / next, zoom: next }
}

export function zoomBy(camera: Camera, screenPoint: Point, factor: number): Camera {
  return zoomAt(camera, screenPoint, camera.zoom * factor)
}

/** Moves the view so the content follows a pointer that moved by (dx, dy) screen pixels. */
export function panBy(camera: Camera, dx: number, dy: number): Camera {
  return { x: camera.x - dx / camera.zoom, y: camera.y - dy / camera.zoom, zoom: camera.zoom }
}

/** The board rectangle the viewport shows. */
export function visibleRect(camera: Camera, viewport: Size): Rect {
  return {
    x: camera.x,
    y: camera.y,
    w: viewport.width / camera.zoom,
    h: viewport.height / camera.zoom,
  }
}

/** Keeps the zoom and puts `point` (board units) in the middle of the uncovered viewport. */
export function centerOn(
  camera: Camera,
  point: Point,
  viewport: Size,
  insets: Insets = NO_INSETS,
): Camera {
  const middleX = insets.left + (viewport.width - insets.left - insets.right) / 2
  const middleY = insets.top + (viewport.height - insets.top - insets.bottom) / 2
  return {
    x: point.x - middleX / camera.zoom,
    y: point.y - middleY / camera.zoom,
    zoom: camera.zoom,
  }
}

/** The board point in the middle of the viewport. */
export function viewCenter(camera: Camera, viewport: Size): Point {
  return screenToBoard(camera, { x: viewport.width / 2, y: viewport.height / 2 })
}

/**
 * A camera showing all of `bounds` with `padding` screen pixels around it, centred in the part
 * of the viewport no control covers, never zoomed in beyond `maxZoom` (a single note should not
 * fill a projector). Null bounds: the origin at 100 %.
 */
export function zoomToFit(
  bounds: Rect | null,
  viewport: Size,
  insets: Insets = NO_INSETS,
  padding = 48,
  maxZoom = 1,
): Camera {
  if (!bounds || viewport.width <= 0 || viewport.height <= 0) {
    return centerOn({ x: 0, y: 0, zoom: 1 }, { x: 0, y: 0 }, viewport, insets)
  }
  const availableW = Math.max(1, viewport.width - insets.left - insets.right - 2 * padding)
  const availableH = Math.max(1, viewport.height - insets.top - insets.bottom - 2 * padding)
  const fit = Math.min(availableW / Math.max(bounds.w, 1), availableH / Math.max(bounds.h, 1))
  const zoom = clampZoom(Math.min(fit, maxZoom))
  return centerOn(
    { x: 0, y: 0, zoom },
    { x: bounds.x + bounds.w / 2, y: bounds.y + bounds.h / 2 },
    viewport,
    insets,
  )
}

export function sameCamera(a: Camera, b: Camera): boolean {
  return a.x === b.x && a.y === b.y && a.zoom === b.zoom
}
