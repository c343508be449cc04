import type {
  GroupPrimitive,
  ImagePrimitive,
  PathCommand,
  Primitive,
  Stroke,
  TextPrimitive,
} from '../../../shared/picture/primitives.ts'
import { missingImageBox } from '../../../shared/picture/missingImages.ts'
import type { PictureWords } from '../../../shared/picture/wording.ts'
import { parsePaint } from './paint.ts'
import { GraphicsState } from './graphicsState.ts'
import type { PdfImageHandle } from './pdfImages.ts'

/** Font names the document registered, by the picture's weights. */
export type FontNames = Readonly<Record<400 | 600 | 700, string>>

/** What drawing a picture on a page needs besides the picture. */
export interface DrawTarget {
  doc: PDFKit.PDFDocument
  fonts: FontNames
  /** An image's embedded handle by hash, or null when it is missing (drawn as a named gap). */
  image(hash: string): PdfImageHandle | null
  /** The picture's words (a missing image's box says "Bild fehlt: …"). */
  words: PictureWords
}

/** The smallest dash PDF accepts: zero-length dashes (dots with round caps) become this. */
const MIN_DASH = 0.001

/**
 * Draws primitives, bottom to top, in board units: the caller has set the transform from board
 * units to page points. Everything stays vector; text stays text (selectable, extractable), in
 * the embedded font, at the positions the layout step gave it.
 */
export function drawPrimitives(target: DrawTarget, items: readonly Primitive[]): void {
  drawAll({ ...target, state: new GraphicsState(target.doc) }, items, 1)
}

/** The target and the stream's known state while one picture is drawn. */
interface Drawing extends DrawTarget {
  state: GraphicsState
}

function drawAll(target: Drawing, items: readonly Primitive[], opacity: number): void {
  for (const item of items) drawPrimitive(target, item, opacity)
}

function drawPrimitive(target: Drawing, item: Primitive, opacity: number): void {
  const { doc } = target
  switch (item.kind) {
    case 'rect':
      if (item.radius !== undefined && item.radius > 0) {
        const r = Math.min(item.radius, item.w / 2, item.h / 2)
        doc.roundedRect(item.x, item.y, item.w, item.h, r)
      } else {
        doc.rect(item.x, item.y, item.w, item.h)
      }
      paintShape(target, item.fill, item.stroke, 'nonzero', opacity)
      return
    case 'ellipse':
      doc.ellipse(item.cx, item.cy, item.rx, item.ry)
      paintShape(target, item.fill, item.stroke, 'nonzero', opacity)
      return
    case 'path':
      if (!tracePath(doc, item.commands)) return
      paintShape(target, item.fill, item.stroke, item.fillRule ?? 'nonzero', opacity)
      return
    case 'text':
      drawText(target, item, opacity)
      return
    case 'image':
      drawImage(target, item, opacity)
      return
    case 'group':
      drawGroup(target, item, opacity)
      return
  }
}

function drawGroup(target: Drawing, group: GroupPrimitive, opacity: number): void {
  const inner = opacity * clampUnit(group.opacity ?? 1)
  if (inner <= 0) return
  if (!group.clip) {
    drawAll(target, group.children, inner)
    return
  }
  const { doc, state } = target
  state.save()
  doc.rect(group.clip.x, group.clip.y, group.clip.w, group.clip.h).clip()
  drawAll(target, group.children, inner)
  state.restore()
}

/**
 * Traces a path. PDF has no quadratic curve (pdfkit's quadraticCurveTo writes the `v` operator,
 * which is a different cubic), so quadratics are raised to cubics here. False for nothing to draw.
 */
