import { FILL_COLORS, INK_COLORS, type Shape } from '../../schema/index.ts'
import type { GroupPrimitive, Primitive, Stroke } from '../primitives.ts'
import type { DescribeContext } from './context.ts'
import { fittedText } from './style.ts'

/** Corner radius of a rounded rectangle: a share of its shorter side, at most 24 units. */
export function cornerRadius(w: number, h: number): number {
  return Math.min(24, Math.min(w, h) * 0.2)
}

/** The box a label is wrapped into: the whole rectangle, or the part inside an ellipse or diamond. */
export function shapeLabelBox(s: Shape): { x: number; y: number; w: number; h: number } {
  const inset = s.shape === 'ellipse' ? 0.15 : s.shape === 'diamond' ? 0.25 : 0
  return {
    x: s.x + s.w * inset,
    y: s.y + s.h * inset,
    w: s.w * (1 - 2 * inset),
    h: s.h * (1 - 2 * inset),
  }
}

/** The shape's outline filled and stroked as the shape says. */
function outline(s: Shape): Primitive {
  const { x, y, w, h } = s
  const fill = s.fill === 'none' ? undefined : FILL_COLORS[s.fill]
  const stroke: Stroke | undefined =
    s.strokeWidth > 0
      ? {
          paint: INK_COLORS[s.stroke],
          width: s.strokeWidth,
          join: 'round',
          ...(s.strokeStyle === 'dashed' ? { dash: [s.strokeWidth * 4, s.strokeWidth * 3] } : {}),
        }
      : undefined
  switch (s.shape) {
    case 'rectangle':
      return { kind: 'rect', x, y, w, h, fill, stroke }
    case 'roundedRectangle':
      return { kind: 'rect', x, y, w, h, radius: cornerRadius(w, h), fill, stroke }
    case 'ellipse':
      return { kind: 'ellipse', cx: x + w / 2, cy: y + h / 2, rx: w / 2, ry: h / 2, fill, stroke }
    case 'diamond':
      return {
        kind: 'path',
        commands: [
          { op: 'move', x: x + w / 2, y },
          { op: 'line', x: x + w, y: y + h / 2 },
          { op: 'line', x: x + w / 2, y: y + h },
          { op: 'line', x, y: y + h / 2 },
          { op: 'close' },
        ],
        fill,
        stroke,
      }
  }
}

/** A shape: its outline in its fill and ink, and its label wrapped and shrunk inside it. */
export function describeShape(s: Shape, ctx: DescribeContext): GroupPrimitive {
  const children: Primitive[] = [outline(s)]
  if (s.text !== '' && s.id !== ctx.editingId) {
    const label = fittedText(s.text, shapeLabelBox(s), ctx)
    if (label) children.push(label)
  }
  return { kind: 'group', elementId: s.id, meaning: ctx.words.shape(s.text.trim()), children }
}
