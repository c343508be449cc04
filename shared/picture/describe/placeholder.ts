import type { UnknownElement } from '../../schema/index.ts'
import type { GroupPrimitive, PathCommand, Primitive } from '../primitives.ts'
import { cardMeasure, fitLine } from '../text/cardLayout.ts'
import type { DescribeContext } from './context.ts'
import { lineAt } from './style.ts'

const PLACEHOLDER_FILL = '#ececec'
const PLACEHOLDER_LINE = '#b5b5b5'
const PLACEHOLDER_TEXT = '#4a4a4a'
/** Distance between the hatching's diagonal lines. */
const HATCH_STEP = 14
const HATCH_WIDTH = 1.5
const BORDER_WIDTH = 2
const LABEL_MAX_SIZE = 16

/** Something from a newer or broken client: grey, hatched, named, never hidden. */
export function describePlaceholder(el: UnknownElement, ctx: DescribeContext): GroupPrimitive {
  const label = ctx.words.unknown(el.type || '?')
  const hatch: PathCommand[] = []
  for (let d = -el.h; d < el.w; d += HATCH_STEP) {
    hatch.push(
      { op: 'move', x: el.x + d, y: el.y + el.h },
      { op: 'line', x: el.x + d + el.h, y: el.y },
    )
  }
  const children: Primitive[] = [
    { kind: 'rect', x: el.x, y: el.y, w: el.w, h: el.h, fill: PLACEHOLDER_FILL },
    {
      kind: 'group',
      clip: { x: el.x, y: el.y, w: el.w, h: el.h },
      children: [
        { kind: 'path', commands: hatch, stroke: { paint: PLACEHOLDER_LINE, width: HATCH_WIDTH } },
      ],
    },
    {
      kind: 'rect',
      x: el.x,
      y: el.y,
      w: el.w,
      h: el.h,
      stroke: { paint: PLACEHOLDER_LINE, width: BORDER_WIDTH },
    },
  ]
  const size = Math.min(LABEL_MAX_SIZE, el.h / 4)
  const measure = cardMeasure(400)
  const text = fitLine(label, el.w - 12, size, measure)
  if (text !== '') {
    const width = Math.min(el.w - 8, measure(text, size) + 12)
    const cx = el.x + el.w / 2
    const cy = el.y + el.h / 2
    children.push(
      {
        kind: 'rect',
        x: cx - width / 2,
        y: cy - size,
        w: width,
        h: size * 2,
        fill: PLACEHOLDER_FILL,
      },
      {
        kind: 'text',
        lines: [lineAt(text, cx, cy, size)],
        fontSize: size,
        weight: 400,
        fill: PLACEHOLDER_TEXT,
        anchor: 'middle',
      },
    )
  }
  return { kind: 'group', elementId: el.id, meaning: label, children }
}
