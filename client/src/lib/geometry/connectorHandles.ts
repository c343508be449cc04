import type { ConnectorPath } from '../../../../shared/geometry/connectorPath.ts'
import { boardToScreen, type Camera } from './camera.ts'
import { distance, type Point } from './geometry.ts'

/** The two ends of a connector, as its keys name them. */
export type ConnectorEndName = 'from' | 'to'

/** End handles are circles of this radius in screen pixels, whatever the zoom. */
export const END_HANDLE_RADIUS = 6
/** Pointer slop around an end handle, in screen pixels. */
const END_HANDLE_SLOP = 5

/** Screen positions of a connector's two end handles. */
export function endHandlePositions(
  camera: Camera,
  path: ConnectorPath,
): Record<ConnectorEndName, Point> {
  return {
    from: boardToScreen(camera, path.points[0]!),
    to: boardToScreen(camera, path.points[path.points.length - 1]!),
  }
}

/** The end handle under the screen point `p`, if any (the nearer one when both are close). */
export function endHandleAt(
  camera: Camera,
  path: ConnectorPath,
  p: Point,
): ConnectorEndName | null {
  const positions = endHandlePositions(camera, path)
  const reach = END_HANDLE_RADIUS + END_HANDLE_SLOP
  const toFrom = distance(positions.from, p)
  const toTo = distance(positions.to, p)
  if (Math.min(toFrom, toTo) > reach) return null
  return toTo <= toFrom ? 'to' : 'from'
}
