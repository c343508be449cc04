import type { Frame } from '../../schema/index.ts'
import type { GroupPrimitive, Primitive } from '../primitives.ts'
import { cardMeasure, fitLine } from '../text/cardLayout.ts'
import type { DescribeContext } from './context.ts'
import { lineAt } from './style.ts'

/** Height of the band along a frame's top that holds its title (board units). */
export const FRAME_TITLE_BAND = 40
const FRAME_FILL = '#ffffff'
const FRAME_LINE = '#767676'
const FRAME_BAND = '#ecece6'
/** Title text: contrast above 7:1 on the band colour. */
const FRAME_TITLE_INK = '#1a1a1a'
const FRAME_TITLE_SIZE = 20
const FRAME_LINE_WIDTH = 1.5
/** Room between the frame's left and right edges and its title. */
const TITLE_INSET = 12

/** A frame: a white area with a grey border and its title in a band along the top. */
export function describeFrame(frame: Frame, ctx: DescribeContext): GroupPrimitive {
  const band = Math.min(FRAME_TITLE_BAND, frame.h / 2)
  const title = frame.text.trim() === '' ? ctx.words.untitledFrame : frame.text
  const children: Primitive[] = [
    { kind: 'rect', x: frame.x, y: frame.y, w: frame.w, h: frame.h, fill: FRAME_FILL },
    { kind: 'rect', x: frame.x, y: frame.y, w: frame.w, h: band, fill: FRAME_BAND },
    {
      kind: 'rect',
      x: frame.x,
      y: frame.y,
      w: frame.w,
      h: frame.h,
      stroke: { paint: FRAME_LINE, width: FRAME_LINE_WIDTH },
    },
  ]
  if (frame.id !== ctx.editingId) {
    const size = Math.min(FRAME_TITLE_SIZE, band * 0.7, frame.h / 2)
    const line = fitLine(title, frame.w - 2 * TITLE_INSET, size, cardMeasure(600))
    if (line !== '') {
      children.push({
        kind: 'text',
        lines: [lineAt(line, frame.x + TITLE_INSET, frame.y + band / 2, size)],
        fontSize: size,
        weight: 600,
        fill: FRAME_TITLE_INK,
        anchor: 'start',
      })
    }
  }
  return { kind: 'group', elementId: frame.id, meaning: ctx.words.frame(title), children }
}
