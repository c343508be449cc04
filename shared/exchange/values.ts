import * as Y from 'yjs'

/**
 * A document value as plain JSON, the way the clipboard carries it (`ops/elementSnapshot.ts`):
 * plain values as they are, Yjs types tagged: `{ "$text": string }` for a Y.Text,
 * `{ "$map": {...} }` for a Y.Map, `{ "$array": [...] }` for a Y.Array, at any depth. Binary
 * values (Uint8Array, which no Werkraum version writes) are left out.
 */
export function encodeValue(value: unknown): unknown {
  if (value instanceof Y.Text) return { $text: value.toString() }
  if (value instanceof Y.Map) return { $map: encodeEntries(value) }
  if (value instanceof Y.Array) {
    return {
      $array: value
        .toArray()
        .map(encodeValue)
        .filter((v) => v !== undefined),
    }
  }
  if (value instanceof Y.AbstractType) return undefined
  if (value instanceof Uint8Array || value === undefined) return undefined
  // Plain JSON as Yjs stores it (numbers, strings, booleans, null, records, lists): a copy.
  return JSON.parse(JSON.stringify(value)) as unknown
}

/** A map's entries as plain JSON (see encodeValue); binary values left out. */
export function encodeEntries(map: Y.Map<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of map.entries()) {
    const plain = encodeValue(value)
    if (plain !== undefined) out[key] = plain
  }
  return out
}

function tagged(value: unknown, tag: string): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    tag in value
  )
}

/** Turns an encoded value back into what is stored (new Yjs types for the tagged ones). */
export function decodeValue(value: unknown): unknown {
  if (tagged(value, '$text') && typeof value.$text === 'string') {
    const text = new Y.Text()
    if (value.$text !== '') text.insert(0, value.$text)
    return text
  }
  if (tagged(value, '$map') && isRecord(value.$map)) {
    const map = new Y.Map<unknown>()
    for (const [key, inner] of Object.entries(value.$map)) map.set(key, decodeValue(inner))
    return map
  }
  if (tagged(value, '$array') && Array.isArray(value.$array)) {
    const array = new Y.Array<unknown>()
    array.insert(0, value.$array.map(decodeValue))
    return array
  }
  return value
}

/** Writes encoded entries into a new Y.Map. */
export function decodeEntries(entries: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>()
  for (const [key, value] of Object.entries(entries)) map.set(key, decodeValue(value))
  return map
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