function tracePath(doc: PDFKit.PDFDocument, commands: readonly PathCommand[]): boolean {
  let started = false
  let x = 0
  let y = 0
  let startX = 0
  let startY = 0
  for (const c of commands) {
    if (c.op === 'move') {
      doc.moveTo(c.x, c.y)
      x = startX = c.x
      y = startY = c.y
      started = true
      continue
    }
    if (!started) {
      // A path that does not start with a move starts at the origin, as in SVG and Canvas.
      doc.moveTo(0, 0)
      started = true
    }
    switch (c.op) {
      case 'line':
        doc.lineTo(c.x, c.y)
        break
      case 'cubic':
        doc.bezierCurveTo(c.c1x, c.c1y, c.c2x, c.c2y, c.x, c.y)
        break
      case 'quad':
        doc.bezierCurveTo(
          x + (2 / 3) * (c.cx - x),
          y + (2 / 3) * (c.cy - y),
          c.x + (2 / 3) * (c.cx - c.x),
          c.y + (2 / 3) * (c.cy - c.y),
          c.x,
          c.y,
        )
        break
      case 'close':
        doc.closePath()
        x = startX
        y = startY
        continue
    }
    x = c.x
    y = c.y
  }
  return started
}

/** Fills and/or strokes the current path; ends it unpainted when there is nothing to paint. */
function paintShape(
  target: Drawing,
  fillPaint: string | undefined,
  stroke: Stroke | undefined,
  rule: 'nonzero' | 'evenodd',
  opacity: number,
): void {
  const { doc } = target
  const fill = parsePaint(fillPaint)
  const line = stroke && stroke.width > 0 ? parsePaint(stroke.paint) : null
  const winding = rule === 'evenodd' ? 'even-odd' : 'non-zero'
  if (fill) target.state.fill(fill.rgb, fill.alpha * opacity)
  if (line && stroke) setStroke(target, stroke, line.rgb, line.alpha * opacity)
  if (fill && line) doc.fillAndStroke(winding)
  else if (fill) doc.fill(winding)
  else if (line) doc.stroke()
  else doc.addContent('n')
  if (line && stroke?.dash && stroke.dash.length > 0) doc.undash()
}

function setStroke(
  target: Drawing,
  stroke: Stroke,
  rgb: [number, number, number],
  alpha: number,
): void {
  const { doc, state } = target
  state.stroke(rgb, alpha)
  state.line(stroke.width, stroke.cap ?? 'butt', stroke.join ?? 'miter')
  const dash = stroke.dash ?? []
  if (dash.length > 0 && dash.some((d) => d > 0) && dash.every((d) => Number.isFinite(d))) {
    // An odd count repeats, as in SVG and Canvas.
    const pattern = dash.length % 2 === 1 ? [...dash, ...dash] : [...dash]
    dashPattern(
      doc,
      pattern.map((d) => Math.max(MIN_DASH, d)),
    )
  }
}

function drawText(target: Drawing, item: TextPrimitive, opacity: number): void {
  const fill = parsePaint(item.fill)
  if (!fill || item.fontSize <= 0) return
  const { doc } = target
  doc.font(target.fonts[item.weight] ?? target.fonts[400]).fontSize(item.fontSize)
  target.state.fill(fill.rgb, fill.alpha * opacity)
  for (const line of item.lines) {
    if (line.text === '') continue
    let x = line.x
    if (item.anchor !== 'start') {
      const width = doc.widthOfString(line.text)
      x -= item.anchor === 'middle' ? width / 2 : width
    }
    doc.text(line.text, x, line.y, { lineBreak: false, baseline: 'alphabetic' })
  }
}

function drawImage(target: Drawing, item: ImagePrimitive, opacity: number): void {
  if (!(item.w > 0 && item.h > 0)) return
  const { doc, state } = target
  const handle = target.image(item.hash)
  if (handle) {
    state.save()
    if (opacity < 1) doc.fillOpacity(opacity)
    doc.image(handle as unknown as Buffer, item.x, item.y, { width: item.w, height: item.h })
    state.restore()
    return
  }
  // Never silently blank: the box every output draws in its place, naming it.
  drawAll(target, [missingImageBox(item, target.words)], opacity)
}

function clampUnit(value: number): number {
  return Number.isFinite(value) ? Math.max(0, Math.min(1, value)) : 1
}

/** pdfkit takes a whole dash array (its typings only know one length). */
function dashPattern(doc: PDFKit.PDFDocument, pattern: number[]): void {
  ;(doc as unknown as { dash(pattern: number[]): void }).dash(pattern)
}
