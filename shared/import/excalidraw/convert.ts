import type { Rect } from '../../geometry/types.ts'
import type { ElementSnapshot } from '../../ops/elementSnapshot.ts'
import { CONNECTOR_LABEL_MAX } from '../../schema/connector.ts'
import { TEXT_MAX } from '../../schema/element.ts'
import { FRAME_TITLE_MAX } from '../../schema/frame.ts'
import { SHAPE_STROKE_WIDTH_MAX } from '../../schema/shape.ts'
import { TEXT_FONT_SIZE_MAX, TEXT_FONT_SIZE_MIN } from '../../schema/text.ts'
import { nearestFill, nearestInk } from './colors.ts'
import { acceptedPicture, decodeDataUrl, type ImageToUpload } from './images.ts'
import { connectorData, freedrawStrokeData, mapStrokeStyle, polylineStrokeData } from './linear.ts'
import type { ExcalidrawFile, SceneElement } from './readFile.ts'
import type { ShapeElement, TextElement } from './schema.ts'

/** Why an element does not come in (the client words it in the person's language). */
export type SkipReason =
  /** Werkraum has no element of its type (embeddable, iframe, a newer type). */
  | 'unsupportedType'
  /** An image without a file id. */
  | 'noPicture'
  /** Its picture is not among the file's `files`. */
  | 'pictureMissing'
  /** Its picture's data URL cannot be decoded. */
  | 'pictureUnreadable'
  /** Its picture is of a type a board does not take (SVG); `detail` names the type. */
  | 'pictureType'

/** An element of the file that does not come in, and why. */
export interface SkippedElement {
  /** Its Excalidraw id. */
  id: string
  type: string
  reason: SkipReason
  /** The picture's type or file id, where the reason has one. */
  detail?: string
}

/** What a scene becomes. */
export interface ExcalidrawConversion {
  /** Bottom to top (frames first, so they lie behind their content), with local ids. */
  elements: ElementSnapshot[]
  /** Pictures for the importer to upload before it inserts (see `completeImages`). */
  images: ImageToUpload[]
  skipped: SkippedElement[]
  /** The box around every element, to place the import (null when nothing comes in). */
  bounds: Rect | null
  /** How many elements that came in were turned in Excalidraw (they come in upright). */
  rotated: number
}

const clamp = (v: number, min: number, max: number): number => Math.min(max, Math.max(min, v))
const positive = (v: number): number => Math.max(1, Math.abs(v))

function box(el: { x: number; y: number; width: number; height: number }): Rect {
  // A negative size (drawn up or left in some writers) still covers the same area.
  return {
    x: Math.min(el.x, el.x + el.width),
    y: Math.min(el.y, el.y + el.height),
    w: positive(el.width),
    h: positive(el.height),
  }
}

function textOf(el: TextElement): string {
  // `text` has Excalidraw's wrapping as line breaks; `originalText` is what was typed.
  return el.originalText ?? el.text
}

/** The snapshot of an element that is neither a connector nor a stroke nor an image. */
function shapeData(s: Extract<SceneElement, { kind: 'shape' }>, label: string) {
  const el: ShapeElement = s.el
  const rounded = s.shape === 'rectangle' && el.roundness !== null && el.roundness !== undefined
  return {
    type: 'shape',
    ...box(el),
    shape: rounded ? 'roundedRectangle' : s.shape,
    fill: nearestFill(el.backgroundColor),
    stroke: nearestInk(el.strokeColor),
    strokeWidth: clamp(el.strokeWidth ?? 2, 0, SHAPE_STROKE_WIDTH_MAX),
    strokeStyle: mapStrokeStyle(el.strokeStyle),
    text: { $text: label.slice(0, TEXT_MAX) },
  }
}

function textData(el: TextElement) {
  const align = el.textAlign === 'center' || el.textAlign === 'right' ? el.textAlign : 'left'
  return {
    type: 'text',
    ...box(el),
    text: { $text: textOf(el).slice(0, TEXT_MAX) },
    fontSize: clamp(el.fontSize ?? 20, TEXT_FONT_SIZE_MIN, TEXT_FONT_SIZE_MAX),
    color: nearestInk(el.strokeColor),
    align,
  }
}

type Known = Exclude<SceneElement, { kind: 'unknown' }>

/** Whether a text bound to this element becomes its label (shapes and arrows have one). */
function takesLabel(container: SceneElement | undefined): boolean {
  return container !== undefined && (container.kind === 'shape' || container.kind === 'arrow')
}

/**
 * Converts a checked scene. Shapes, text, frames, arrows, lines, freedraw and images come in;
 * a text bound to a shape or an arrow becomes its label; groups stay groups (by their outermost
 * group); rotation is not kept (Werkraum's elements are upright); anything else is listed in
 * `skipped`.
 */
