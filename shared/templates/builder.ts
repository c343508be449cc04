import type { ActorCategory } from '../vocabulary/actorCategories.ts'
import type { FieldOfActionId } from '../vocabulary/fieldsOfAction.ts'
import type { RingId } from '../vocabulary/rings.ts'
import type { RoleGroupId } from '../vocabulary/rolesCatalogue.ts'
import type { Arrowhead, StrokeStyle } from '../schema/connector.ts'
import type { NoteColor } from '../schema/note.ts'
import type { FillColor, InkColor } from '../schema/palette.ts'
import type { ShapeKind } from '../schema/shape.ts'
import type { TextAlign } from '../schema/text.ts'
import type { ElementSnapshot } from '../ops/elementSnapshot.ts'

import type { Rect } from '../geometry/types.ts'

const text = (value: string) => ({ $text: value })

/** The `decoration` key as stored: present and true, or absent (see ElementBase). */
const decorationKey = (on: boolean | undefined) => (on === true ? { decoration: true } : {})

/**
 * Collects a template's elements as snapshots (the clipboard's format), bottom to top, with ids
 * local to the template: inserting gives every element a new id and rebinds connectors.
 */
export class TemplateBuilder {
  readonly elements: ElementSnapshot[] = []
  #next = 0

  #add(type: string, rect: Rect, keys: Record<string, unknown>): string {
    const id = `t${++this.#next}`
    const { x, y, w, h } = rect
    this.elements.push({ id, data: { type, x, y, w, h, ...keys } })
    return id
  }

  frame(rect: Rect, title: string, keys: Record<string, unknown> = {}): string {
    return this.#add('frame', rect, { text: text(title), ...keys })
  }

  /**
   * A shape that is part of a layout (rings, quadrants): locked so dragging cards never moves it.
   * `decoration`: it only draws the layout (no words of its own), so lists and search skip it.
   */
  shape(
    rect: Rect,
    style: {
      shape: ShapeKind
      fill: FillColor
      stroke?: InkColor
      label?: string
      decoration?: boolean
    },
  ): string {
    return this.#add('shape', rect, {
      shape: style.shape,
      fill: style.fill,
      stroke: style.stroke ?? 'grey',
      strokeWidth: 2,
      strokeStyle: 'solid',
      text: text(style.label ?? ''),
      locked: true,
      ...decorationKey(style.decoration),
    })
  }

  text(
    rect: Rect,
    value: string,
    style: { fontSize?: number; align?: TextAlign; color?: InkColor; locked?: boolean } = {},
  ): string {
    const keys: Record<string, unknown> = {
      text: text(value),
      fontSize: style.fontSize ?? 24,
      color: style.color ?? 'ink',
      align: style.align ?? 'left',
    }
    if (style.locked ?? true) keys.locked = true
    return this.#add('text', rect, keys)
  }

  note(x: number, y: number, value: string, color: NoteColor = 'yellow'): string {
    return this.#add('note', { x, y, w: 180, h: 180 }, { color, text: text(value) })
  }

  /** A straight line or arrow between two free points (axes, sector borders); see `shape`. */
  line(
    from: { x: number; y: number },
    to: { x: number; y: number },
    style: {
      stroke?: InkColor
      endArrowhead?: Arrowhead
      strokeStyle?: StrokeStyle
      label?: string
      decoration?: boolean
    },
  ): string {
    const box = {
      x: Math.min(from.x, to.x),
      y: Math.min(from.y, to.y),
      w: Math.max(1, Math.abs(to.x - from.x)),
      h: Math.max(1, Math.abs(to.y - from.y)),
    }
    return this.#add('connector', box, {
      from: { x: from.x, y: from.y },
      to: { x: to.x, y: to.y },
      routing: 'straight',
      startArrowhead: 'none',
      endArrowhead: style.endArrowhead ?? 'none',
      stroke: style.stroke ?? 'grey',
      strokeWidth: 2,
      strokeStyle: style.strokeStyle ?? 'solid',
      text: text(style.label ?? ''),
      locked: true,
      ...decorationKey(style.decoration),
    })
  }

  actor(
    centre: { x: number; y: number },
    a: { name: string; category: ActorCategory; ring: RingId; field: FieldOfActionId | null },
  ): string {
    const keys: Record<string, unknown> = {
      text: text(a.name),
      category: a.category,
      ring: a.ring,
      placement: 'map',
      note: text(''),
    }
    if (a.field) keys.field = a.field
    return this.#add('actor', { x: centre.x - 110, y: centre.y - 55, w: 220, h: 110 }, keys)
  }

  role(
    at: { x: number; y: number },
    r: { catalogueId: string; group: RoleGroupId; title: string; description: string },
  ): string {
    return this.#add(
      'role',
      { ...at, w: 240, h: 140 },
      {
        text: text(r.title),
        catalogueId: r.catalogueId,
        group: r.group,
        description: text(r.description),
      },
    )
  }
}
