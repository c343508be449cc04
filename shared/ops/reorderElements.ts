import type * as Y from 'yjs'
import { generateNKeysBetween } from 'fractional-indexing'
import { LOCAL_ORIGIN } from '../origins.ts'
import { elementsMap, elementEntries, elementIn } from '../schema/doc.ts'
import { compareStacking, readBase, type ElementBase } from '../schema/element.ts'

export type ReorderDirection = 'front' | 'forward' | 'backward' | 'back'

export interface ReorderElementsInput {
  ids: readonly string[]
  to: ReorderDirection
}

function overlaps(a: ElementBase, b: ElementBase): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

/**
 * Changes the stacking order of elements, keeping their order among themselves: to the front or
 * back of the board, or one step forward or backward past the next element that overlaps one of
 * them (stepping past an element elsewhere on the board would change nothing visible). Only the
 * moved elements get new `z` keys, between their new neighbours; nothing is renumbered.
 */
export function reorderElements(
  doc: Y.Doc,
  input: ReorderElementsInput,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const elements = elementsMap(doc)
  const chosen = new Set(input.ids)
  const all = [...elementEntries(elements)]
    .map(([id, map]) => readBase(id, map).base)
    .sort(compareStacking)
  const moving = all.filter((el) => chosen.has(el.id))
  const rest = all.filter((el) => !chosen.has(el.id))
  if (moving.length === 0) return

  // The run of moved elements goes between rest[at - 1] and rest[at].
  let at: number
  if (input.to === 'front') at = rest.length
  else if (input.to === 'back') at = 0
  else if (input.to === 'forward') {
    const lowest = all.indexOf(moving[0]!)
    const next = all.findIndex(
      (el, i) => i > lowest && !chosen.has(el.id) && moving.some((m) => overlaps(m, el)),
    )
    if (next < 0) return
    at = rest.indexOf(all[next]!) + 1
  } else {
    const highest = all.indexOf(moving[moving.length - 1]!)
    let prev = -1
    for (let i = highest - 1; i >= 0; i--) {
      const el = all[i]!
      if (!chosen.has(el.id) && moving.some((m) => overlaps(m, el))) {
        prev = i
        break
      }
    }
    if (prev < 0) return
    at = rest.indexOf(all[prev]!)
  }
  const below = rest[at - 1]?.z ?? null
  const above = rest[at]?.z ?? null
  let keys: string[]
  try {
    keys = generateNKeysBetween(below, above, moving.length)
  } catch {
    // Two neighbours share a key (made at the same moment) or one is malformed: leave it.
    return
  }
  doc.transact(() => {
    moving.forEach((el, i) => elementIn(elements, el.id)?.set('z', keys[i]!))
  }, origin)
}