export function convertScene(file: ExcalidrawFile): ExcalidrawConversion {
  const byId = new Map(file.elements.map((s) => [s.el.id, s]))
  const labels = new Map<string, string[]>()
  /** Texts that became a label: a binding to one binds to its container. */
  const labelOf = new Map<string, string>()
  for (const s of file.elements) {
    if (s.kind !== 'text' || !s.el.containerId) continue
    if (!takesLabel(byId.get(s.el.containerId))) continue
    const list = labels.get(s.el.containerId) ?? []
    list.push(textOf(s.el))
    labels.set(s.el.containerId, list)
    labelOf.set(s.el.id, s.el.containerId)
  }

  const skipped: SkippedElement[] = []
  const images = new Map<string, ImageToUpload>()
  const pictureOf = new Map<string, string>()
  const localIds = new Map<string, string>()
  const connectorIds = new Set<string>()
  const coming: Known[] = []
  const skip = (s: SceneElement, reason: SkipReason, detail?: string): void => {
    skipped.push({ id: s.el.id, type: s.el.type, reason, ...(detail ? { detail } : {}) })
  }

  // First every element's fate and local id, so bindings can point forwards as well.
  for (const s of file.elements) {
    if (labelOf.has(s.el.id)) continue
    if (s.kind === 'unknown') {
      skip(s, 'unsupportedType')
      continue
    }
    if (s.kind === 'image') {
      const problem = pictureProblem(s.el.fileId, file, images)
      if (problem !== null) {
        skip(s, problem.reason, problem.detail)
        continue
      }
      pictureOf.set(s.el.id, s.el.fileId as string)
    }
    const local = `x${localIds.size + 1}`
    localIds.set(s.el.id, local)
    if (s.kind === 'arrow' || (s.kind === 'line' && s.el.points.length <= 2)) {
      connectorIds.add(s.el.id)
    }
    coming.push(s)
  }

  const resolve = (excalidrawId: string): string | null => {
    const target = labelOf.get(excalidrawId) ?? excalidrawId
    if (connectorIds.has(target)) return null // connectors do not bind to connectors
    return localIds.get(target) ?? null
  }

  const frames: ElementSnapshot[] = []
  const rest: ElementSnapshot[] = []
  let rotated = 0
  for (const s of coming) {
    if (isTurned(s.el.angle)) rotated++
    const id = localIds.get(s.el.id) as string
    const label = (labels.get(s.el.id) ?? []).join('\n')
    const data = elementData(s, label, resolve)
    const groups = s.el.groupIds ?? []
    const outermost = groups[groups.length - 1]
    if (outermost !== undefined) data.groupId = `g-${outermost}`
    if (s.kind === 'frame') frames.push({ id, data })
    else rest.push({ id, data })
    const fileId = pictureOf.get(s.el.id)
    if (fileId !== undefined) images.get(fileId)?.elementIds.push(id)
  }
  const elements = [...frames, ...rest]
  return {
    elements,
    images: [...images.values()],
    skipped,
    bounds: boundsOf(elements),
    rotated,
  }
}

function elementData(
  s: Known,
  label: string,
  resolve: (id: string) => string | null,
): Record<string, unknown> {
  switch (s.kind) {
    case 'shape':
      return shapeData(s, label)
    case 'text':
      return textData(s.el)
    case 'frame': {
      const title = (s.el.name ?? '').replace(/\s+/g, ' ').trim().slice(0, FRAME_TITLE_MAX)
      return { type: 'frame', ...box(s.el), text: { $text: title } }
    }
    case 'arrow':
      return connectorData(s.el, 'arrow', label.slice(0, CONNECTOR_LABEL_MAX), resolve)
    case 'line':
      return s.el.points.length <= 2
        ? connectorData(s.el, 'line', '', resolve)
        : polylineStrokeData(s.el)
    case 'freedraw':
      return freedrawStrokeData(s.el)
    case 'image':
      // Completed with the uploaded asset by `completeImages` before it is inserted.
      return {
        type: 'image',
        ...box(s.el),
        asset: '',
        mime: '',
        alt: '',
      }
  }
}

/** Why an image cannot come in, or null after registering its picture for upload. */
function pictureProblem(
  fileId: string | null | undefined,
  file: ExcalidrawFile,
  images: Map<string, ImageToUpload>,
): { reason: SkipReason; detail?: string } | null {
  if (!fileId) return { reason: 'noPicture' }
  if (images.has(fileId)) return null
  const stored = file.files.get(fileId)
  if (!stored) return { reason: 'pictureMissing', detail: fileId }
  const decoded = decodeDataUrl(stored.dataURL)
  if (!decoded.ok || decoded.bytes.length === 0) {
    return { reason: 'pictureUnreadable', detail: fileId }
  }
  if (!acceptedPicture(decoded.mime)) return { reason: 'pictureType', detail: decoded.mime }
  images.set(fileId, { fileId, mime: decoded.mime, bytes: decoded.bytes, elementIds: [] })
  return null
}

/** Whether an angle (radians) is more than a rounding error from upright. */
function isTurned(angle: number | undefined): boolean {
  if (angle === undefined) return false
  const turns = angle / (2 * Math.PI)
  return Math.abs(turns - Math.round(turns)) > 1e-6
}

function boundsOf(elements: readonly ElementSnapshot[]): Rect | null {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const { data } of elements) {
    const { x, y, w, h } = data as { x: number; y: number; w: number; h: number }
    minX = Math.min(minX, x)
    minY = Math.min(minY, y)
    maxX = Math.max(maxX, x + w)
    maxY = Math.max(maxY, y + h)
  }
  if (minX === Infinity) return null
  return { x: minX, y: minY, w: maxX - minX, h: maxY - minY }
}
