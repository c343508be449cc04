import { MAX_ZOOM, NO_INSETS, zoomToFit, type Camera, type Insets } from '../geometry/camera.ts'
import type { Rect, Size } from '../geometry/geometry.ts'

/**
 * The camera that shows someone else's visible board rectangle on my screen: all of it,
 * centred, as large as fits (screens differ in size and shape, so I may see a little more on
 * two sides). Used by follow mode, and by the facilitator's presentation ("everyone follows me").
 */
export function viewToCamera(view: Rect, mySize: Size, insets: Insets = NO_INSETS): Camera {
  return zoomToFit(view, mySize, insets, 0, MAX_ZOOM)
}
