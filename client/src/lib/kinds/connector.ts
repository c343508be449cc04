import { labelPosition } from '../../../../shared/geometry/polyline.ts'
import { describeConnector as drawConnector } from '../../../../shared/picture/describe/connector.ts'
import { LABEL_FONT_SIZE, layoutLabel } from '../../../../shared/picture/text/labelLayout.ts'
import { CONNECTOR_LABEL_MAX, NOTE_INK } from '../../../../shared/schema/index.ts'
import { describeConnector } from './describeConnector.ts'
import { FIELD_BACKGROUND, FIELD_LINE_HEIGHT } from './box.ts'
import type { KindSpec } from './kindSpec.ts'

/** Narrowest label field, so there is room to start typing on a short line (board units). */
const LABEL_FIELD_MIN_WIDTH = 160

/** An arrow or line between two elements (or free points), with a label at its middle. */
export const CONNECTOR: KindSpec<'connector'> = {
  kind: 'connector',
  draw: drawConnector,
  // Its stored box goes stale when its elements move: the test runs on its derived path.
  hit: (el, p, tolerance, connectors) => connectors?.(el, p, tolerance) ?? false,
  describe: (el, { t, lookup, connectorPath }) =>
    describeConnector(el, lookup, t, connectorPath?.(el)),
  text: {
    read: (el) => el.text,
    label: () => 'connector.labelEditor',
    layout(el, value, env) {
      // Around the middle of the path, where the label is drawn; wide enough to start typing.
      const path = env.connectorPath(el)
      const at = path ? labelPosition(path.points) : { x: el.x + el.w / 2, y: el.y + el.h / 2 }
      const drawn = layoutLabel(value || ' ', at).box
      const w = Math.max(LABEL_FIELD_MIN_WIDTH, drawn.w + 24)
      const h = drawn.h + 8
      return {
        rect: { x: at.x - w / 2, y: at.y - h / 2, w, h },
        fontSize: LABEL_FONT_SIZE,
        lineHeight: LABEL_FONT_SIZE * FIELD_LINE_HEIGHT,
        align: 'center',
        color: NOTE_INK,
        background: FIELD_BACKGROUND,
        padding: '4px',
        fontWeight: 400,
      }
    },
    maxLength: () => CONNECTOR_LABEL_MAX,
    enterEnds: false,
    oneLine: false,
    caret: 'selectAll',
    grows: false,
    list: {
      fieldLabel: 'connector.labelEditor',
      empty: 'list.emptyText',
      buttonKind: (el) =>
        el.startArrowhead !== 'none' || el.endArrowhead !== 'none' ? 'connector' : 'line',
    },
  },
  // Made by the arrow and line tools from two ends, not by a rectangle.
  creation: null,
  showsOthers: false,
}
