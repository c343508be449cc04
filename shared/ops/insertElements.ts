import * as Y from 'yjs'
import { generateNKeysBetween } from 'fractional-indexing'
import { randomId } from '../ids.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { elementsMap } from '../schema/doc.ts'
import { fromPlain, type ElementSnapshot } from './elementSnapshot.ts'
import { topZ } from './zOrder.ts'

export interface InsertElementsInput {
  elements: readonly ElementSnapshot[]
  /** Added to every position (board units). */
  dx: number
  dy: number
}

/** Keys whose value is a connector end: bound ends follow the copy of their element. */
const END_KEYS = ['from', 'to']

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function shiftedEnd(
  end: Record<string, unknown>,
  ids: Map<string, string>,
  dx: number,
  dy: number,
) {
  const out: Record<string, unknown> = { ...end }
  if (typeof out.x === 'number' && typeof out.y === 'number') {
    out.x += dx
    out.y += dy
  }
  if (typeof end.elementId !== 'string') return out
  const copy = ids.get(end.elementId)
  if (copy !== undefined) out.elementId = copy
  else if (typeof out.x === 'number' && typeof out.y === 'number') {
    // Its element was not copied: the end stays where it was drawn, free.
    return { x: out.x, y: out.y }
  }
  return out
}

/**
 * Adds copies of elements (from the clipboard, or duplicating) with new ids, shifted by
 * (dx, dy), on top of everything in their original order. Copies of a group form a new group;
 * a connector between copied elements binds the copies; every other key is kept as it was.
 * Returns the new ids in the order of `elements`.
 */
export function insertElements(
  doc: Y.Doc,
  input: InsertElementsInput,
  origin: unknown = LOCAL_ORIGIN,
): string[] {
  const { dx, dy } = input
  const ids = new Map<string, string>()
  for (const el of input.elements) ids.set(el.id, randomId())
  const groups = new Map<string, string>()
  const newIds: string[] = []
  doc.transact(() => {
    const elements = elementsMap(doc)
    const keys = generateNKeysBetween(topZ(doc), null, input.elements.length)
    input.elements.forEach((snapshot, i) => {
      const id = ids.get(snapshot.id) ?? randomId()
      const map = new Y.Map<unknown>()
      for (const [key, raw] of Object.entries(snapshot.data)) {
        let value: unknown = raw
        if ((key === 'x' || key === 'y') && typeof raw === 'number' && Number.isFinite(raw)) {
          value = Math.round(raw + (key === 'x' ? dx : dy))
        } else if (END_KEYS.includes(key) && isRecord(raw)) {
          value = shiftedEnd(raw, ids, dx, dy)
        } else if (key === 'groupId' && typeof raw === 'string') {
          if (!groups.has(raw)) groups.set(raw, randomId())
          value = groups.get(raw)
        }
        const stored = fromPlain(value)
        if (stored !== undefined && stored !== null) map.set(key, stored)
      }
      map.set('z', keys[i] ?? keys[keys.length - 1])
      // A pasted lock would be a surprise: copies are always free to move.
      map.delete('locked')
      elements.set(id, map)
      newIds.push(id)
    })
  }, origin)
  return newIds
}
