import type * as Y from 'yjs'
import { readBase, readText, type ElementBase, type UnknownElement } from './element.ts'
import {
  clampedOr,
  DEFAULT_INK,
  isFillColor,
  isInkColor,
  oneOfOr,
  type FillColor,
  type InkColor,
} from './palette.ts'

/** A geometric shape with an optional label: boxes, circles, decisions in a process. */
export const SHAPE_KINDS = ['rectangle', 'roundedRectangle', 'ellipse', 'diamond'] as const
export type ShapeKind = (typeof SHAPE_KINDS)[number]

export const SHAPE_STROKE_STYLES = ['solid', 'dashed'] as const
export type ShapeStrokeStyle = (typeof SHAPE_STROKE_STYLES)[number]

export const SHAPE_STROKE_WIDTH_MIN = 0
export const SHAPE_STROKE_WIDTH_MAX = 16
export const DEFAULT_SHAPE_STROKE_WIDTH = 2
export const DEFAULT_SHAPE_FILL: FillColor = 'white'
/** Size of a shape created by a click (board units). */
export const DEFAULT_SHAPE_SIZE = { w: 160, h: 100 } as const

export interface Shape extends ElementBase {
  kind: 'shape'
  type: 'shape'
  shape: ShapeKind
  fill: FillColor
  stroke: InkColor
  /** Outline width in board units; 0 draws no outline. */
  strokeWidth: number
  strokeStyle: ShapeStrokeStyle
  /** The label (a Y.Text under `text`), '' for none. */
  text: string
}

export function isShapeKind(v: unknown): v is ShapeKind {
  return typeof v === 'string' && (SHAPE_KINDS as readonly string[]).includes(v)
}

export function readShape(id: string, map: Y.Map<unknown>): Shape | UnknownElement {
  const { base, problem } = readBase(id, map)
  if (problem) return { ...base, kind: 'unknown', reason: problem }
  const fill = map.get('fill')
  const stroke = map.get('stroke')
  return {
    ...base,
    kind: 'shape',
    type: 'shape',
    shape: oneOfOr(SHAPE_KINDS, map.get('shape'), 'rectangle'),
    fill: isFillColor(fill) ? fill : DEFAULT_SHAPE_FILL,
    stroke: isInkColor(stroke) ? stroke : DEFAULT_INK,
    strokeWidth: clampedOr(
      map.get('strokeWidth'),
      SHAPE_STROKE_WIDTH_MIN,
      SHAPE_STROKE_WIDTH_MAX,
      DEFAULT_SHAPE_STROKE_WIDTH,
    ),
    strokeStyle: oneOfOr(SHAPE_STROKE_STYLES, map.get('strokeStyle'), 'solid'),
    text: readText(map),
  }
}
