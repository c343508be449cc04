import { arrowheadGeometry, type ArrowheadShape } from '../../../../shared/geometry/arrowhead.ts'
import type { ConnectorPath } from '../../../../shared/geometry/connectorPath.ts'
import { labelPosition } from '../../../../shared/geometry/polyline.ts'
import type { Point, Rect } from '../../../../shared/geometry/types.ts'
import { CONNECTOR_COLORS, NOTE_INK, type Connector } from '../../../../shared/schema/index.ts'
import { NOTE_FONT_FAMILY } from './textLayout.ts'
import type { CardTexts } from './cardTexts.ts'

/** Label text size in board units, and the padding of its background. */
export const LABEL_FONT_SIZE = 16
const LABEL_PADDING = 4
const LABEL_LINE_HEIGHT = 1.25
/** The label's background is the board's, so the line seems to pass behind the words. */
const LABEL_BACKGROUND = '#f7f7f4'
/** A connector whose element went missing is drawn faded to its last known point. */
const DANGLING_ALPHA = 0.45
/** Below this many screen pixels, labels are not drawn. */
const MIN_LABEL_PIXELS = 4

/**
 * The box a label takes around the middle of the path. Width is estimated from the number of
 * characters when no context measures it (hit testing), measured when drawing.
 */
export function labelBox(
  text: string,
  at: Point,
  measure: (line: string) => number = (line) => line.length * LABEL_FONT_SIZE * 0.55,
): Rect {
  const lines = text.split('\n')
  const width = Math.max(...lines.map(measure)) + LABEL_PADDING * 2
  const height = lines.length * LABEL_FONT_SIZE * LABEL_LINE_HEIGHT + LABEL_PADDING * 2
  return { x: at.x - width / 2, y: at.y - height / 2, w: width, h: height }
}

/**
 * Draws a connector along its derived path (board coordinates, context already transformed):
 * the line (solid or dashed), its arrowheads and its label on a background. `hideLabel` while
 * the label is being edited in place; `fallbackLabel` is drawn when it has none (a relation's
 * kind).
 */
export function drawConnector(
  ctx: CanvasRenderingContext2D,
  connector: Connector,
  path: ConnectorPath,
  zoom: number,
  hideLabel = false,
  fallbackLabel = '',
): void {
  const points = path.points
  if (points.length < 2) return
  const color = CONNECTOR_COLORS[connector.stroke]
  const width = connector.strokeWidth
  const start = arrowheadGeometry(connector.startArrowhead, points[0]!, points[1]!, width)
  const last = points.length - 1
  const end = arrowheadGeometry(connector.endArrowhead, points[last]!, points[last - 1]!, width)

  ctx.save()
  if (path.dangling) ctx.globalAlpha = DANGLING_ALPHA
  ctx.strokeStyle = color
  ctx.fillStyle = color
  ctx.lineWidth = width
  ctx.lineCap = 'round'
  ctx.lineJoin = 'round'
  ctx.setLineDash(connector.strokeStyle === 'dashed' ? [width * 4, width * 3] : [])
  ctx.beginPath()
  ctx.moveTo(start.lineEnd.x, start.lineEnd.y)
  for (let i = 1; i < last; i++) ctx.lineTo(points[i]!.x, points[i]!.y)
  ctx.lineTo(end.lineEnd.x, end.lineEnd.y)
  ctx.stroke()
  ctx.setLineDash([])
  drawHead(ctx, start.shape)
  drawHead(ctx, end.shape)
  ctx.restore()

  const label = connector.text || fallbackLabel
  if (label !== '' && !hideLabel && LABEL_FONT_SIZE * zoom >= MIN_LABEL_PIXELS) {
    drawLabel(ctx, label, labelPosition(points))
  }
}

function drawHead(ctx: CanvasRenderingContext2D, head: ArrowheadShape): void {
  switch (head.kind) {
    case 'none':
      return
    case 'open': {
      const [a, b, c] = head.points
      ctx.beginPath()
      ctx.moveTo(a.x, a.y)
      ctx.lineTo(b.x, b.y)
      ctx.lineTo(c.x, c.y)
      ctx.stroke()
      return
    }
    case 'filled': {
      ctx.beginPath()
      head.points.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)))
      ctx.closePath()
      ctx.fill()
      ctx.stroke()
      return
    }
    case 'circle':
      ctx.beginPath()
      ctx.arc(head.center.x, head.center.y, head.radius, 0, Math.PI * 2)
      ctx.fill()
      return
  }
}

function drawLabel(ctx: CanvasRenderingContext2D, text: string, at: Point): void {
  ctx.font = `${LABEL_FONT_SIZE}px ${NOTE_FONT_FAMILY}`
  const box = labelBox(text, at, (line) => ctx.measureText(line).width)
  ctx.fillStyle = LABEL_BACKGROUND
  ctx.fillRect(box.x, box.y, box.w, box.h)
  ctx.fillStyle = NOTE_INK
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  const lineHeight = LABEL_FONT_SIZE * LABEL_LINE_HEIGHT
  let y = box.y + LABEL_PADDING + lineHeight / 2
  for (const line of text.split('\n')) {
    ctx.fillText(line, at.x, y)
    y += lineHeight
  }
}

/** What drawElement needs to draw a connector: its derived path (null: not drawn). */
export interface ConnectorDrawContext {
  ctx: CanvasRenderingContext2D
  zoom: number
  editingId: string | null
  connectorPath?: (connector: Connector) => ConnectorPath | null
  /** Names relation kinds: a relation without a label of its own shows its kind's. */
  cards?: Pick<CardTexts, 'relation'>
}

/** Draws a connector from the draw context; nothing when its path cannot be derived. */
export function drawConnectorElement(dc: ConnectorDrawContext, connector: Connector): void {
  const path = dc.connectorPath?.(connector)
  if (!path) return
  const kind = connector.relationKind
  const fallback = kind && kind !== 'custom' ? (dc.cards?.relation(kind) ?? '') : ''
  drawConnector(dc.ctx, connector, path, dc.zoom, dc.editingId === connector.id, fallback)
}
