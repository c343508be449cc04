import * as Y from 'yjs'

/** Root types of a board document. Names are part of the public contract. */
export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta')
}

export function elementsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('elements')
}

export function getElement(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  return elementsMap(doc).get(id)
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
