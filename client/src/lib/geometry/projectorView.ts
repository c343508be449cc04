import { centerOn, NO_INSETS, zoomToFit, type Camera } from './camera.ts'
import { rectCenter, type Rect, type Size } from './geometry.ts'

/**
 * The least zoom the projector view shows the board at: larger type than a laptop zoomed out to
 * everything (the canvas draws words from 25 %), while the ecosystem map (1,640 units high)
 * still fits a 720-line beamer whole. A presentation zoomed out further is shown around its
 * middle at this zoom; the whole board, when it does not fit, gives way to its first frame.
 */
export const PROJECTOR_MIN_ZOOM = 0.4
/** The most the projector zooms in on a small board or view (a single note should not fill it). */
export const PROJECTOR_MAX_ZOOM = 2
/** Space around what the projector shows, in screen pixels. */
const PADDING = 24

/** What the projector view can show, from the most to the least specific. */
export interface ProjectorSources {
  /** The running presentation's view (the presenter's visible board rectangle). */
  presentation: Rect | null
  /** Where a facilitator last brought everyone ("Alle zu mir") while nothing was presented. */
  summoned: Rect | null
  /** The bounds of everything on the board; null on an empty board. */
  board: Rect | null
  /** The first frame in reading order, if any: shown when the whole board is too large. */
  firstFrame: Rect | null
}

/**
 * The board rectangle the projector shows: the presentation while one runs, else the place
 * everyone was summoned to, else the whole board (or its first frame, when the whole board
 * would be smaller than PROJECTOR_MIN_ZOOM allows on `viewport`).
 */
export function projectorTarget(sources: ProjectorSources, viewport: Size): Rect | null {
  if (sources.presentation) return sources.presentation
  if (sources.summoned) return sources.summoned
  const { board, firstFrame } = sources
  if (board && firstFrame && fitZoom(board, viewport) < PROJECTOR_MIN_ZOOM) return firstFrame
  return board
}

/**
 * The projector's camera for `target`: all of it, centred and as large as fits, but never
 * below PROJECTOR_MIN_ZOOM (then its middle at that zoom) nor above PROJECTOR_MAX_ZOOM.
 */
export function projectorCamera(target: Rect | null, viewport: Size): Camera {
  const fit = zoomToFit(target, viewport, NO_INSETS, PADDING, PROJECTOR_MAX_ZOOM)
  if (!target || fit.zoom >= PROJECTOR_MIN_ZOOM) return fit
  return centerOn({ x: 0, y: 0, zoom: PROJECTOR_MIN_ZOOM }, rectCenter(target), viewport)
}

function fitZoom(rect: Rect, viewport: Size): number {
  return zoomToFit(rect, viewport, NO_INSETS, PADDING, PROJECTOR_MAX_ZOOM).zoom
}
