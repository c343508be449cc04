import { createShape } from '../../../../shared/ops/index.ts'
import type { Point } from '../../../../shared/geometry/types.ts'
import { describeShape, shapeLabelBox } from '../../../../shared/picture/describe/shape.ts'
import {
  DEFAULT_INK,
  DEFAULT_SHAPE_FILL,
  DEFAULT_SHAPE_SIZE,
  DEFAULT_SHAPE_STROKE_WIDTH,
  NOTE_INK,
  type Shape,
} from '../../../../shared/schema/index.ts'
import { containsPoint } from '../geometry/geometry.ts'
import { FIELD_BACKGROUND, FIELD_LINE_HEIGHT } from './box.ts'
import type { KindSpec } from './kindSpec.ts'

/** Font size of a shape's label while it is typed, as drawn (board units). */
const LABEL_FONT_SIZE = 20

/**
 * A shape is hit by its outline and, when filled or labelled, its inside: an empty outline
 * leaves what lies inside it free to grab.
 */
function hitShape(el: Shape, p: Point, tolerance: number): boolean {
  if (!containsPoint(el, p, tolerance)) return false
  const filled = el.fill !== 'none' || el.text !== ''
  const cx = el.x + el.w / 2
  const cy = el.y + el.h / 2
  const rx = el.w / 2
  const ry = el.h / 2
  const edge = tolerance + el.strokeWidth / 2
  if (el.shape === 'ellipse') {
    const outer = ((p.x - cx) / (rx + edge)) ** 2 + ((p.y - cy) / (ry + edge)) ** 2
    if (outer > 1) return false
    if (filled) return true
    const ix = Math.max(1, rx - edge)
    const iy = Math.max(1, ry - edge)
    return ((p.x - cx) / ix) ** 2 + ((p.y - cy) / iy) ** 2 >= 1
  }
  if (el.shape === 'diamond') {
    const d = Math.abs(p.x - cx) / rx + Math.abs(p.y - cy) / ry
    const slack = edge / Math.min(rx, ry)
    if (d > 1 + slack) return false
    return filled || d >= 1 - slack
  }
  if (filled) return true
  return !containsPoint(
    { x: el.x + edge, y: el.y + edge, w: el.w - 2 * edge, h: el.h - 2 * edge },
    p,
  )
}

/** A rectangle, rounded rectangle, ellipse or diamond, with a label inside. */
export const SHAPE: KindSpec<'shape'> = {
  kind: 'shape',
  draw: describeShape,
  hit: hitShape,
  describe(el, { t }) {
    const shape = t(`shape.${el.shape}`)
    return el.text ? t('list.shape', { shape, text: el.text }) : shape
  },
  text: {
    read: (el) => el.text,
    label: () => 'editor.shapeLabel',
    layout: (el) => ({
      rect: shapeLabelBox(el),
      fontSize: LABEL_FONT_SIZE,
      lineHeight: LABEL_FONT_SIZE * FIELD_LINE_HEIGHT,
      align: 'center',
      color: NOTE_INK,
      background: FIELD_BACKGROUND,
      padding: '8px',
      fontWeight: 400,
    }),
    maxLength: () => undefined,
    enterEnds: false,
    oneLine: false,
    caret: 'selectAll',
    grows: false,
    list: { fieldLabel: 'editor.shapeLabel', empty: 'list.emptyText', buttonKind: () => 'shape' },
  },
  creation: {
    ghost: (spec) => ({
      id: '',
      z: '',
      ...spec.rect,
      kind: 'shape',
      type: 'shape',
      shape: spec.shape,
      fill: DEFAULT_SHAPE_FILL,
      stroke: DEFAULT_INK,
      strokeWidth: DEFAULT_SHAPE_STROKE_WIDTH,
      strokeStyle: 'solid',
      text: '',
    }),
    create: (board, { rect, shape }) => board.run(createShape, { ...rect, shape }),
    typeNow: false,
    placing: {
      size: DEFAULT_SHAPE_SIZE,
      square: false,
      fromPointer: false,
      name: (kind, t) => t(`shape.${kind.shape}`),
    },
  },
  showsOthers: false,
}
