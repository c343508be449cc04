import { screenToBoard, viewCenter } from '../geometry/camera.ts'
import type { Point } from '../geometry/geometry.ts'
import type { Session } from '../editor/session.svelte.ts'

/**
 * Where pasted elements go (board units): under the pointer while it is over the canvas, as in
 * Miro and Excalidraw; else the middle of the view, where a keyboard user looks.
 */
export function pasteTarget(session: Session): Point {
  const { pointer, camera, viewport } = session
  return pointer ? screenToBoard(camera, pointer) : viewCenter(camera, viewport)
}
