import type * as Y from 'yjs'
import { ecosystemCircles, placeOnEcosystemMap, sectorStart } from '../domain/ecosystemMap.ts'
import type { Locale } from '../domain/label.ts'
import type { ListCard } from '../import/lists/planCards.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { ACTOR_CARD_SIZE } from '../schema/actor.ts'
import { elementEntries, elementsMap } from '../schema/doc.ts'
import { readElement } from '../schema/index.ts'
import { ROLE_CARD_SIZE } from '../schema/role.ts'
import type { Point } from '../geometry/types.ts'
import { createActor } from './createActor.ts'
import { createPerson } from './createPerson.ts'
import { createRole } from './createRole.ts'
import { ecosystemMaps, type MapFrame } from './placeActors.ts'

export interface CreateListCardsInput {
  cards: readonly ListCard[]
  /** Where the grid of cards that have no place on a map is centred (the centre of the view). */
  centre: { x: number; y: number }
  locale: Locale
}

/** Space between cards in the grid (board units). */
export const LIST_GRID_GAP = 24
const CELL = {
  w: Math.max(ACTOR_CARD_SIZE.w, ROLE_CARD_SIZE.w) + LIST_GRID_GAP,
  h: Math.max(ACTOR_CARD_SIZE.h, ROLE_CARD_SIZE.h) + LIST_GRID_GAP,
}

type Box = { x: number; y: number; w: number; h: number }

/**
 * Element kinds a new card should not cover. Frames, lines and drawings lie below or between;
 * shapes are left out too, since a map's rings and a matrix's fields are shapes cards go onto.
 */
const SOLID_KINDS = new Set(['note', 'actor', 'role', 'person', 'image', 'text'])

/** Where the cards already on the board are: what a new card should not cover. */
function takenBoxes(doc: Y.Doc): Box[] {
  const boxes: Box[] = []
  for (const [id, map] of elementEntries(elementsMap(doc))) {
    const el = readElement(id, map)
    if (SOLID_KINDS.has(el.kind)) boxes.push({ x: el.x, y: el.y, w: el.w, h: el.h })
  }
  return boxes
}

/** A card of `size` centred on `p`, with a small margin so cards never touch. */
function cardBox(p: Point, size: { w: number; h: number }): Box {
  const m = LIST_GRID_GAP / 2
  return { x: p.x - size.w / 2 - m, y: p.y - size.h / 2 - m, w: size.w + 2 * m, h: size.h + 2 * m }
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

function isFree(box: Box, taken: readonly Box[]): boolean {
  return !taken.some((t) => overlaps(box, t))
}

/** Radii within a ring's band tried for a card, as shares of its width, the middle first. */
const BAND_SHARES = [0.5, 0.28, 0.72, 0.12, 0.88]
/** Angles tried within a field's sector (or around a ring). */
const ANGLE_STEPS = 16

/**
 * Spots for `count` actors in one ring (and field) of a map: the first free place (covering no
 * card, nor each other) along the middle of the ring's band within the field's sector (or around
 * the whole ring), then further in and out; where the cell is full, spread evenly over it. Each
 * spot lies in that ring and field. The chosen spots join `taken`.
 */
function mapSpots(
  map: MapFrame,
  ring: number,
  field: number | null,
  count: number,
  taken: Box[],
): Point[] {
  const { base: frame, layout } = map
  const circles = ecosystemCircles(frame, layout)
  const inner = ring === 0 ? circles.centre : (circles.rings[ring - 1] ?? circles.centre)
  const outer = circles.rings[ring] ?? inner
  const n = layout.fields.length
  const [from, to] =
    field === null || n === 0
      ? [0, 2 * Math.PI]
      : [sectorStart(field, n), sectorStart(field + 1, n)]
  const at = (r: number, angle: number): Point => ({
    x: Math.round(circles.cx + r * Math.sin(angle)),
    y: Math.round(circles.cy - r * Math.cos(angle)),
  })
  const inCell = (p: Point): boolean => {
    const place = placeOnEcosystemMap(frame, layout, p)
    return (
      place.ring === layout.rings[ring] && (field === null || place.field === layout.fields[field])
    )
  }
  const candidates: Point[] = []
  for (const share of BAND_SHARES) {
    for (let i = 0; i < ANGLE_STEPS; i++) {
      const p = at(inner + (outer - inner) * share, from + ((to - from) * (i + 0.5)) / ANGLE_STEPS)
      if (inCell(p)) candidates.push(p)
    }
  }
  const spots: Point[] = []
  for (let k = 0; k < count; k++) {
    const free = candidates.find((p) => isFree(cardBox(p, ACTOR_CARD_SIZE), taken))
    const even = at((inner + outer) / 2, from + ((to - from) * (k + 0.5)) / count)
    const spot = free ?? even
    spots.push(spot)
    taken.push(cardBox(spot, ACTOR_CARD_SIZE))
  }
  return spots
}

/**
 * A grid of `count` cells, row by row, centred on `centre` or, when that covers cards already
 * there, moved down (then up) by whole grid heights to the nearest place where it covers none.
 */
function gridSpots(count: number, centre: Point, taken: readonly Box[]): Point[] {
  const columns = Math.max(1, Math.ceil(Math.sqrt(count)))
  const rows = Math.ceil(count / columns)
  const width = columns * CELL.w
  const height = rows * CELL.h
  const shifts = [
    0,
    ...Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 1 : -1) * Math.ceil((i + 1) / 2)),
  ]
  const dy =
    (shifts.find((k) =>
      isFree(
        { x: centre.x - width / 2, y: centre.y - height / 2 + k * height, w: width, h: height },
        taken,
      ),
    ) ?? 0) * height
  const left = centre.x - ((columns - 1) * CELL.w) / 2
  const top = centre.y + dy - ((rows - 1) * CELL.h) / 2
  return Array.from({ length: count }, (_, i) => ({
    x: Math.round(left + (i % columns) * CELL.w),
    y: Math.round(top + Math.floor(i / columns) * CELL.h),
  }))
}

