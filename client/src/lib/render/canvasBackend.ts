import type {
  EllipsePrimitive,
  GroupPrimitive,
  ImagePrimitive,
  PathPrimitive,
  Primitive,
  RectPrimitive,
  Stroke,
  TextPrimitive,
} from '../../../../shared/picture/primitives.ts'
import { canvasFont } from '../font/appFont.ts'
import type { ImageSource } from './imageCache.ts'
import { drawImagePlaceholder, imageTooSmall } from './imagePlaceholder.ts'

/**
 * Lines are never drawn thinner than this many screen pixels, so an outline does not vanish
 * when zoomed out. Screen only: an export at scale 1 draws the widths as described.
 */
export const HAIRLINE_PIXELS = 1
/** Text smaller than this many screen pixels is not drawn (unreadable, and costly). */
export const MIN_TEXT_PIXELS = 4

/** What drawing primitives on a canvas needs besides the primitives. */
export interface CanvasBackendOptions {
  /** Screen (or output) pixels per board unit: decides hairlines and text too small to draw. */
  zoom: number
  /** Board images by hash; without it images are drawn as missing. */
  images?: ImageSource
  /**
   * The screen's thresholds (hairlines, small text skipped, images as grey boxes when tiny or
   * zoomed out). Off for an export, which draws exactly what is described.
   */
  screen?: boolean
  /** Primitives the caller leaves out (the screen drops shadows when zoomed out). */
  skip?: (primitive: Primitive) => boolean
  /**
   * What stands for an image whose bytes are missing: the box that names it, as every output
   * draws it (`missingImageBox`); without it a plain crossed-out box.
   */
  missingImage?: (image: ImagePrimitive) => Primitive
}

const ALIGN: Record<TextPrimitive['anchor'], CanvasTextAlign> = {
  start: 'left',
  middle: 'center',
  end: 'right',
}

/** Traces a path's commands as the context's current path. */
function tracePath(ctx: CanvasRenderingContext2D, p: PathPrimitive): void {
  ctx.beginPath()
  for (const c of p.commands) {
    if (c.op === 'move') ctx.moveTo(c.x, c.y)
    else if (c.op === 'line') ctx.lineTo(c.x, c.y)
    else if (c.op === 'cubic') ctx.bezierCurveTo(c.c1x, c.c1y, c.c2x, c.c2y, c.x, c.y)
    else if (c.op === 'quad') ctx.quadraticCurveTo(c.cx, c.cy, c.x, c.y)
    else ctx.closePath()
  }
}

function applyStroke(ctx: CanvasRenderingContext2D, stroke: Stroke, o: CanvasBackendOptions): void {
  ctx.strokeStyle = stroke.paint
  ctx.lineWidth = o.screen ? Math.max(stroke.width, HAIRLINE_PIXELS / o.zoom) : stroke.width
  ctx.lineCap = stroke.cap ?? 'butt'
  ctx.lineJoin = stroke.join ?? 'miter'
  ctx.setLineDash(stroke.dash ?? [])
}

/** Fills, then strokes, the current path as the primitive says (the stroke lies on top). */
function fillAndStroke(
  ctx: CanvasRenderingContext2D,
  p: { fill?: string; stroke?: Stroke },
  o: CanvasBackendOptions,
  rule: CanvasFillRule = 'nonzero',
): void {
  if (p.fill) {
    ctx.fillStyle = p.fill
    ctx.fill(rule)
  }
  if (p.stroke) {
    applyStroke(ctx, p.stroke, o)
    ctx.stroke()
  }
}

function drawRect(ctx: CanvasRenderingContext2D, p: RectPrimitive, o: CanvasBackendOptions): void {
  if (!p.stroke && p.fill && !p.radius) {
    // The common case (note surfaces, card stripes): no path at all.
    ctx.fillStyle = p.fill
    ctx.fillRect(p.x, p.y, p.w, p.h)
    return
  }
  ctx.beginPath()
  if (p.radius) ctx.roundRect(p.x, p.y, p.w, p.h, p.radius)
  else ctx.rect(p.x, p.y, p.w, p.h)
  fillAndStroke(ctx, p, o)
}

