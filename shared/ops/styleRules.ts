import type * as Y from 'yjs'
import {
  ARROWHEADS,
  CONNECTOR_ROUTINGS,
  CONNECTOR_WIDTH_MAX,
  CONNECTOR_WIDTH_MIN,
  STROKE_STYLES,
} from '../schema/connector.ts'
import { isNoteColor, isNoteSize, NOTE_SIZES } from '../schema/note.ts'
import { isFillColor, isInkColor } from '../schema/palette.ts'
import {
  SHAPE_STROKE_STYLES,
  SHAPE_STROKE_WIDTH_MAX,
  SHAPE_STROKE_WIDTH_MIN,
} from '../schema/shape.ts'
import { STROKE_WIDTH_MAX, STROKE_WIDTH_MIN } from '../schema/stroke.ts'
import { TEXT_ALIGNS, TEXT_FONT_SIZE_MAX, TEXT_FONT_SIZE_MIN } from '../schema/text.ts'

/**
 * Every style key the style panel can set, with the value type it takes. Which element types
 * accept which key, and under which stored key, is the table below.
 */
export interface ElementStyle {
  /** A note's colour (NOTE_COLORS), or the ink of text and pen strokes (INK_COLORS). */
  color?: string
  /** A shape's fill (FILL_COLORS). */
  fill?: string
  /** Outline or line colour (INK_COLORS). */
  stroke?: string
  strokeWidth?: number
  strokeStyle?: string
  fontSize?: number
  align?: string
  startArrowhead?: string
  endArrowhead?: string
  /** A connector's path: straight or elbow (CONNECTOR_ROUTINGS). */
  routing?: string
  /** A note's size, S/M/L: sets its width and height, keeping its centre. */
  noteSize?: string
}

export type StyleKey = keyof ElementStyle

/** How one style key lands on one element type. */
export interface StyleRule {
  /** Whether the value is allowed for this type (anything else is ignored, never written). */
  valid(value: unknown): boolean
  /** Writes the value; by default sets the element key of the same name if it differs. */
  write?(el: Y.Map<unknown>, value: unknown): void
  /** The element key that holds it, when it differs from the style key. */
  key?: string
}

/** Accepts one of a list of strings. */
export function oneOf(values: readonly string[]): StyleRule {
  return { valid: (v) => typeof v === 'string' && values.includes(v) }
}

/** Accepts a finite number in [min, max]. */
export function numberIn(min: number, max: number, key?: string): StyleRule {
  const rule: StyleRule = {
    valid: (v) => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max,
  }
  if (key !== undefined) rule.key = key
  return rule
}

const noteSize: StyleRule = {
  valid: isNoteSize,
  write(el, value) {
    const side = NOTE_SIZES[value as keyof typeof NOTE_SIZES]
    const x = el.get('x')
    const y = el.get('y')
    const w = el.get('w')
    const h = el.get('h')
    if (w === side && h === side) return
    if (typeof x === 'number' && typeof y === 'number' && typeof w === 'number') {
      el.set('x', Math.round(x + (w - side) / 2))
    }
    if (typeof y === 'number' && typeof h === 'number') el.set('y', Math.round(y + (h - side) / 2))
    el.set('w', side)
    el.set('h', side)
  },
}

/**
 * Per element type, the style keys it takes. A type missing here takes no style. Each type's
 * owner adds its row (shapes, text, strokes, connectors, frames) beside its schema.
 */
export const STYLE_RULES: Record<string, Partial<Record<StyleKey, StyleRule>>> = {
  note: {
    color: { valid: isNoteColor },
    noteSize,
  },
  text: {
    color: { valid: isInkColor },
    fontSize: numberIn(TEXT_FONT_SIZE_MIN, TEXT_FONT_SIZE_MAX),
    align: oneOf(TEXT_ALIGNS),
  },
  shape: {
    fill: { valid: isFillColor },
    stroke: { valid: isInkColor },
    strokeWidth: numberIn(SHAPE_STROKE_WIDTH_MIN, SHAPE_STROKE_WIDTH_MAX),
    strokeStyle: oneOf(SHAPE_STROKE_STYLES),
  },
  stroke: {
    // A pen stroke keeps its ink under `color` and its width under `width`.
    stroke: { valid: isInkColor, key: 'color' },
    strokeWidth: numberIn(STROKE_WIDTH_MIN, STROKE_WIDTH_MAX, 'width'),
  },
  connector: {
    stroke: { valid: isInkColor },
    strokeWidth: numberIn(CONNECTOR_WIDTH_MIN, CONNECTOR_WIDTH_MAX),
    strokeStyle: oneOf(STROKE_STYLES),
    startArrowhead: oneOf(ARROWHEADS),
    endArrowhead: oneOf(ARROWHEADS),
    routing: oneOf(CONNECTOR_ROUTINGS),
  },
}

/** The style keys that apply to an element type (for the style panel). */
export function styleKeysFor(type: string): StyleKey[] {
  return Object.keys(STYLE_RULES[type] ?? {}) as StyleKey[]
}
