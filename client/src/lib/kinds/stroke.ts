import { createStroke } from '../../../../shared/ops/index.ts'
import { relativeStroke } from '../../../../shared/ops/createStroke.ts'
import { describeStroke } from '../../../../shared/picture/describe/stroke.ts'
import { DEFAULT_INK, DEFAULT_STROKE_WIDTH } from '../../../../shared/schema/index.ts'
import { distanceToStroke } from '../geometry/strokeGeometry.ts'
import { hitBox } from './box.ts'
import type { KindSpec } from './kindSpec.ts'

/** A pen stroke: drawn point by point, hit by the distance to its line. */
export const STROKE: KindSpec<'stroke'> = {
  kind: 'stroke',
  draw: describeStroke,
  hit: (el, p, tolerance) =>
    hitBox(el, p, tolerance) && distanceToStroke(el, p) <= el.width / 2 + tolerance,
  describe: (_, { t }) => t('list.stroke'),
  text: null,
  creation: {
    ghost(spec) {
      const { x, y, w, h, points } = relativeStroke(spec.points, DEFAULT_STROKE_WIDTH)
      return {
        id: '',
        z: '',
        x,
        y,
        w,
        h,
        kind: 'stroke',
        type: 'stroke',
        points,
        color: DEFAULT_INK,
        width: DEFAULT_STROKE_WIDTH,
        pressure: spec.pressure,
      }
    },
    create: (board, spec, pen) =>
      board.run(createStroke, {
        points: spec.points,
        pressure: spec.pressure,
        color: pen.color,
        width: pen.width,
      }),
    typeNow: false,
    placing: null,
  },
  showsOthers: false,
}
