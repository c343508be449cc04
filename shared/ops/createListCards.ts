import type * as Y from 'yjs'
import { ecosystemCircles, placeOnEcosystemMap, sectorStart } from '../domain/ecosystemMap.ts'
import type { Locale } from '../domain/label.ts'
import type { ListCard } from '../import/lists/planCards.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { ACTOR_CARD_SIZE } from '../schema/actor.ts'
import { elementsMap } from '../schema/doc.ts'
import { ROLE_CARD_SIZE } from '../schema/role.ts'
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

type Point = { x: number; y: number }

/**
 * Spots for `count` actors in one ring (and field) of a map: spread along the middle of the
 * ring's band within the field's sector (or around the whole ring), alternating inward and
 * outward so neighbours overlap less. Each spot is checked to lie in that ring and field.
 */
function mapSpots(map: MapFrame, ring: number, field: number | null, count: number): Point[] {
  const { base: frame, layout } = map
  const circles = ecosystemCircles(frame, layout)
  const inner = ring === 0 ? circles.centre : (circles.rings[ring - 1] ?? circles.centre)
  const outer = circles.rings[ring] ?? inner
  const mid = (inner + outer) / 2
  const n = layout.fields.length
  const [from, to] =
    field === null || n === 0
      ? [0, 2 * Math.PI]
      : [sectorStart(field, n), sectorStart(field + 1, n)]
  const spots: Point[] = []
  for (let k = 0; k < count; k++) {
    const angle = from + ((to - from) * (k + 0.5)) / count
    const sway = count > 1 ? (k % 2 === 0 ? -0.22 : 0.22) * (outer - inner) : 0
    const at = (r: number): Point => ({
      x: Math.round(circles.cx + r * Math.sin(angle)),
      y: Math.round(circles.cy - r * Math.cos(angle)),
    })
    const spot = at(mid + sway)
    const place = placeOnEcosystemMap(frame, layout, spot)
    const fits =
      place.ring === layout.rings[ring] && (field === null || place.field === layout.fields[field])
    spots.push(fits ? spot : at(mid))
  }
  return spots
}

/** A grid of `count` cells centred on `centre`, row by row. */
function gridSpots(count: number, centre: Point): Point[] {
  const columns = Math.max(1, Math.ceil(Math.sqrt(count)))
  const rows = Math.ceil(count / columns)
  const left = centre.x - ((columns - 1) * CELL.w) / 2
  const top = centre.y - ((rows - 1) * CELL.h) / 2
  return Array.from({ length: count }, (_, i) => ({
    x: Math.round(left + (i % columns) * CELL.w),
    y: Math.round(top + Math.floor(i / columns) * CELL.h),
  }))
}

/**
 * Makes the cards of a list in one transaction (one undo step): actors with a ring go onto the
 * board's ecosystem map (the topmost) in their ring and field of action, and follow the map from
 * then on; everything else goes into a grid centred on `input.centre`, actors keeping the ring
 * and field the list gave them. Returns the new ids in list order.
 */
export function createListCards(
  doc: Y.Doc,
  input: CreateListCardsInput,
  origin: unknown = LOCAL_ORIGIN,
): string[] {
  const map = ecosystemMaps(elementsMap(doc))[0]
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
      const points = mapSpots(map, ring, field < 0 ? null : field, members.length)
      members.forEach((i, k) => spots.set(i, points[k] ?? { x: 0, y: 0 }))
    }
  }
  const rest = input.cards.map((_, i) => i).filter((i) => !spots.has(i))
  gridSpots(rest.length, input.centre).forEach((point, k) => spots.set(rest[k] ?? 0, point))

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
