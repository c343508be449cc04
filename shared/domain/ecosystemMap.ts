import type { Rect } from '../geometry/types.ts'
import { FIELD_IDS, isFieldOfActionId, type FieldOfActionId } from './fieldsOfAction.ts'
import { isRingId, RING_IDS, type RingId } from './rings.ts'

/**
 * The layout of an ecosystem map, stored on its frame under `ecosystemMap` (plain JSON): which
 * rings from the centre outwards and which fields of action as sectors, clockwise from the top.
 * The geometry follows from the frame's bounds alone, so moving or resizing the frame moves the
 * map, and every client places an actor the same way.
 */
export interface EcosystemMapLayout {
  rings: RingId[]
  fields: FieldOfActionId[]
}

export const DEFAULT_ECOSYSTEM_LAYOUT: EcosystemMapLayout = {
  rings: [...RING_IDS],
  fields: [...FIELD_IDS],
}

/** Height of a frame's title band: the map's circle sits below it. */
export const ECOSYSTEM_TITLE_BAND = 40
/** Space between the outer ring and the frame's border. */
export const ECOSYSTEM_MARGIN = 24
/** Radius of the centre (the municipality itself) as a share of the outer radius. */
export const ECOSYSTEM_CENTRE_SHARE = 0.16

/** The map's circles within its frame: centre, the centre disc and each ring's outer radius. */
export interface EcosystemCircles {
  cx: number
  cy: number
  centre: number
  /** Outer radius of each ring, from the inside out; the last one is the map's edge. */
  rings: number[]
}

/** Reads a stored layout; null when the value is not one (the frame is then a plain frame). */
export function readEcosystemLayout(v: unknown): EcosystemMapLayout | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null
  const { rings, fields } = v as Record<string, unknown>
  if (!Array.isArray(rings) || !Array.isArray(fields)) return null
  const ringIds = rings.filter(isRingId)
  if (ringIds.length === 0) return null
  return { rings: ringIds, fields: fields.filter(isFieldOfActionId) }
}

export function ecosystemCircles(frame: Rect, layout: EcosystemMapLayout): EcosystemCircles {
  const cx = frame.x + frame.w / 2
  const cy = frame.y + ECOSYSTEM_TITLE_BAND + (frame.h - ECOSYSTEM_TITLE_BAND) / 2
  const outer = Math.max(
    1,
    Math.min(frame.w, frame.h - ECOSYSTEM_TITLE_BAND) / 2 - ECOSYSTEM_MARGIN,
  )
  const centre = outer * ECOSYSTEM_CENTRE_SHARE
  const n = layout.rings.length
  const rings = layout.rings.map((_, i) => centre + ((outer - centre) * (i + 1)) / n)
  return { cx, cy, centre, rings }
}

/** Where a point lies on the map: a ring (null outside the map) and a field (null in the centre). */
export interface MapPlace {
  ring: RingId | null
  field: FieldOfActionId | null
}

/**
 * The ring and field of action at board point (x, y) on the map drawn in `frame`. The centre
 * counts as the innermost ring and belongs to no field; sectors start at 12 o'clock.
 */
export function placeOnEcosystemMap(
  frame: Rect,
  layout: EcosystemMapLayout,
  point: { x: number; y: number },
): MapPlace {
  const circles = ecosystemCircles(frame, layout)
  const dx = point.x - circles.cx
  const dy = point.y - circles.cy
  const distance = Math.hypot(dx, dy)
  const index = circles.rings.findIndex((r) => distance <= r)
  if (index < 0) return { ring: null, field: null }
  const ring = layout.rings[index] ?? null
  if (distance <= circles.centre || layout.fields.length === 0) return { ring, field: null }
  const turn = (Math.atan2(dx, -dy) + 2 * Math.PI) % (2 * Math.PI)
  const sector = Math.min(
    layout.fields.length - 1,
    Math.floor(turn / ((2 * Math.PI) / layout.fields.length)),
  )
  return { ring, field: layout.fields[sector] ?? null }
}

/** The angle (radians, clockwise from 12 o'clock) where sector `i` of `n` starts. */
export function sectorStart(i: number, n: number): number {
  return (2 * Math.PI * i) / n
}
