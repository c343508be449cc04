import type * as Y from 'yjs'
import { readBase, type ElementBase, type UnknownElement } from './element.ts'
import { clampedOr, DEFAULT_INK, isInkColor, type InkColor } from './palette.ts'

/**
 * A freehand pen stroke. `points` is a flat number array x0, y0, p0, x1, y1, p1, … relative to
 * the element's x, y (board units; p is the pen pressure 0..1), written once when the stroke
 * ends. The points are drawn scaled to the element's w, h, so resizing a stroke scales it.
 */
export interface Stroke extends ElementBase {
  kind: 'stroke'
  type: 'stroke'
  points: readonly number[]
  color: InkColor
  /** Nominal line width in board units. */
  width: number
  /** The points carry real pen pressure; otherwise pressure is simulated from speed. */
  pressure: boolean
}

export const STROKE_WIDTH_MIN = 1
export const STROKE_WIDTH_MAX = 48
export const STROKE_WIDTHS = { s: 2, m: 4, l: 8 } as const
export const DEFAULT_STROKE_WIDTH = STROKE_WIDTHS.m
/** Most points one stroke keeps (longer input is thinned out before it is written). */
export const STROKE_POINTS_MAX = 5000

export function readStroke(id: string, map: Y.Map<unknown>): Stroke | UnknownElement {
  const { base, problem } = readBase(id, map)
  if (problem) return { ...base, kind: 'unknown', reason: problem }
  const points = map.get('points')
  if (!isPointList(points)) return { ...base, kind: 'unknown', reason: 'invalid points' }
  const color = map.get('color')
  return {
    ...base,
    kind: 'stroke',
    type: 'stroke',
    points,
    color: isInkColor(color) ? color : DEFAULT_INK,
    width: clampedOr(map.get('width'), STROKE_WIDTH_MIN, STROKE_WIDTH_MAX, DEFAULT_STROKE_WIDTH),
    pressure: map.get('pressure') === true,
  }
}

function isPointList(v: unknown): v is number[] {
  return (
    Array.isArray(v) &&
    v.length >= 3 &&
    v.length % 3 === 0 &&
    v.length <= STROKE_POINTS_MAX * 3 &&
    v.every((n) => typeof n === 'number' && Number.isFinite(n))
  )
}
