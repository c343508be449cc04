import { z } from 'zod/mini'
import {
  EXCALIDRAW_MAX_BOUND,
  EXCALIDRAW_MAX_COORDINATE,
  EXCALIDRAW_MAX_DATA_URL,
  EXCALIDRAW_MAX_ELEMENTS,
  EXCALIDRAW_MAX_GROUPS,
  EXCALIDRAW_MAX_NAME,
  EXCALIDRAW_MAX_POINTS,
  EXCALIDRAW_MAX_SHORT_STRING,
  EXCALIDRAW_MAX_TEXT,
} from './limits.ts'

/**
 * Excalidraw's scene format as Werkraum reads it: the keys it uses are checked for type and
 * size, every other key is allowed and ignored (Excalidraw adds keys from version to version).
 */

const short = z.string().check(z.maxLength(EXCALIDRAW_MAX_SHORT_STRING))
const id = z.string().check(z.minLength(1), z.maxLength(EXCALIDRAW_MAX_SHORT_STRING))
const coordinate = z
  .number()
  .check(z.gte(-EXCALIDRAW_MAX_COORDINATE), z.lte(EXCALIDRAW_MAX_COORDINATE))
const size = z.number().check(z.gte(-EXCALIDRAW_MAX_COORDINATE), z.lte(EXCALIDRAW_MAX_COORDINATE))
const point = z.tuple([coordinate, coordinate])

/** What every element has; the type decides which of the schemas below applies as well. */
export const ElementHead = z.looseObject({
  id,
  type: short,
  isDeleted: z.optional(z.boolean()),
})
export type ElementHead = z.infer<typeof ElementHead>

const Base = {
  id,
  type: short,
  x: coordinate,
  y: coordinate,
  width: size,
  height: size,
  angle: z.optional(z.number()),
  strokeColor: z.optional(short),
  backgroundColor: z.optional(short),
  strokeWidth: z.optional(z.number().check(z.gte(0), z.lte(1000))),
  strokeStyle: z.optional(short),
  roundness: z.optional(z.nullable(z.looseObject({}))),
  groupIds: z.optional(z.array(id).check(z.maxLength(EXCALIDRAW_MAX_GROUPS))),
  frameId: z.optional(z.nullable(id)),
  boundElements: z.optional(
    z.nullable(
      z.array(z.looseObject({ id, type: short })).check(z.maxLength(EXCALIDRAW_MAX_BOUND)),
    ),
  ),
  isDeleted: z.optional(z.boolean()),
}

/** rectangle, ellipse, diamond. */
export const ShapeElement = z.looseObject(Base)
export type ShapeElement = z.infer<typeof ShapeElement>

export const TextElement = z.looseObject({
  ...Base,
  text: z.string().check(z.maxLength(EXCALIDRAW_MAX_TEXT)),
  originalText: z.optional(z.nullable(z.string().check(z.maxLength(EXCALIDRAW_MAX_TEXT)))),
  fontSize: z.optional(z.number().check(z.gt(0), z.lte(10_000))),
  textAlign: z.optional(short),
  containerId: z.optional(z.nullable(id)),
})
export type TextElement = z.infer<typeof TextElement>

const Binding = z.nullable(
  z.looseObject({
    elementId: id,
    /** Newer files: where on the element, as fractions of its width and height. */
    fixedPoint: z.optional(z.nullable(z.tuple([z.number(), z.number()]))),
  }),
)

/** arrow and line. */
export const LinearElement = z.looseObject({
  ...Base,
  points: z.array(point).check(z.minLength(1), z.maxLength(EXCALIDRAW_MAX_POINTS)),
  startBinding: z.optional(Binding),
  endBinding: z.optional(Binding),
  startArrowhead: z.optional(z.nullable(short)),
  endArrowhead: z.optional(z.nullable(short)),
  elbowed: z.optional(z.boolean()),
})
export type LinearElement = z.infer<typeof LinearElement>

export const FreedrawElement = z.looseObject({
  ...Base,
  points: z.array(point).check(z.minLength(1), z.maxLength(EXCALIDRAW_MAX_POINTS)),
  pressures: z.optional(
    z.array(z.number().check(z.gte(0), z.lte(1))).check(z.maxLength(EXCALIDRAW_MAX_POINTS)),
  ),
  simulatePressure: z.optional(z.boolean()),
})
export type FreedrawElement = z.infer<typeof FreedrawElement>

export const ImageElement = z.looseObject({
  ...Base,
  fileId: z.optional(z.nullable(id)),
})
export type ImageElement = z.infer<typeof ImageElement>

/** frame and magicframe. */
export const FrameElement = z.looseObject({
  ...Base,
  name: z.optional(z.nullable(z.string().check(z.maxLength(EXCALIDRAW_MAX_NAME)))),
})
export type FrameElement = z.infer<typeof FrameElement>

/** One embedded file: a picture as a data URL. */
export const BinaryFile = z.looseObject({
  mimeType: short,
  dataURL: z.string().check(z.maxLength(EXCALIDRAW_MAX_DATA_URL)),
})
export type BinaryFile = z.infer<typeof BinaryFile>

/** The scene around the elements. */
export const ExcalidrawScene = z.looseObject({
  type: z.literal('excalidraw'),
  version: z.optional(z.number()),
  source: z.optional(z.string().check(z.maxLength(EXCALIDRAW_MAX_NAME))),
  elements: z.array(ElementHead).check(z.maxLength(EXCALIDRAW_MAX_ELEMENTS)),
  appState: z.optional(z.nullable(z.looseObject({}))),
  files: z.optional(z.nullable(z.record(id, z.unknown()))),
})
export type ExcalidrawScene = z.infer<typeof ExcalidrawScene>
