import { labelPosition } from '../../../../shared/geometry/polyline.ts'
import type { Connector } from '../../../../shared/schema/index.ts'
import { layoutLabel } from '../../../../shared/picture/text/labelLayout.ts'
import type { ConnectorRouter } from './connectorRouter.ts'
import { containsPoint, type Point } from './geometry.ts'

/** Is a board point on a connector (its line, or its label)? Tolerance in board units. */
export type ConnectorHitTest = (connector: Connector, p: Point, tolerance: number) => boolean

/**
 * Hit testing for connectors by their derived path: thin lines get twice the usual slop, so they
 * can be grabbed without pixel-perfect aim; the label's box counts as the connector too.
 */
export function connectorHitTest(router: ConnectorRouter): ConnectorHitTest {
  return (connector, p, tolerance) => {
    const path = router.path(connector)
    if (!path) return false
    if (router.distance(connector, p) <= connector.strokeWidth / 2 + tolerance * 2) return true
    return (
      connector.text !== '' &&
      containsPoint(layoutLabel(connector.text, labelPosition(path.points)).box, p)
    )
  }
}
