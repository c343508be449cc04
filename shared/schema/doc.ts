import * as Y from 'yjs'

/** Root types of a board document. Names are part of the public contract. */
export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta')
}

/**
 * The board's elements by id. Typed as holding anything because it does: any editor, a buggy
 * or hostile one included, can put a string, a number or a Y.Text under an id. Read elements
 * through getElement, elementIn and elementEntries, which pass on only Y.Maps; readElement turns
 * the rest into placeholders.
 */
export function elementsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('elements')
}

/** The element map under `id`; undefined when there is none, or when it is not a map. */
export function elementIn(elements: Y.Map<unknown>, id: string): Y.Map<unknown> | undefined {
  const value = elements.get(id)
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : undefined
}

export function getElement(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  return elementIn(elementsMap(doc), id)
}

/** The entries of the elements map whose value is a map; everything else is left out. */
export function elementEntries(elements: Y.Map<unknown>): [string, Y.Map<unknown>][] {
  const entries: [string, Y.Map<unknown>][] = []
  for (const [id, value] of elements.entries()) {
    if (value instanceof Y.Map) entries.push([id, value as Y.Map<unknown>])
  }
  return entries
}

/** The element maps alone (see elementEntries). */
export function elementValues(elements: Y.Map<unknown>): Y.Map<unknown>[] {
  return elementEntries(elements).map(([, map]) => map)
}

export function readTitle(doc: Y.Doc): string {
  const title = metaMap(doc).get('title')
  return typeof title === 'string' ? title : ''
}

/**
 * The document's schema version. Missing (a board written by a plain Yjs client, or before
 * versions existed) or unusable (not a whole number, negative) reads as 0, the oldest version:
 * the migrations only add what is missing and record the version, so running them over
 * current content is harmless and writes a valid version back. Such a value can never keep a
 * board from opening. Only a whole number above SCHEMA_VERSION means newer.
 */
export function readSchemaVersion(doc: Y.Doc): number {
  const version = metaMap(doc).get('schemaVersion')
  return typeof version === 'number' && Number.isSafeInteger(version) && version >= 0 ? version : 0
}
