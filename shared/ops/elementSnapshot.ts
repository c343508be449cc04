import * as Y from 'yjs'
import { compareStacking, readBase } from '../schema/element.ts'
import { elementsMap, elementIn } from '../schema/doc.ts'

/**
 * A plain-JSON copy of elements, every key kept (also keys this version does not know), for the
 * clipboard and for duplicating. Yjs types are tagged: `{ $text: string }` for a Y.Text,
 * `{ $map: {...} }` for a nested Y.Map and `{ $array: [...] }` for a Y.Array.
 */
export interface ElementSnapshot {
  id: string
  data: Record<string, unknown>
}

function toPlain(value: unknown): unknown {
  if (value instanceof Y.Text) return { $text: value.toString() }
  if (value instanceof Y.Map) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of value.entries()) out[k] = toPlain(v)
    return { $map: out }
  }
  if (value instanceof Y.Array) return { $array: value.toArray().map(toPlain) }
  if (value instanceof Uint8Array) return undefined
  // Plain JSON values (numbers, strings, records such as connector ends) are copied as they are.
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown)
}

function isTagged(v: unknown, tag: string): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && tag in v
}

/** Turns a snapshot value back into what is stored (new Yjs types for the tagged ones). */
export function fromPlain(value: unknown): unknown {
  if (isTagged(value, '$text')) {
    const text = new Y.Text()
    if (typeof value.$text === 'string' && value.$text) text.insert(0, value.$text)
    return text
  }
  if (isTagged(value, '$map') && typeof value.$map === 'object' && value.$map !== null) {
    const map = new Y.Map<unknown>()
    for (const [k, v] of Object.entries(value.$map)) {
      const stored = fromPlain(v)
      if (stored !== undefined) map.set(k, stored)
    }
    return map
  }
  if (isTagged(value, '$array') && Array.isArray(value.$array)) {
    const array = new Y.Array<unknown>()
    array.insert(
      0,
      value.$array.map(fromPlain).filter((v) => v !== undefined),
    )
    return array
  }
  return value
}

/** Copies the listed elements (bottom to top, so pasting keeps their stacking). */
export function snapshotElements(doc: Y.Doc, ids: Iterable<string>): ElementSnapshot[] {
  const elements = elementsMap(doc)
  const found: { id: string; map: Y.Map<unknown> }[] = []
  for (const id of new Set(ids)) {
    const map = elementIn(elements, id)
    if (map instanceof Y.Map) found.push({ id, map })
  }
  found.sort((a, b) => compareStacking(readBase(a.id, a.map).base, readBase(b.id, b.map).base))
  return found.map(({ id, map }) => {
    const data: Record<string, unknown> = {}
    for (const [k, v] of map.entries()) {
      const plain = toPlain(v)
      if (plain !== undefined) data[k] = plain
    }
    return { id, data }
  })
}
