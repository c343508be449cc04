import { relativeStroke } from '../../ops/createStroke.ts'
import { CONNECTOR_WIDTH_MAX, CONNECTOR_WIDTH_MIN, type Arrowhead } from '../../schema/connector.ts'
import { STROKE_WIDTH_MAX, STROKE_WIDTH_MIN } from '../../schema/stroke.ts'
import { nearestInk } from './colors.ts'
import type { FreedrawElement, LinearElement } from './schema.ts'

/** Arrows, lines and freehand drawings: connectors and pen strokes. */

/** Excalidraw's arrowheads by the nearest Werkraum has; bars and crow's feet become open arrows. */
const ARROWHEADS: Readonly<Record<string, Arrowhead>> = {
  arrow: 'arrow',
  triangle: 'triangle',
  triangle_outline: 'triangle',
  dot: 'dot',
  circle: 'dot',
  circle_outline: 'dot',
  diamond: 'diamond',
  diamond_outline: 'diamond',
}

/** Werkraum's head for an Excalidraw arrowhead (`null`: none). */
export function mapArrowhead(head: string | null | undefined): Arrowhead {
  if (head === null || head === undefined || head === '') return 'none'
  return ARROWHEADS[head] ?? 'arrow'
}

const clamp = (v: number, min: number, max: number): number => Math.min(max, Math.max(min, v))

/** Dashed and dotted lines are both drawn dashed. */
export function mapStrokeStyle(style: string | undefined): 'solid' | 'dashed' {
  return style === 'dashed' || style === 'dotted' ? 'dashed' : 'solid'
}

/** Where an end of a connector goes: a Werkraum element (by its local id) or nowhere. */
export type ResolveBinding = (excalidrawId: string) => string | null

interface Binding {
  elementId: string
  fixedPoint?: readonly [number, number] | null | undefined
}

function end(
  point: { x: number; y: number },
  binding: Binding | null | undefined,
  resolve: ResolveBinding,
): Record<string, unknown> {
  const target = binding ? resolve(binding.elementId) : null
  if (target === null) return { x: point.x, y: point.y }
  const fixed = binding?.fixedPoint
  const anchor = fixed ? { x: clamp(fixed[0], 0, 1), y: clamp(fixed[1], 0, 1) } : 'auto'
  // The point is kept with the binding: drawn if the element goes missing.
  return { elementId: target, anchor, x: point.x, y: point.y }
}

/**
 * An arrow (or a two-point line) as a connector from its first to its last point, bound where
 * Excalidraw bound it. Werkraum derives the path, so bends in between are not kept; elbow arrows
 * stay elbow connectors.
 */
export function connectorData(
  el: LinearElement,
  kind: 'arrow' | 'line',
  label: string,
  resolve: ResolveBinding,
): Record<string, unknown> {
  const first = el.points[0] as [number, number]
  const last = el.points[el.points.length - 1] as [number, number]
  const a = { x: el.x + first[0], y: el.y + first[1] }
  const b = { x: el.x + last[0], y: el.y + last[1] }
  const x = Math.min(a.x, b.x)
  const y = Math.min(a.y, b.y)
  return {
    type: 'connector',
    x,
    y,
    w: Math.max(1, Math.abs(b.x - a.x)),
    h: Math.max(1, Math.abs(b.y - a.y)),
    from: end(a, el.startBinding, resolve),
    to: end(b, el.endBinding, resolve),
    routing: el.elbowed === true ? 'elbow' : 'straight',
    startArrowhead: kind === 'arrow' ? mapArrowhead(el.startArrowhead) : 'none',
    endArrowhead: kind === 'arrow' ? mapArrowhead(el.endArrowhead) : 'none',
    stroke: nearestInk(el.strokeColor),
    strokeWidth: clamp(el.strokeWidth ?? 2, CONNECTOR_WIDTH_MIN, CONNECTOR_WIDTH_MAX),
    strokeStyle: mapStrokeStyle(el.strokeStyle),
    text: { $text: label },
  }
}

function strokeData(
  absolute: number[],
  color: string | undefined,
  width: number,
  pressure: boolean,
): Record<string, unknown> {
  const stroke = relativeStroke(absolute, width)
  return {
    type: 'stroke',
    x: stroke.x,
    y: stroke.y,
    w: stroke.w,
    h: stroke.h,
    points: stroke.points,
    color: nearestInk(color),
    width,
    pressure,
  }
}

/** A line with bends as a pen stroke through its points, of even width. */
export function polylineStrokeData(el: LinearElement): Record<string, unknown> {
  const absolute: number[] = []
  for (const [px, py] of el.points) absolute.push(el.x + px, el.y + py, 0.5)
  const width = clamp(el.strokeWidth ?? 2, STROKE_WIDTH_MIN, STROKE_WIDTH_MAX)
  // Real, constant pressure: drawn at one width, as Excalidraw draws a line.
  return strokeData(absolute, el.strokeColor, width, true)
}

/**
 * A freehand drawing as a pen stroke. Excalidraw's thin, bold and extra bold (1, 2, 4) become
 * Werkraum's pen widths (2, 4, 8); recorded pen pressures are kept.
 */
export function freedrawStrokeData(el: FreedrawElement): Record<string, unknown> {
  const pressures =
    el.simulatePressure !== true && el.pressures?.length === el.points.length ? el.pressures : null
  const absolute: number[] = []
  el.points.forEach(([px, py], i) => {
    absolute.push(el.x + px, el.y + py, pressures ? (pressures[i] as number) : 0.5)
  })
  const width = clamp((el.strokeWidth ?? 2) * 2, STROKE_WIDTH_MIN, STROKE_WIDTH_MAX)
  return strokeData(absolute, el.strokeColor, width, pressures !== null)
}
