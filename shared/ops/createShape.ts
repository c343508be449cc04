import * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { randomId } from '../ids.ts'
import { NOTE_TEXT_MAX } from '../schema/note.ts'
import { DEFAULT_INK, type FillColor, type InkColor } from '../schema/palette.ts'
import {
  DEFAULT_SHAPE_FILL,
  DEFAULT_SHAPE_STROKE_WIDTH,
  type ShapeKind,
  type ShapeStrokeStyle,
} from '../schema/shape.ts'
import { putNewElement, type ElementRect } from './elementRect.ts'
import { zAboveAll } from './zOrder.ts'

export interface CreateShapeInput extends ElementRect {
  shape: ShapeKind
  fill?: FillColor
  stroke?: InkColor
  strokeWidth?: number
  strokeStyle?: ShapeStrokeStyle
  text?: string
  id?: string
}

/** Creates a shape (rectangle, rounded rectangle, ellipse, diamond) on top. Returns its id. */
export function createShape(
  doc: Y.Doc,
  input: CreateShapeInput,
  origin: unknown = LOCAL_ORIGIN,
): string {
  const id = input.id ?? randomId()
  doc.transact(() => {
    const element = { type: 'shape', rect: input, z: zAboveAll(doc), text: input.text ?? '' }
    putNewElement(
      doc,
      id,
      { ...element, maxText: NOTE_TEXT_MAX },
      {
        shape: input.shape,
        fill: input.fill ?? DEFAULT_SHAPE_FILL,
        stroke: input.stroke ?? DEFAULT_INK,
        strokeWidth: input.strokeWidth ?? DEFAULT_SHAPE_STROKE_WIDTH,
        strokeStyle: input.strokeStyle ?? 'solid',
      },
    )
  }, origin)
  return id
}
