import * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { randomId } from '../ids.ts'
import { elementsMap } from '../schema/doc.ts'
import { DEFAULT_INK, type InkColor } from '../schema/palette.ts'
import {
  DEFAULT_STROKE_WIDTH,
  STROKE_POINTS_MAX,
  STROKE_WIDTH_MAX,
  STROKE_WIDTH_MIN,
} from '../schema/stroke.ts'
import { zAboveAll } from './zOrder.ts'

export interface CreateStrokeInput {
  /** Absolute board points x, y, pressure, … in drawing order (at least one point). */
  points: readonly number[]
  color?: InkColor
  width?: number
  /** The pressures are real (a pen); otherwise they are simulated when drawn. */
  pressure?: boolean
  id?: string
}

/** A stroke's bounds and its points relative to them (see `readStroke`). */
export interface RelativeStroke {
  x: number
  y: number
  w: number
  h: number
  points: number[]
}

const round2 = (v: number): number => Math.round(v * 100) / 100

/** The box around a flat x, y, pressure, … point list; Infinity bounds when it has no point. */
export function strokePointBounds(points: readonly number[]): {
  minX: number
  minY: number
  maxX: number
  maxY: number
} {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (let i = 0; i + 2 < points.length; i += 3) {
    const x = points[i] as number
    const y = points[i + 1] as number
    minX = Math.min(minX, x)
    minY = Math.min(minY, y)
    maxX = Math.max(maxX, x)
    maxY = Math.max(maxY, y)
  }
  return { minX, minY, maxX, maxY }
}

/**
 * Bounds around absolute points with a margin of the line width on every side, and the points
 * relative to the top-left corner. The margin is the same on both sides, so the drawing
 * extent of the points is (min + max) of the relative coordinates.
 */
export function relativeStroke(points: readonly number[], width: number): RelativeStroke {
  const thinned = thin(points)
  const { minX, minY, maxX, maxY } = strokePointBounds(thinned)
  if (minX === Infinity) return { x: 0, y: 0, w: width * 2, h: width * 2, points: [] }
  const pad = Math.max(1, width)
  const x = round2(minX - pad)
  const y = round2(minY - pad)
  const relative: number[] = []
  for (let i = 0; i + 2 < thinned.length; i += 3) {
    relative.push(
      round2((thinned[i] as number) - x),
      round2((thinned[i + 1] as number) - y),
      round2(Math.min(1, Math.max(0, thinned[i + 2] as number))),
    )
  }
  return {
    x,
    y,
    w: round2(maxX - minX + 2 * pad),
    h: round2(maxY - minY + 2 * pad),
    points: relative,
  }
}

/** Drops malformed points, then keeps every n-th so at most STROKE_POINTS_MAX remain (and the last). */
function thin(points: readonly number[]): readonly number[] {
  const valid: number[] = []
  for (let i = 0; i + 2 < points.length; i += 3) {
    const x = points[i] as number
    const y = points[i + 1] as number
    const p = points[i + 2] as number
    if (Number.isFinite(x) && Number.isFinite(y)) valid.push(x, y, Number.isFinite(p) ? p : 0.5)
  }
  const count = valid.length / 3
  if (count <= STROKE_POINTS_MAX) return valid
  const step = count / STROKE_POINTS_MAX
  const out: number[] = []
  for (let k = 0; k < STROKE_POINTS_MAX - 1; k++) {
    const i = Math.floor(k * step) * 3
    out.push(valid[i] as number, valid[i + 1] as number, valid[i + 2] as number)
  }
  out.push(...valid.slice(-3))
  return out
}

/** Creates a freehand stroke from absolute points, on top, in one transaction. Returns its id, or null for no points. */
export function createStroke(
  doc: Y.Doc,
  input: CreateStrokeInput,
  origin: unknown = LOCAL_ORIGIN,
): string | null {
  const width = Math.min(
    STROKE_WIDTH_MAX,
    Math.max(STROKE_WIDTH_MIN, input.width ?? DEFAULT_STROKE_WIDTH),
  )
  const stroke = relativeStroke(input.points, width)
  if (stroke.points.length === 0) return null
  const id = input.id ?? randomId()
  doc.transact(() => {
    const el = new Y.Map<unknown>()
    el.set('type', 'stroke')
    el.set('x', stroke.x)
    el.set('y', stroke.y)
    el.set('w', stroke.w)
    el.set('h', stroke.h)
    el.set('z', zAboveAll(doc))
    el.set('points', stroke.points)
    el.set('color', input.color ?? DEFAULT_INK)
    el.set('width', width)
    el.set('pressure', input.pressure === true)
    elementsMap(doc).set(id, el)
  }, origin)
  return id
}
