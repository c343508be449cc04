import { zoomToFit, type Camera, type Insets } from './camera.ts'
import { unionRects, type Rect, type Size } from './geometry.ts'

/**
 * The smallest zoom a board opens at: below it card titles and note text are too small to
 * read on a phone, and a person first sees a pattern of boxes.
 */
export const READABLE_ZOOM = 0.35
/**
 * Canvases at most this wide (pixels) are small screens: the phone layout's 48rem at the default
 * font size. Wider ones (a laptop, a projector) always open on the whole board.
 */
export const SMALL_VIEWPORT_MAX_WIDTH = 768
/** Screen pixels around what the first view fits. */
const FIRST_VIEW_PADDING = 24

/** What the first view chooses from: the whole board, its frames in order, its elements. */
export interface FirstViewContent {
  bounds: Rect | null
  /** The frames in reading order: the first is where a workshop starts. */
  frames: readonly Rect[]
  /** Every element's rectangle (for the densest area when there is no frame). */
  elements: readonly Rect[]
}

/**
 * Where a board opens. The whole board on a laptop or projector (the ecosystem map, however
 * small), and on a small screen when it fits at a readable zoom; else, on a small screen, the first frame, or without frames the area that holds most
 * content, never below `READABLE_ZOOM` (a phone opening a map at 6 % shows nothing readable).
 */
export function firstView(content: FirstViewContent, viewport: Size, insets: Insets): Camera {
  const whole = zoomToFit(content.bounds, viewport, insets)
  const small = viewport.width <= SMALL_VIEWPORT_MAX_WIDTH
  if (content.bounds === null || whole.zoom >= READABLE_ZOOM || !small) return whole
  const area = content.frames[0] ?? densestArea(content.elements, viewport, insets)
  return readableFit(area ?? content.bounds, viewport, insets)
}

/**
 * Fits `area` at a readable zoom: whole when that is readable, else at `READABLE_ZOOM` with its
 * top in view (where a frame's title is and reading starts) and its middle in the middle of the
 * free canvas across (an ecosystem map shows its centre, "Unsere Kommune", and both sides).
 */
function readableFit(area: Rect, viewport: Size, insets: Insets): Camera {
  const fit = zoomToFit(area, viewport, insets, FIRST_VIEW_PADDING)
  if (fit.zoom >= READABLE_ZOOM) return fit
  const zoom = READABLE_ZOOM
  const freeWidth = viewport.width - insets.left - insets.right
  return {
    x: area.x + area.w / 2 - (insets.left + freeWidth / 2) / zoom,
    y: area.y - (insets.top + FIRST_VIEW_PADDING) / zoom,
    zoom,
  }
}

/**
 * The bounds of the elements in the part of the board, as large as a view at the readable
 * zoom, that holds the most element centres: a grid of half-view cells, and the 2×2 block of
 * cells with the most centres. Linear in the number of elements.
 */
export function densestArea(
  elements: readonly Rect[],
  viewport: Size,
  insets: Insets,
): Rect | null {
  if (elements.length === 0) return null
  const cellW = Math.max(1, (viewport.width - insets.left - insets.right) / READABLE_ZOOM / 2)
  const cellH = Math.max(1, (viewport.height - insets.top - insets.bottom) / READABLE_ZOOM / 2)
  const cells = new Map<string, number>()
  const cellOf = (r: Rect): [number, number] => [
    Math.floor((r.x + r.w / 2) / cellW),
    Math.floor((r.y + r.h / 2) / cellH),
  ]
  for (const r of elements) {
    const key = cellOf(r).join()
    cells.set(key, (cells.get(key) ?? 0) + 1)
  }
  let best: [number, number] = [0, 0]
  let bestCount = -1
  const count = (cx: number, cy: number): number => cells.get(`${cx},${cy}`) ?? 0
  for (const key of cells.keys()) {
    const [kx, ky] = key.split(',').map(Number) as [number, number]
    // Every 2×2 block that contains this cell.
    for (const [cx, cy] of [
      [kx - 1, ky - 1],
      [kx, ky - 1],
      [kx - 1, ky],
      [kx, ky],
    ] as const) {
      const sum = count(cx, cy) + count(cx + 1, cy) + count(cx, cy + 1) + count(cx + 1, cy + 1)
      if (
        sum > bestCount ||
        (sum === bestCount && (cy < best[1] || (cy === best[1] && cx < best[0])))
      ) {
        bestCount = sum
        best = [cx, cy]
      }
    }
  }
  const [bx, by] = best
  const inBlock = elements.filter((r) => {
    const [cx, cy] = cellOf(r)
    return cx >= bx && cx <= bx + 1 && cy >= by && cy <= by + 1
  })
  return unionRects(inBlock)
}
