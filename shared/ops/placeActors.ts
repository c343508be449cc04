import type * as Y from 'yjs'
import { readEcosystemLayout, placeOnEcosystemMap } from '../domain/ecosystemMap.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { elementsMap, elementEntries, elementIn } from '../schema/doc.ts'
import { compareStacking, readBase, type ElementBase } from '../schema/element.ts'
import type { EcosystemMapLayout } from '../domain/ecosystemMap.ts'

export interface PlaceActorsInput {
  /** Actors to place; other ids, and actors whose ring was set by hand, are skipped. */
  ids: Iterable<string>
}

/** An ecosystem map on the board: its frame and layout. */
export interface MapFrame {
  base: ElementBase
  layout: EcosystemMapLayout
}

/** Ecosystem maps on the board, topmost first (where maps overlap, the one on top counts). */
export function ecosystemMaps(elements: Y.Map<unknown>): MapFrame[] {
  const maps: MapFrame[] = []
  for (const [id, map] of elementEntries(elements)) {
    if (map.get('type') !== 'frame') continue
    const layout = readEcosystemLayout(map.get('ecosystemMap'))
    const { base, problem } = readBase(id, map)
    if (layout && !problem) maps.push({ base, layout })
  }
  return maps.sort((a, b) => compareStacking(b.base, a.base))
}

/**
 * Derives ring and field of action of actors from where their centre lies on an ecosystem map,
 * for actors placed by the map (`placement: 'map'`). Writes only what changes, and nothing for
 * an actor that is off every map (it keeps what it had). Moving elements calls it, so a drag
 * and the placement it causes are one undo step.
 */
export function placeActors(
  doc: Y.Doc,
  input: PlaceActorsInput,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const elements = elementsMap(doc)
  const actors: Y.Map<unknown>[] = []
  for (const id of input.ids) {
    const map = elementIn(elements, id)
    if (map?.get('type') === 'actor' && map.get('placement') !== 'manual') actors.push(map)
  }
  if (actors.length === 0) return
  const maps = ecosystemMaps(elements)
  if (maps.length === 0) return
  doc.transact(() => {
    for (const actor of actors) {
      const { base } = readBase('', actor)
      const centre = { x: base.x + base.w / 2, y: base.y + base.h / 2 }
      for (const { base: frame, layout } of maps) {
        const place = placeOnEcosystemMap(frame, layout, centre)
        if (place.ring === null) continue
        if (actor.get('ring') !== place.ring) actor.set('ring', place.ring)
        if (place.field === null) {
          if (actor.has('field')) actor.delete('field')
        } else if (actor.get('field') !== place.field) actor.set('field', place.field)
        break
      }
    }
  }, origin)
}