/**
 * Makes the cards of a list in one transaction (one undo step): actors with a ring go onto the
 * board's ecosystem map (the topmost) in their ring and field of action, and follow the map from
 * then on; everything else goes into a grid centred on `input.centre` (or the nearest place
 * above or below where it covers no card), actors keeping the ring and field the list gave them.
 * New cards avoid covering cards already there where the space allows. Returns the new ids in
 * list order.
 */
export function createListCards(
  doc: Y.Doc,
  input: CreateListCardsInput,
  origin: unknown = LOCAL_ORIGIN,
): string[] {
  const map = ecosystemMaps(elementsMap(doc))[0]
  const taken = takenBoxes(doc)
  const spots = new Map<number, Point>()
  if (map) {
    const groups = new Map<string, number[]>()
    input.cards.forEach((card, i) => {
      if (card.kind !== 'actor' || card.ring === null) return
      const ring = map.layout.rings.indexOf(card.ring)
      if (ring < 0) return
      const field = card.field === null ? -1 : map.layout.fields.indexOf(card.field)
      // A field the map does not divide into keeps the card off the map, as the list says.
      if (card.field !== null && field < 0) return
      const key = `${ring}:${field}`
      groups.set(key, [...(groups.get(key) ?? []), i])
    })
    for (const [key, members] of groups) {
      const [ring, field] = key.split(':').map(Number) as [number, number]
      const points = mapSpots(map, ring, field < 0 ? null : field, members.length, taken)
      members.forEach((i, k) => spots.set(i, points[k] ?? { x: 0, y: 0 }))
    }
  }
  const rest = input.cards.map((_, i) => i).filter((i) => !spots.has(i))
  gridSpots(rest.length, input.centre, taken).forEach((point, k) => spots.set(rest[k] ?? 0, point))

  const ids: string[] = []
  doc.transact(() => {
    input.cards.forEach((card, i) => {
      const { x, y } = spots.get(i) ?? input.centre
      if (card.kind === 'actor') {
        const onMap = map !== undefined && rest.indexOf(i) < 0
        const fromMap = onMap && card.field !== null
        ids.push(
          createActor(
            doc,
            {
              x,
              y,
              name: card.name,
              category: card.category,
              customCategory: card.customCategory,
              note: card.note,
              // On the map the place says ring and field; a ring without a field is kept by hand.
              ...(fromMap || card.ring === null ? {} : { ring: card.ring }),
              ...(fromMap || card.field === null ? {} : { field: card.field }),
            },
            origin,
          ),
        )
      } else if (card.kind === 'person') {
        ids.push(
          createPerson(
            doc,
            {
              x,
              y,
              name: card.name,
              personKind: card.personKind,
              orgUnit: card.orgUnit,
              availability: card.availability,
            },
            origin,
          ),
        )
      } else {
        ids.push(
          createRole(
            doc,
            {
              x,
              y,
              locale: input.locale,
              title: card.name,
              // An empty description leaves a catalogue role its catalogue wording.
              ...(card.description === '' ? {} : { description: card.description }),
              ...(card.catalogueId === null ? {} : { catalogueId: card.catalogueId }),
              ...(card.group === null ? {} : { group: card.group }),
            },
            origin,
          ),
        )
      }
    })
  }, origin)
  return ids
}