function drawEllipse(
  ctx: CanvasRenderingContext2D,
  p: EllipsePrimitive,
  o: CanvasBackendOptions,
): void {
  ctx.beginPath()
  ctx.ellipse(p.cx, p.cy, Math.max(0, p.rx), Math.max(0, p.ry), 0, 0, Math.PI * 2)
  fillAndStroke(ctx, p, o)
}

function drawPath(ctx: CanvasRenderingContext2D, p: PathPrimitive, o: CanvasBackendOptions): void {
  tracePath(ctx, p)
  fillAndStroke(ctx, p, o, p.fillRule)
}

function drawText(ctx: CanvasRenderingContext2D, p: TextPrimitive, o: CanvasBackendOptions): void {
  if (o.screen && p.fontSize * o.zoom < MIN_TEXT_PIXELS) return
  ctx.fillStyle = p.fill
  ctx.font = canvasFont(p.fontSize, p.weight)
  ctx.textAlign = ALIGN[p.anchor]
  // Lines arrive with their baselines: the layout placed them with the font's metrics.
  ctx.textBaseline = 'alphabetic'
  for (const line of p.lines) ctx.fillText(line.text, line.x, line.y)
}

function drawImage(
  ctx: CanvasRenderingContext2D,
  p: ImagePrimitive,
  o: CanvasBackendOptions,
): void {
  if (o.screen && imageTooSmall(p, o.zoom)) {
    drawImagePlaceholder(ctx, p, o.zoom, 'tiny')
    return
  }
  const state = o.images?.get(p.hash) ?? { status: 'failed' as const }
  if (state.status === 'ready') ctx.drawImage(state.image, p.x, p.y, p.w, p.h)
  else if (state.status === 'failed' && o.missingImage) drawPrimitive(ctx, o.missingImage(p), o)
  else drawImagePlaceholder(ctx, p, o.zoom, state.status)
}

function drawGroup(
  ctx: CanvasRenderingContext2D,
  p: GroupPrimitive,
  o: CanvasBackendOptions,
): void {
  const plain = p.clip === undefined && (p.opacity === undefined || p.opacity >= 1)
  if (plain) {
    drawPrimitives(ctx, p.children, o)
    return
  }
  ctx.save()
  if (p.opacity !== undefined) ctx.globalAlpha *= Math.max(0, p.opacity)
  if (p.clip) {
    ctx.beginPath()
    ctx.rect(p.clip.x, p.clip.y, p.clip.w, p.clip.h)
    ctx.clip()
  }
  drawPrimitives(ctx, p.children, o)
  ctx.restore()
}

/** Draws one primitive in board coordinates (the context is already transformed). */
export function drawPrimitive(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  p: Primitive,
  o: CanvasBackendOptions,
): void {
  if (o.skip?.(p)) return
  // Both contexts draw alike; the offscreen one only lacks what the DOM canvas adds (focus rings).
  const c = ctx as CanvasRenderingContext2D
  switch (p.kind) {
    case 'rect':
      return drawRect(c, p, o)
    case 'ellipse':
      return drawEllipse(c, p, o)
    case 'path':
      return drawPath(c, p, o)
    case 'text':
      return drawText(c, p, o)
    case 'image':
      return drawImage(c, p, o)
    case 'group':
      return drawGroup(c, p, o)
  }
}

/**
 * The Canvas 2D backend of the one picture: draws primitives bottom to top, as the SVG and PDF
 * backends write them. With `screen` it adds what only a screen needs: hairlines, no text below
 * a few pixels, grey boxes for images too small to see.
 */
export function drawPrimitives(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  items: readonly Primitive[],
  o: CanvasBackendOptions,
): void {
  for (const p of items) drawPrimitive(ctx, p, o)
}
