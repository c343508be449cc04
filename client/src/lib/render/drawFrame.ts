import type { Frame } from '../../../../shared/schema/index.ts'
import { FRAME_TITLE_BAND } from '../board/hitElement.ts'
import { MIN_TEXT_PIXELS, type DrawContext } from './drawElements.ts'
import { NOTE_FONT_FAMILY } from './textLayout.ts'

const FRAME_FILL = '#ffffff'
const FRAME_LINE = '#767676'
const FRAME_BAND = '#ecece6'
/** Title text: contrast above 7:1 on the band colour. */
const FRAME_TITLE_INK = '#1a1a1a'
const TITLE_SIZE = 20

/** A frame: a white area with a grey border and its title in a band along the top. */
export function drawFrame(dc: DrawContext, frame: Frame, untitled: string): void {
  const { ctx, zoom } = dc
  const band = Math.min(FRAME_TITLE_BAND, frame.h / 2)
  ctx.fillStyle = FRAME_FILL
  ctx.fillRect(frame.x, frame.y, frame.w, frame.h)
  ctx.fillStyle = FRAME_BAND
  ctx.fillRect(frame.x, frame.y, frame.w, band)
  ctx.strokeStyle = FRAME_LINE
  ctx.lineWidth = Math.max(1.5, 1 / zoom)
  ctx.strokeRect(frame.x, frame.y, frame.w, frame.h)
  if (frame.id === dc.editingId) return
  // The title stays readable when zoomed out: it grows in board units, within its band's width.
  const size = Math.min(Math.max(TITLE_SIZE, 12 / zoom), band * 0.7, frame.h / 2)
  if (size * zoom < MIN_TEXT_PIXELS) return
  ctx.fillStyle = FRAME_TITLE_INK
  ctx.font = `600 ${size}px ${NOTE_FONT_FAMILY}`
  ctx.textBaseline = 'middle'
  ctx.textAlign = 'left'
  ctx.fillText(frame.text || untitled, frame.x + 12, frame.y + band / 2, frame.w - 24)
}
