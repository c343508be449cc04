import * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { randomId } from '../ids.ts'
import { elementsMap } from '../schema/doc.ts'
import { NOTE_TEXT_MAX } from '../schema/note.ts'
import { DEFAULT_INK, type FillColor, type InkColor } from '../schema/palette.ts'
import {
  DEFAULT_SHAPE_FILL,
  DEFAULT_SHAPE_STROKE_WIDTH,
  type ShapeKind,
  type ShapeStrokeStyle,
} from '../schema/shape.ts'
import { boundsFrom, type ElementRect } from './elementRect.ts'
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
    const el = new Y.Map<unknown>()
    const text = new Y.Text()
    if (input.text) text.insert(0, input.text.slice(0, NOTE_TEXT_MAX))
    el.set('type', 'shape')
    for (const [key, value] of Object.entries(boundsFrom(input))) el.set(key, value)
    el.set('z', zAboveAll(doc))
    el.set('shape', input.shape)
    el.set('fill', input.fill ?? DEFAULT_SHAPE_FILL)
    el.set('stroke', input.stroke ?? DEFAULT_INK)
    el.set('strokeWidth', input.strokeWidth ?? DEFAULT_SHAPE_STROKE_WIDTH)
    el.set('strokeStyle', input.strokeStyle ?? 'solid')
    el.set('text', text)
    elementsMap(doc).set(id, el)
  }, origin)
  return id
}
