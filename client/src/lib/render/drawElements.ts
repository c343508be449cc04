import {
  NOTE_COLORS,
  NOTE_INK,
  type BoardElement,
  type Connector,
  type Note,
  type UnknownElement,
} from '../../../../shared/schema/index.ts'
import { NOTE_FONT_FAMILY, type TextLayoutCache } from './textLayout.ts'
import { drawShape } from './drawShape.ts'
import { drawText } from './drawText.ts'
import { drawFrame } from './drawFrame.ts'
import { drawStroke } from './drawStroke.ts'
import { drawImage } from './drawImage.ts'
import type { ImageSource } from './imageCache.ts'
import { drawConnectorElement } from './drawConnector.ts'
import { drawActor, drawPerson, drawRole } from './drawCards.ts'
import type { CardTexts } from './cardTexts.ts'
import type { ConnectorPath } from '../../../../shared/geometry/connectorPath.ts'

/** Below this zoom notes are plain coloured rectangles: text would be unreadable anyway. */
export const LOD_ZOOM = 0.25
/** Text smaller than this many screen pixels is not drawn. */
export const MIN_TEXT_PIXELS = 4

const SHADOW = 'rgba(30, 30, 20, 0.14)'
const PLACEHOLDER_FILL = '#ececec'
const PLACEHOLDER_LINE = '#b5b5b5'
const PLACEHOLDER_TEXT = '#4a4a4a'

export interface DrawContext {
  ctx: CanvasRenderingContext2D
  zoom: number
  layouts: TextLayoutCache
  /** Label for an element this version cannot show, e.g. "Unbekannt: frame". */
  unknownLabel: (type: string) => string
  /** Id of the note being edited in place: its text is drawn by the text field instead. */
  editingId: string | null
  /** Title shown on a frame that has none, e.g. "Rahmen". */
  untitledFrame?: string
  /** Loaded board images by asset hash; without it images are grey boxes. */
  images?: ImageSource
  /** A connector's path derived from its ends and bound elements now (null: not drawn). */
  connectorPath?: (connector: Connector) => ConnectorPath | null
  /** Words and facts the domain cards show (their language, who holds a role). */
  cards?: CardTexts
}

/** Draws one element in board coordinates (the context is already transformed). Never throws. */
export function drawElement(dc: DrawContext, el: BoardElement): void {
  try {
    if (el.kind === 'note') drawNote(dc, el)
    else if (el.kind === 'shape') drawShape(dc, el)
    else if (el.kind === 'text') drawText(dc, el)
    else if (el.kind === 'frame') drawFrame(dc, el, dc.untitledFrame ?? '')
    else if (el.kind === 'stroke') drawStroke(dc, el)
    else if (el.kind === 'image') drawImage(dc.ctx, dc.zoom, el, dc.images)
    else if (el.kind === 'connector') drawConnectorElement(dc, el)
    else if (el.kind === 'actor') drawActor(dc, el)
    else if (el.kind === 'role') drawRole(dc, el)
    else if (el.kind === 'person') drawPerson(dc, el)
    else drawPlaceholder(dc, el)
  } catch {
    // A broken element must not stop the rest of the board from being drawn.
  }
}

function drawNote(dc: DrawContext, note: Note): void {
  const { ctx, zoom } = dc
  const detailed = zoom >= LOD_ZOOM
  if (detailed) {
    // A cheap offset shadow: canvas shadowBlur costs too much with thousands of notes.
    const lift = Math.min(6, Math.max(1.5, 3 / zoom))
    ctx.fillStyle = SHADOW
    ctx.fillRect(note.x + lift / 2, note.y + lift, note.w, note.h)
  }
  ctx.fillStyle = NOTE_COLORS[note.color]
  ctx.fillRect(note.x, note.y, note.w, note.h)
  if (!detailed || note.text === '' || note.id === dc.editingId) return

  const layout = dc.layouts.get(note.text, note.w, note.h)
  if (layout.fontSize * zoom < MIN_TEXT_PIXELS) return
  ctx.fillStyle = NOTE_INK
  ctx.font = `${layout.fontSize}px ${NOTE_FONT_FAMILY}`
  ctx.textBaseline = 'middle'
  ctx.textAlign = 'center'
  const blockHeight = layout.lines.length * layout.lineHeight
  let y = note.y + (note.h - blockHeight) / 2 + layout.lineHeight / 2
  const x = note.x + note.w / 2
  for (const line of layout.lines) {
    ctx.fillText(line, x, y)
    y += layout.lineHeight
  }
}

/** Something from a newer or broken client: grey, hatched, named, never hidden. */
function drawPlaceholder(dc: DrawContext, el: UnknownElement): void {
  const { ctx, zoom } = dc
  ctx.fillStyle = PLACEHOLDER_FILL
  ctx.fillRect(el.x, el.y, el.w, el.h)
  if (zoom < LOD_ZOOM) return
  ctx.save()
  ctx.beginPath()
  ctx.rect(el.x, el.y, el.w, el.h)
  ctx.clip()
  ctx.strokeStyle = PLACEHOLDER_LINE
  ctx.lineWidth = 1.5 / zoom
  const step = 14
  ctx.beginPath()
  for (let d = -el.h; d < el.w; d += step) {
    ctx.moveTo(el.x + d, el.y + el.h)
    ctx.lineTo(el.x + d + el.h, el.y)
  }
  ctx.stroke()
  ctx.restore()
  ctx.strokeStyle = PLACEHOLDER_LINE
  ctx.lineWidth = 2 / zoom
  ctx.strokeRect(el.x, el.y, el.w, el.h)

  const fontSize = Math.min(16, el.h / 4)
  if (fontSize * zoom < MIN_TEXT_PIXELS) return
  const label = dc.unknownLabel(el.type || '?')
  ctx.font = `${fontSize}px ${NOTE_FONT_FAMILY}`
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  const width = Math.min(el.w - 8, ctx.measureText(label).width + 12)
  ctx.fillStyle = PLACEHOLDER_FILL
  ctx.fillRect(el.x + el.w / 2 - width / 2, el.y + el.h / 2 - fontSize, width, fontSize * 2)
  ctx.fillStyle = PLACEHOLDER_TEXT
  ctx.fillText(label, el.x + el.w / 2, el.y + el.h / 2, el.w - 12)
}
