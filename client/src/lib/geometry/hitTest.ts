import type { Camera } from './camera.ts'
import { boardToScreen } from './camera.ts'
import { containsPoint, type Point, type Rect } from './geometry.ts'

/** Corner handles of a selected element, named by compass direction. */
export type Handle = 'nw' | 'ne' | 'sw' | 'se'
export const HANDLES: readonly Handle[] = ['nw', 'ne', 'sw', 'se']

/** Handle squares are this many screen pixels wide, whatever the zoom. */
export const HANDLE_SIZE = 10
/** Pointer slop around a handle, in screen pixels (fingers and shaky hands). */
const HANDLE_SLOP = 4

/**
 * The topmost element containing the board point `p`. `ordered` is sorted bottom to top
 * (as drawn), so the search runs from the end.
 */
export function elementAt(ordered: readonly (Rect & { id: string })[], p: Point): string | null {
  for (let i = ordered.length - 1; i >= 0; i--) {
    const el = ordered[i]
    if (el && containsPoint(el, p)) return el.id
  }
  return null
}

/** Screen position of each handle's centre for an element's bounds. */
export function handlePositions(camera: Camera, bounds: Rect): Record<Handle, Point> {
  const tl = boardToScreen(camera, { x: bounds.x, y: bounds.y })
  const br = boardToScreen(camera, { x: bounds.x + bounds.w, y: bounds.y + bounds.h })
  return {
    nw: { x: tl.x, y: tl.y },
    ne: { x: br.x, y: tl.y },
    sw: { x: tl.x, y: br.y },
    se: { x: br.x, y: br.y },
  }
}

/** The handle under the screen point `p`, if any. */
export function handleAt(camera: Camera, bounds: Rect, p: Point): Handle | null {
  const positions = handlePositions(camera, bounds)
  const half = HANDLE_SIZE / 2
  for (const handle of HANDLES) {
    const c = positions[handle]
    const square = { x: c.x - half, y: c.y - half, w: HANDLE_SIZE, h: HANDLE_SIZE }
    if (containsPoint(square, p, HANDLE_SLOP)) return handle
  }
  return null
}
